import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createProcessor, renderMarkdown, resolveHref } from '../../../src/pipeline/index.ts';

const en = { lang: 'en-GB' };
const zh = { lang: 'zh-Hans' };

describe('renderMarkdown: sanitizing', () => {
  const nasty = [
    '<script>alert(1)</script>',
    '<style>body{display:none}</style>',
    '<iframe src="https://evil.example"></iframe>',
    'Hi <img src=x onerror=alert(1)> <a href="javascript:alert(1)" onclick="x()">raw</a>',
    '[md](javascript:alert(1)) [md2](JAVASCRIPT:alert(1)) [md3](  javascript:alert(1)) [data](data:text/html,x) [vb](vbscript:x)',
    '![i](javascript:alert(1)) ![d](data:image/svg+xml,<svg/onload=alert(1)>)',
    '<p style="color:red" onmouseover="x()">p</p>',
    '<!-- a comment -->',
    '<svg><script>alert(1)</script></svg>',
  ].join('\n\n');
  const { html, excerptHtml } = renderMarkdown(nasty, en);

  it.each([/<script/i, /<style/i, /<iframe/i, /<svg/i, /\son\w+=/i, /style=/i, /javascript:/i, /vbscript:/i, /data:/i, /<!--/])(
    'leaves no %s',
    (pattern) => {
      expect(html).not.toMatch(pattern);
      expect(excerptHtml).not.toMatch(pattern);
    },
  );

  it('keeps the text around dropped HTML and unwraps dead links', () => {
    expect(html).toContain('<p>Hi <img src="x"> raw</p>');
    expect(html).toContain('<p>md md2 md3 data vb</p>');
  });

  it('prefixes author ids but not generated heading ids', () => {
    const out = renderMarkdown('## Title\n\n[x](#h-title)', en).html;
    expect(out).toBe('<h2 id="h-title">Title</h2>\n<p><a href="#h-title">x</a></p>');
  });
});

