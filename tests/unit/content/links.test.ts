import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { checkBodies, readContent, renderForCheck, type PageSource } from '../../../src/content/index.ts';
import { renderMarkdown } from '../../../src/pipeline/index.ts';
import { inWords, writeTree } from '../helpers.ts';
import { converterOf, md, meta, source, target, valid } from './content-fixtures.ts';

const post = (slug: string, body: string, locale = source) => ({ [`content/posts/${slug}/post.yaml`]: meta(), [`content/posts/${slug}/${locale}.md`]: md(`title: ${slug}`, body) });

async function check(files: Record<string, string>, sources?: readonly PageSource[]) {
  const root = await writeTree({ ...valid, ...files });
  const { content, problems } = await readContent({ root, config: siteConfig });
  expect(problems).toEqual([]);
  const report = checkBodies({ root, content, config: siteConfig, render: (version) => renderForCheck(version, siteConfig), converterOf, sources });
  return { ...report, problems: report.problems.map(inWords) };
}

describe('internal links', () => {
  it('accepts links to every kind of page in every locale, relative links and public files', async () => {
    const body = [
      `[a](/${target}/posts/b/) [b](../b/) [c](/${source}/) [d](/${target}/tags/students/) [e](/${source}/tags/)`,
      `[f](/${source}/rss.xml) [g](/${target}/translations/) [h](/images/map.png) [i](/) [j](https://example.org/x) [k](mailto:a@example.org)`,
      `[l](/${source}/posts/b/?utm=x) [m](/${source}/2/)`,
    ].join('\n\n');
    const { problems } = await check({ ...post('a', body), ...post('b', 'B.'), 'public/images/map.png': 'png', ...Object.fromEntries(Array.from({ length: 6 }, (_, i) => Object.entries(post(`p${i}`, 'x'))).flat()) });
    expect(problems).toEqual([]);
  });

  it('reaches headings however the author writes the fragment, here and on other posts, in every locale', async () => {
    const body = `See [here](#background), [也](#背景), [id](#h-background), [case](#Background), [there](/${source}/posts/b/#methods), [中文](/${target}/posts/b/#方法).`;
    const b = { ...post('b', '## Methods\n\nText.'), [`content/posts/b/${target}.md`]: md('title: B-T', '## 方法\n\n文字。') };
    const { problems, rewrites } = await check({ ...post('a', `## Background\n\n## 背景\n\n${body}`), ...b });
    expect(problems).toEqual([]);
    const own = rewrites.get(`content/posts/a/${source}.md`);
    expect(own).toEqual({ [`/${source}/posts/b/#methods`]: `/${source}/posts/b/#h-methods`, [`/${target}/posts/b/#%E6%96%B9%E6%B3%95`]: `/${target}/posts/b/#h-方法` });
    const html = renderMarkdown(`## Background\n\n## 背景\n\n${body}`, { lang: 'en', rewrites: own }).html;
    for (const href of ['#h-background', '#h-背景', `/${source}/posts/b/#h-methods`, `/${target}/posts/b/#h-方法`]) expect(html).toContain(`href="${href}"`);
    expect(html).not.toMatch(/href="#(background|Background|%E8%83%8C%E6%99%AF)"/);
  });

  it('reaches a body h1, here and from another post', async () => {
    const { problems } = await check({ ...post('a', '# Background\n\nSee [above](#background).'), ...post('b', `[there](/${source}/posts/a/#background)`) });
    expect(problems).toEqual([]);
  });

  it('reaches the id a heading names with {#id}, as kramdown, Pandoc, Hugo and MkDocs write it, here and from another post', async () => {
    const { problems } = await check({ ...post('a', '## Methods {#methods-2020}\n\nSee [above](#methods-2020).'), ...post('b', `[there](/${source}/posts/a/#methods-2020) [not](/${source}/posts/a/#methods)`) });
    expect(problems.map((p) => [p.code, p.params.link])).toEqual([['fragment-broken', `/${source}/posts/a/#methods`]]);
  });

  it('reaches a heading through GitHub\'s user-content- prefix, and suggests the heading for a typo behind a prefix', async () => {
    const { problems, rewrites } = await check({ ...post('a', `## Methods\n\n[a](#user-content-methods) [b](/${source}/posts/a/#user-content-methods) [c](#user-content-metods) [d](#h-metods)`) });
    expect(rewrites.get(`content/posts/a/${source}.md`)).toEqual({ [`/${source}/posts/a/#user-content-methods`]: `/${source}/posts/a/#h-methods` });
    expect(problems.map((p) => [p.code, p.params.fragment, p.hint])).toEqual([
      ['fragment-broken', 'user-content-metods', expect.stringContaining('Did you mean "#methods"')],
      ['fragment-broken', 'h-metods', expect.stringContaining('Did you mean "#methods"')],
    ]);
  });

  it('checks a fallback page against the original it shows', async () => {
    // b has no translation, so /<target>/posts/b/ shows the original's headings.
    const { problems } = await check({ ...post('a', `[ok](/${target}/posts/b/#methods) [bad](/${target}/posts/b/#method-x)`), ...post('b', '## Methods') });
    expect(problems.map((p) => [p.code, p.params.link])).toEqual([['fragment-broken', `/${target}/posts/b/#method-x`]]);
  });

  it('checks against pages a feature adds through a page source', async () => {
    const about: PageSource = function* ({ config }) {
      for (const locale of config.locales) yield [`/${locale.path}/about/`, { anchors: new Set(['h-contact']) }];
    };
    const { problems } = await check({ ...post('a', `[a](/${source}/about/#contact) [b](/${source}/about/#nope) [c](/${source}/abuot/)`) }, [about]);
    expect(problems.map((p) => [p.code, p.params.link, p.hint])).toEqual([
      ['fragment-broken', `/${source}/about/#nope`, expect.any(String)],
      ['link-broken', `/${source}/abuot/`, expect.stringContaining(`Did you mean "/${source}/about/"`)],
    ]);
  });
});

