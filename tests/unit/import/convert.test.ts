import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertContent, type ConvertContext } from '../../../src/import/convert.ts';
import { oldSite, originalCandidates, uploadPath } from '../../../src/import/old-urls.ts';

const dir = path.join(import.meta.dirname, 'fixtures');
const site = oldSite(['https://solidarity.example.org']);

/** A context like the importer's, for one post of the fixture site; records what it reports. */
function context(reported: string[]): ConvertContext {
  return {
    attachment: (id) => (id === 7 ? { url: 'https://solidarity.example.org/wp-content/uploads/2021/02/meeting.jpg', alt: 'Meeting photo' } : undefined),
    childAttachments: () => [],
    report: (construct, reason) => void reported.push(`${reason} ${construct}`),
    media: (url) => {
      const upload = uploadPath(url, site);
      return upload === undefined ? undefined : `./${path.posix.basename(originalCandidates(upload)[0] ?? upload)}`;
    },
    link: (url) => (url.includes('/2020/09/25/open-letter/') ? '/en/posts/open-letter/' : undefined),
    isPairLink: (_url, text) => text.trim() === '中文版',
    isAttachmentPage: (url) => url.includes('attachment_id='),
  };
}

describe('convertContent: WordPress bodies as Markdown a volunteer can edit', () => {
  for (const name of readdirSync(dir)) {
    it(name, () => {
      const reported: string[] = [];
      const result = convertContent(readFileSync(path.join(dir, name, 'input.html'), 'utf8'), context(reported));
      expect(result.markdown).toBe(readFileSync(path.join(dir, name, 'expected.md'), 'utf8'));
      expect(result.updates).toEqual(JSON.parse(readFileSync(path.join(dir, name, 'updates.json'), 'utf8')));
      if (name === 'shortcodes') expect(reported).toEqual(['unknown-shortcode [contact-form-7]']);
    });
  }

  it('never links back to the old host for a missing file, and says so', () => {
    const reported: string[] = [];
    const result = convertContent('<p>Before <img src="https://solidarity.example.org/wp-content/uploads/gone.jpg" alt="A banner"> after</p>', { ...context(reported), media: () => null });
    expect(result.markdown).toBe('Before A banner after\n');
  });

  it.each([
    ['<p>With them <img class="wp-smiley" style="height: 1em; max-height: 1em;" src="https://s.w.org/images/core/emoji/13.0.1/72x72/270a.png" alt="✊" /> today</p>', 'With them ✊ today\n'],
    ['<p>Thanks <img draggable="false" role="img" class="emoji" alt="🙏" src="https://s.w.org/images/core/emoji/14.0.0/svg/1f64f.svg"></p>', 'Thanks 🙏\n'],
  ])('an emoji WordPress drew as a picture becomes the character: %s', (html, expected) => {
    expect(convertContent(html, context([])).markdown).toBe(expected);
  });

  it('reports a picture from another site, which readers would load from there', () => {
    const reported: string[] = [];
    expect(convertContent('<p><img src="https://images.example.net/rally.jpg" alt="The rally"></p>', context(reported)).markdown).toBe('![The rally](https://images.example.net/rally.jpg)\n');
    expect(reported).toEqual(['remote-image https://images.example.net/rally.jpg']);
  });

  it('reports a block WordPress filled in as the page was shown, which has no text to import', () => {
    const reported: string[] = [];
    const html = '<!-- wp:paragraph -->\n<p>Sign up below.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:gravityforms/form {"formId":"3"} /-->\n\n<!-- wp:latest-posts {"postsToShow":3} /-->\n\n<!-- wp:footnotes /-->';
    expect(convertContent(html, context(reported)).markdown).toBe('Sign up below.\n');
    expect(reported).toEqual(['dynamic-block <!-- wp:gravityforms/form {"formId":"3"} /-->', 'dynamic-block <!-- wp:latest-posts {"postsToShow":3} /-->']);
  });

  it('keeps one link for a file block, not the link and its Download button run together', () => {
    const html = '<!-- wp:file -->\n<div class="wp-block-file"><a id="f1" href="https://solidarity.example.org/wp-content/uploads/2021/02/report.pdf">Our report (PDF)</a><a href="https://solidarity.example.org/wp-content/uploads/2021/02/report.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="f1">Download</a></div>\n<!-- /wp:file -->';
    expect(convertContent(html, context([])).markdown).toBe('[Our report (PDF)](./report.pdf)\n');
  });

  it('reports the own words of a <!--more--> link, which the site replaces by its own', () => {
    const reported: string[] = [];
    expect(convertContent('Intro\n\n<!--more Read the whole letter and sign it-->\n\nRest\n\n<!--more-->', context(reported)).markdown).toBe('Intro\n\n<!-- more -->\n\nRest\n\n<!-- more -->\n');
    expect(reported).toEqual(['more-text Read the whole letter and sign it']);
  });

  it('drops scripts and forms, reporting them', () => {
    const reported: string[] = [];
    const result = convertContent('Text\n\n<script>track()</script><form action="/x"><input name="q"></form>', context(reported));
    expect(result.markdown).toBe('Text\n');
    expect(reported).toEqual(['script-removed <script>', 'form-removed <form>']);
  });

  it('survives hostile nesting', () => {
    const html = '<div>'.repeat(5000) + 'deep' + '</div>'.repeat(5000);
    const reported: string[] = [];
    expect(convertContent(html, context(reported)).markdown).toBe('deep\n');
    expect(reported).toEqual(['too-deep > 100']);
  });
});
