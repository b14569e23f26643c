import { describe, expect, it } from 'vitest';
import { scriptConverter } from '../../../src/i18n/convert-script.ts';
import { convertedIds, relocateHref, renderMarkdown } from '../../../src/pipeline/index.ts';

const convertText = scriptConverter({ from: 'cn', to: 'hk', quotes: 'corner' }, {});
const render = (markdown: string) => renderMarkdown(markdown, { lang: 'zh-Hant-HK', convertText, relocateLinks: { from: '/zh/', to: '/zh-hant/' } });

describe('rendering with convertText', () => {
  it.each([
    ['paragraph text', '我们支持团结。', '<p>我們支持團結。</p>'],
    ['headings, with ids from the converted text', '## 背景与发展', '<h2 id="h-背景與發展">背景與發展</h2>'],
    ['not inline code', '运行 `发展`', '<p>運行 <code>发展</code></p>'],
    ['not code blocks', '```\n发展 = 1\n```', '<pre><code>发展 = 1\n</code></pre>'],
    ['image alt text, not its URL', '![团结](/img/团结.jpg)', '<p><img src="/img/%E5%9B%A2%E7%BB%93.jpg" alt="團結"></p>'],
    ['link text, not the external URL', '[团结](https://example.org/团结)', '<p><a href="https://example.org/%E5%9B%A2%E7%BB%93" rel="noopener noreferrer">團結</a></p>'],
    ['links into the parent locale, moved to the derived one', '[往期](/zh/posts/a/)', '<p><a href="/zh-hant/posts/a/">往期</a></p>'],
    ['other site links as they are', '[English](/en/posts/a/)', '<p><a href="/en/posts/a/">English</a></p>'],
    ['the heading named by a moved link', '[见](/zh/posts/a/#h-发展)', '<p><a href="/zh-hant/posts/a/#h-%E7%99%BC%E5%B1%95">見</a></p>'],
  ])('converts %s', (_name, markdown, html) => {
    expect(render(markdown).html).toBe(html);
  });

  it('keeps in-page links pointing at their converted headings', () => {
    const { html } = render('## 发展\n\n[见上文](#发展)');
    const id = /<h2 id="([^"]+)"/.exec(html)?.[1] ?? '';
    const href = /<a href="#([^"]+)"/.exec(html)?.[1] ?? '';
    expect(decodeURIComponent(href)).toBe(id);
  });

  it('keeps in-page links reaching footnotes with Chinese labels and an author\'s Chinese ids, which are not converted', () => {
    const { html } = render('说法。[^说明]\n\n## 简介 {#简介}\n\n## 发展史\n\n<a name="发展"></a>\n\n[见](#简介)、[也](#发展)、[标题](#发展史)\n\n[^说明]: 来源。');
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => decodeURIComponent(m[1] ?? '')));
    const hrefs = [...html.matchAll(/ href="#([^"]+)"/g)].map((m) => decodeURIComponent(m[1] ?? ''));
    expect(hrefs).toHaveLength(5);
    for (const href of hrefs) expect(ids).toContain(href);
  });

  it('converts the excerpt and the table of contents too', () => {
    const rendered = render('## 发展\n\n学生们投票支持团结。');
    expect(rendered.headings).toEqual([{ depth: 2, id: 'h-發展', text: '發展' }]);
    expect(rendered.excerptHtml).toContain('學生們投票支持團結');
  });

  it('converts documents shown as plain text after the pipeline gave up on them', () => {
    const deep = `${'> '.repeat(5000)}发展`;
    expect(renderMarkdown(deep, { lang: 'zh-Hant-HK', convertText, onFallback: () => {} }).html).toContain('發展');
  });
});

describe('relocateHref', () => {
  const relocate = { from: '/zh/', to: '/zh-hant/' };
  it.each([
    ['a parent-locale page', '/zh/posts/a/', '/zh-hant/posts/a/'],
    ['its heading, id converted', '/zh/posts/a/#h-背景与发展', `/zh-hant/posts/a/#${encodeURI('h-背景與發展')}`],
    ['an ASCII heading id', '/zh/posts/a/#h-where-to-begin', '/zh-hant/posts/a/#h-where-to-begin'],
    ['an in-page heading', '#h-发展', `#${encodeURI('h-發展')}`],
    ['an author id on a moved page, kept as ids are', '/zh/posts/a/#user-content-简介', '/zh-hant/posts/a/#user-content-简介'],
    ['an in-page heading named as GitHub does, converted with it', '#user-content-发展', `#${encodeURI('user-content-發展')}`],
    ['another locale, untouched', '/en/posts/a/#h-background', '/en/posts/a/#h-background'],
    ['another site, untouched', 'https://example.org/zh/#发展', 'https://example.org/zh/#发展'],
  ])('%s', (_, href, expected) => {
    expect(relocateHref(href, convertText, relocate)).toBe(expected);
  });

  it('lets the checks\' link rewrites reach a converted page: keys and targets moved alike', () => {
    const rewrites = { [relocateHref('/zh/posts/a/#where-to-begin', convertText, relocate)]: relocateHref('/zh/posts/a/#h-where-to-begin', convertText, relocate) };
    const html = renderMarkdown('[指南](/zh/posts/a/#where-to-begin)', { lang: 'zh-Hant-HK', convertText, relocateLinks: relocate, rewrites }).html;
    expect(html).toContain('href="/zh-hant/posts/a/#h-where-to-begin"');
  });
});

describe('convertedIds', () => {
  it.each([
    ['headings', '## 背景与发展\n\n## 发展\n\n## 发展\n\n## Where to begin'],
    ['an author\'s ids, kept', '## 简介 {#简介}\n\n<h2 id="说明">说明</h2>\n\n<a name="历史"></a>历史'],
    ['footnotes, kept', '历史[^注]和发展[^1]。\n\n[^注]: 注释。\n[^1]: 又一个。'],
    ['headings beside an author\'s ids', '## 发展 {#发展}\n\n## 发展\n\n## “团结”与发展'],
  ])('gives a converted page\'s ids from its parent\'s: %s', (_name, markdown) => {
    const parent = renderMarkdown(markdown, { lang: 'zh-Hans' }).anchors;
    expect(convertedIds(parent, convertText)).toEqual(render(markdown).anchors);
  });
});