describe('files in post and page folders', () => {
  it('accepts links to the files a post or page folder holds, which the build copies next to its page in every locale', async () => {
    const body = `[report](./report.pdf) [photo](photo%20one.jpg) [theirs](../b/leaflet.png) [about](/${target}/about/map.pdf)`;
    const files = { ...post('a', body), 'content/posts/a/report.pdf': 'pdf', 'content/posts/a/photo one.jpg': 'jpg', ...post('b', 'B.'), 'content/posts/b/leaflet.png': 'png' };
    const about = { 'content/pages/about/page.yaml': `source: ${source}\n`, [`content/pages/about/${source}.md`]: md('title: About'), 'content/pages/about/map.pdf': 'pdf' };
    const { problems } = await check({ ...files, ...about });
    expect(problems).toEqual([]);
  });

  it('still reports a link to a file that is not there', async () => {
    const { problems } = await check({ ...post('a', '[report](./report.pdf)'), 'content/posts/a/reprot.pdf': 'pdf' });
    expect(problems.map((p) => [p.code, p.params.link, p.line])).toEqual([['link-broken', './report.pdf', 4]]);
  });
});

describe('images in bodies', () => {
  it('reports an image that is not a file of the site, or that readers would fetch from another site, at its line', async () => {
    const body = [
      '![here](./photo.jpg) ![public](/images/map.png) ![theirs](../b/leaflet.png)',
      '![missing](./phot.jpg) <img src="x">',
      '![tracker](https://tracker.example.com/p.png) ![cdn](//cdn.example.com/a.png)',
      '<img src="https://evil.example.com/x.gif" alt="raw">',
      '![outside](../../../../etc/x.png) ![gone](/images/none.png)',
    ].join('\n\n');
    const files = { ...post('a', body), 'content/posts/a/photo.jpg': 'jpg', 'public/images/map.png': 'png', ...post('b', 'B.'), 'content/posts/b/leaflet.png': 'png' };
    const { problems } = await check(files);
    expect(problems.map((p) => [p.code, p.params.image, p.line])).toEqual([
      ['image-missing', './phot.jpg', 6],
      ['image-missing', 'x', 6],
      ['image-remote', 'https://tracker.example.com/p.png', 8],
      ['image-remote', '//cdn.example.com/a.png', 8],
      ['image-remote', 'https://evil.example.com/x.gif', 10],
      ['image-missing', '../../../../etc/x.png', 12],
      ['image-missing', '/images/none.png', 12],
    ]);
    expect(problems[0]?.hint).toContain(`Did you mean "/${source}/posts/a/photo.jpg"`);
    // A page is no image: /<source>/posts/a/ is near "x" as paths go, but not suggested.
    expect(problems[1]?.hint).not.toContain('Did you mean');
  });
});

describe('raw HTML left open', () => {
  it('reports an element that takes in the rest of the post at the line it opens, in words', async () => {
    const { problems } = await check(post('a', 'Intro.\n\n<table><tr><td>cell\n\nThe rest of the post.'));
    expect(problems.map((p) => [p.code, p.line, p.message])).toEqual([['html-unclosed', 6, expect.stringContaining('<table> is opened here and never closed')]]);
  });
});