describe('renderMarkdown: headings', () => {
  it('uses idPrefix and lists only h2–h4 for the table of contents', () => {
    const out = renderMarkdown('# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six', { ...en, idPrefix: 'toc-' });
    expect(out.html).toContain('<h1 id="toc-one">One</h1>');
    expect(out.html).toContain('<h5 id="toc-five">Five</h5>');
    expect(out.html).toContain('<h6 id="toc-six">Six</h6>');
    expect(out.headings.map((h) => h.id)).toEqual(['toc-two', 'toc-three', 'toc-four']);
  });

  it('gives a body h1 an id that links reach, numbered with the other headings in document order, as GitHub does', () => {
    const out = renderMarkdown('# Background\n\nSee [this](#background) and [that](#background-1).\n\n## Background\n\n# 背景', zh);
    expect(out.html).toBe('<h1 id="h-background">Background</h1>\n<p>See <a href="#h-background">this</a> and <a href="#h-background-1">that</a>.</p>\n<h2 id="h-background-1">Background</h2>\n<h1 id="h-背景">背景</h1>');
    expect(out.anchors).toEqual(['h-background', 'h-background-1', 'h-背景']);
  });

  it.each([
    ['a lone h1 is a title, as in a README: h2–h4 are listed', '# Tandem\n\n## Install\n\n### Node\n\n#### Linux', ['h-install', 'h-node', 'h-linux']],
    ['several h1s are the sections: h1–h3 are listed', '# One\n\n## Two\n\n### Three\n\n#### Four\n\n# Five', ['h-one', 'h-two', 'h-three', 'h-five']],
    ['no h1: h2–h4, as always', '## Two\n\n### Three\n\n#### Four\n\n##### Five', ['h-two', 'h-three', 'h-four']],
  ])('lists three levels for the table of contents: %s', (_, md, ids) => {
    expect(renderMarkdown(md, en).headings.map((h) => h.id)).toEqual(ids);
  });

  it('gives the same ids on every render', () => {
    const md = '## 背景\n\n## 背景\n\n## Q&A: what *now*?';
    expect(renderMarkdown(md, zh).headings).toEqual(renderMarkdown(md, zh).headings);
    expect(renderMarkdown(md, zh).headings.map((h) => h.id)).toEqual(['h-背景', 'h-背景-1', 'h-qa-what-now']);
  });

  it('lists hand-written HTML headings too, with their own (prefixed) ids, but not the footnotes heading', () => {
    const out = renderMarkdown('## One\n\n<h2 id="main">Two</h2>\n\n<h3>Three</h3>\n\nA note.[^1]\n\n[^1]: Note.', en);
    expect(out.headings).toEqual([
      { depth: 2, id: 'h-one', text: 'One' },
      { depth: 2, id: 'user-content-main', text: 'Two' },
      { depth: 3, id: 'h-three', text: 'Three' },
    ]);
  });

  it('never gives two elements the same id, even with an empty prefix', () => {
    const md = '## Footnote label\n\n## fn 1\n\nText[^1]\n\n[^1]: Note';
    const { html } = renderMarkdown(md, { ...en, idPrefix: '' });
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('renderMarkdown: footnotes', () => {
  it('links references and notes both ways', () => {
    const { html } = renderMarkdown('A claim.[^a]\n\n[^a]: The source.', en);
    const hrefs = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(ids).toContain(href);
  });

  it('takes the footnote labels in the document language', () => {
    const { html } = renderMarkdown('说法。[^a]\n\n[^a]: 来源。', {
      ...zh,
      footnoteLabel: '脚注',
      footnoteBackLabel: (i) => `返回引用 ${i + 1}`,
    });
    expect(html).toContain('>脚注</h2>');
    expect(html).toContain('aria-label="返回引用 1"');
    expect(html).not.toMatch(/Footnotes|Back to/);
  });

  it('does not count footnote apparatus as words', () => {
    expect(renderMarkdown('One two.[^a]\n\n[^a]: Three.', en).units).toBe(3);
  });
});

describe('renderMarkdown: excerpt', () => {
  it.each([
    ['<!-- more -->'],
    ['<!--more-->'],
    ['<!--   More   -->'],
    ['  <!-- MORE -->  '],
  ])('recognises the marker %j', (marker) => {
    const out = renderMarkdown(`First.\n\nSecond.\n\n${marker}\n\nThird.`, en);
    expect(out.excerptHtml).toBe('<p>First.</p>\n<p>Second.</p>');
    expect(out.excerptTruncated).toBe(true);
    expect(out.html).toBe('<p>First.</p>\n<p>Second.</p>\n<p>Third.</p>');
  });

  it('ignores a marker that is not a top-level block', () => {
    const out = renderMarkdown('- one\n\n  <!-- more -->\n\nPara <!-- more --> text.\n\n<!-- more later -->\n\nEnd.', en);
    expect(out.excerptHtml).toBe('<p>Para  text.</p>');
  });

  it('takes a marker right under a block without a blank line (HTML blocks interrupt it)', () => {
    const out = renderMarkdown('> Quote\n<!-- more -->\n\nAfter.', en);
    expect(out.html).toBe('<blockquote>\n<p>Quote</p>\n</blockquote>\n<p>After.</p>');
    expect(out.excerptHtml).toBe('<blockquote>\n<p>Quote</p>\n</blockquote>');
  });

  it('falls back to the first paragraph when the marker comes first', () => {
    const out = renderMarkdown('<!-- more -->\n\nOnly paragraph.', en);
    expect(out.excerptHtml).toBe('<p>Only paragraph.</p>');
    expect(out.excerptTruncated).toBe(false);
  });

  it('is not truncated when the body is one short paragraph', () => {
    const out = renderMarkdown('Just this.', en);
    expect(out).toMatchObject({ excerptHtml: '<p>Just this.</p>', excerptTruncated: false, units: 2 });
  });

  it('is truncated when more blocks follow, even if nothing was cut', () => {
    expect(renderMarkdown('Short.\n\n- and a list', en).excerptTruncated).toBe(true);
  });

  it.each([
    ['a list', '## Changes\n\n- Fixed the *form*.\n- Added a [map](https://example.org/m).', '<p>Fixed the form. Added a map.</p>', true],
    ['a note, then a list', '> [!NOTE]\n> Moved online.\n\n1. Join', '<p>Moved online.</p>', true],
    ['a quote alone', '> Words of a survivor.', '<p>Words of a survivor.</p>', false],
  ])('with no paragraph, is the text of the first list, quote or note: %s', (_, markdown, excerpt, truncated) => {
    expect(renderMarkdown(markdown, en)).toMatchObject({ excerptHtml: excerpt, excerptTruncated: truncated });
  });

  it('shortens that text like a paragraph', () => {
    const items = Array.from({ length: 80 }, (_, i) => `- w${i}`).join('\n');
    expect(renderMarkdown(items, { ...en, excerptUnits: 3 }).excerptHtml).toBe('<p>w0 w1 w2…</p>');
  });

  it('is empty when there is no text to show', () => {
    expect(renderMarkdown('## Only a heading', en)).toMatchObject({ excerptHtml: '', excerptTruncated: true });
    expect(renderMarkdown('```\ncode only\n```', en)).toMatchObject({ excerptHtml: '', excerptTruncated: true });
    expect(renderMarkdown('', en)).toMatchObject({ html: '', excerptHtml: '', excerptTruncated: false, units: 0 });
  });

  it('uses excerptUnits, defaulting to 60', () => {
    const words = Array.from({ length: 80 }, (_, i) => `w${i}`).join(' ');
    expect(renderMarkdown(words, en).excerptHtml).toBe(`<p>${words.split(' ').slice(0, 60).join(' ')}…</p>`);
    expect(renderMarkdown(words, { ...en, excerptUnits: 3 }).excerptHtml).toBe('<p>w0 w1 w2…</p>');
  });

  it('carries no ids and no footnote references', () => {
    const out = renderMarkdown('## Heading\n\nText[^1] here.\n\n<!-- more -->\n\nMore.\n\n[^1]: Note.', en);
    expect(out.excerptHtml).toBe('<h2>Heading</h2>\n<p>Text here.</p>');
  });
});

describe('renderMarkdown: excerpt shown on other pages', () => {
  // Listings (/en/, /en/tags/x/) show the excerpt at their own address: what it links to is resolved against the post's.
  it.each([
    ['![photo](./photo.jpg) A caption.', '<img src="/en/posts/a/photo.jpg" alt="photo">'],
    ['See [the report](report.pdf).', '<a href="/en/posts/a/report.pdf">'],
    ['See [below](#background).\n\n## Background', '<a href="/en/posts/a/#h-background">'],
    ['See [sibling](../b/#x) and [query](?p=2).', '<a href="/en/posts/b/#x">sibling</a> and <a href="/en/posts/a/?p=2">'],
    ['Site [root](/en/tags/) and [web](https://example.org/x) stay.', '<a href="/en/tags/">root</a> and <a href="https://example.org/x" rel="noopener noreferrer">'],
  ])('%s', (markdown, expected) => {
    const out = renderMarkdown(markdown, { ...en, pagePath: '/en/posts/a/' });
    expect(out.excerptHtml).toContain(expected);
    // The body is shown at the post's own address: as written.
    expect(renderMarkdown(markdown, en).html).toBe(out.html);
  });

  it('leaves the excerpt as written without the page address', () => {
    expect(renderMarkdown('![photo](./photo.jpg) Text.', en).excerptHtml).toContain('src="./photo.jpg"');
  });
});

describe('resolveHref', () => {
  it.each([
    ['./photo.jpg', '/en/posts/a/', '/en/posts/a/photo.jpg'],
    ['#h-x', '/en/posts/a/', '/en/posts/a/#h-x'],
    ['../b/?q=1#y', '/en/posts/a/', '/en/posts/b/?q=1#y'],
    ['/en/tags/', '/en/posts/a/', '/en/tags/'],
    ['https://example.org/x', '/en/posts/a/', 'https://example.org/x'],
    ['//cdn.example.org/x', '/en/posts/a/', '//cdn.example.org/x'],
    ['mailto:a@example.org', '/en/posts/a/', 'mailto:a@example.org'],
    ['./photo.jpg', 'https://site.example/en/posts/a/', 'https://site.example/en/posts/a/photo.jpg'],
    ['/en/tags/', 'https://site.example/en/posts/a/', 'https://site.example/en/tags/'],
    ['#h-背景', 'https://site.example/zh/posts/a/', 'https://site.example/zh/posts/a/#h-%E8%83%8C%E6%99%AF'],
  ])('%s against %s', (href, base, expected) => {
    expect(resolveHref(href, base)).toBe(expected);
  });
});

describe('renderMarkdown: length of mixed text', () => {
  it('counts Chinese by character and English by word, whatever the document language, and not the markup', () => {
    const md = '我们支持 **UCU** 的 [motion](https://example.org/)。<abbr title="University and College Union">UCU</abbr> 👍🏽\n\n`code span` 𠮷野家';
    // 我们支持 (4) + UCU + 的 + motion + UCU + code + span + 𠮷野家 (3)
    expect(renderMarkdown(md, en).units).toBe(13);
    expect(renderMarkdown(md, zh).units).toBe(13);
  });

  it('cuts a mixed excerpt between words, never inside markup or a surrogate pair', () => {
    const md = '我们支持 **UCU** 的 *motion* 和𠮷野家的工人。';
    expect(renderMarkdown(md, { ...zh, excerptUnits: 5 }).excerptHtml).toBe('<p>我们支持 <strong>UCU</strong>…</p>');
    expect(renderMarkdown(md, { ...zh, excerptUnits: 8 }).excerptHtml).toBe('<p>我们支持 <strong>UCU</strong> 的 <em>motion</em> 和…</p>');
    expect(renderMarkdown(md, { ...zh, excerptUnits: 9 }).excerptHtml).toBe('<p>我们支持 <strong>UCU</strong> 的 <em>motion</em> 和𠮷…</p>');
  });
});

describe('options', () => {
  it.each([
    [{ lang: 'not a tag!' }],
    [{ lang: 'en-GB', excerptUnits: 0 }],
    [{ lang: 'en-GB', excerptUnits: 2.5 }],
    [{ lang: 'en-GB', excerptUnits: Number.NaN }],
  ])('rejects %j', (options) => {
    expect(() => renderMarkdown('x', options)).toThrow(/render-lang|render-excerpt-units/);
  });

  // Valid languages are remembered; an invalid one never is.
  it('rejects an invalid language every time, after a valid one', () => {
    expect(renderMarkdown('x', { lang: 'en-GB' }).html).toBe('<p>x</p>');
    for (let n = 0; n < 2; n++) expect(() => renderMarkdown('x', { lang: 'en GB' })).toThrow(/render-lang/);
  });

  it('exposes the processor with the same results in file.data', () => {
    const file = createProcessor(zh).processSync('## 背景\n\n我们支持。');
    expect(String(file.value)).toBe('<h2 id="h-背景">背景</h2>\n<p>我们支持。</p>');
    expect(file.data.units).toBe(6);
    expect(file.data.headings).toEqual([{ depth: 2, id: 'h-背景', text: '背景' }]);
    expect(file.data.excerpt?.truncated).toBe(true);
  });
});

describe('source rules', () => {
  const dir = new URL('../../../src/pipeline/', import.meta.url);
  const files = readdirSync(dir).filter((name) => name.endsWith('.ts'));

  it.each(files)('%s hard-codes no locale and prints nothing', (name) => {
    const source = readFileSync(new URL(name, dir), 'utf8');
    expect(source).not.toMatch(/['"`](en|zh)([-_][A-Za-z]+)*['"`]/);
    expect(source).not.toMatch(/\bconsole\./);
  });

  it.each(files)('%s stays under 250 lines', (name) => {
    expect(readFileSync(new URL(name, dir), 'utf8').split('\n').length).toBeLessThan(250);
  });
});