describe('addresses the site refuses', () => {
  it('reports a link or image that would be dropped for its scheme, at its line', async () => {
    const body = ['[files](ftp://files.example.org/report.pdf) [shout](HTTPS://EXAMPLE.ORG/) [ok](https://example.org/) [mail](mailto:a@example.org)', '![pasted](data:image/png;base64,iVBORw0KGgo=)'].join('\n\n');
    const { problems } = await check(post('a', body));
    expect(problems.map((p) => [p.code, p.params.link, p.params.scheme, p.line])).toEqual([
      ['address-scheme-refused', 'ftp://files.example.org/report.pdf', 'ftp', 4],
      ['address-scheme-refused', 'HTTPS://EXAMPLE.ORG/', 'HTTPS', 4],
      ['address-scheme-refused', 'data:image/png;base64,iVBORw0KGgo=', 'data', 6],
    ]);
  });

  it('reports them in raw HTML too, but not inside a comment, nor allowed ones', async () => {
    const body = ['<p>A chart:\n<img alt="chart" src="data:image/png;base64,iVBORw0KGgo="></p>', 'Get <a href=\'ftp://files.example.org/r.pdf\'>the file</a> or <a href=https://example.org/>the page</a>.', '<!-- <img src="data:image/png;base64,AA"> -->'].join('\n\n');
    const { problems } = await check(post('a', body));
    expect(problems.map((p) => [p.code, p.params.link, p.params.scheme, p.line])).toEqual([
      ['address-scheme-refused', 'data:image/png;base64,iVBORw0KGgo=', 'data', 5],
      ['address-scheme-refused', 'ftp://files.example.org/r.pdf', 'ftp', 7],
    ]);
  });
});

describe('characters readers would not see as written', () => {
  it('reports a NUL byte, a control character and U+FFFD at their lines, once a paragraph; tabs stay', async () => {
    const body = ['A NUL \u0000 byte.', 'A backspace\u0008 from a pasted text, and \u0007 another.', 'Mojibake: caf\ufffd.', 'A\ttab and `co\u001fde`.'].join('\n\n');
    const { problems } = await check(post('a', body));
    expect(problems.map((p) => [p.code, p.params.character, p.line])).toEqual([
      ['control-character', 'U+FFFD', 4],
      ['control-character', 'U+0008', 6],
      ['control-character', 'U+FFFD', 8],
      ['control-character', 'U+001F', 10],
    ]);
  });
});

describe('reference links without a definition', () => {
  it('reports [text][label] whose label is defined nowhere, as the page would show the brackets', async () => {
    const body = ['See [the report][1] and [the letter][letter], [also][].', '[Update 23/02/2021] and \\[escaped\\]\\[x\\] and `[code][y]` stay.', '[1]: https://example.org/report'].join('\n\n');
    const { problems } = await check(post('a', body));
    expect(problems.map((p) => [p.code, p.params.link, p.line])).toEqual([
      ['link-label-undefined', '[the letter][letter]', 4],
      ['link-label-undefined', '[also][]', 4],
    ]);
    expect(problems[0]?.hint).toContain('[letter]: https://');
  });
});

describe('old named anchors', () => {
  it('lets a link reach <a name> as older WordPress posts wrote it, and still reports a name that is nowhere', async () => {
    const body = ['<a name="part-2"></a>', 'Part two, from [the top](#part-2) or [nowhere](#part-3).'].join('\n\n');
    const { problems } = await check(post('a', body));
    expect(problems.map((p) => [p.code, p.params.fragment, p.line])).toEqual([['fragment-broken', 'part-3', 6]]);
  });
});

describe('ids given twice', () => {
  it('reports each later element with an author\'s id, at its line, in words; headings with the same text are numbered, not reported', async () => {
    const body = ['## 简介 {#简介}', '## Methods', '<a name="简介"></a>', '## Methods', '<p id="x">A</p> <span id="x">B</span>'].join('\n\n');
    const { problems } = await check(post('a', body));
    expect(problems.map((p) => [p.code, p.params.id, p.line])).toEqual([
      ['id-duplicate', '简介', 8],
      ['id-duplicate', 'x', 12],
    ]);
    expect(problems[0]?.message).toContain('links to #简介 only reach the first');
    expect(problems[0]?.hint).toContain('{#简介-2}');
  });
});
