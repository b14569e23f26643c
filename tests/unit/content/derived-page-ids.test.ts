import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { checkBodies, knownPages, readContent, renderForCheck } from '../../../src/content/index.ts';
import { localizedPath } from '../../../src/i18n/urls.ts';
import { inWords, writeTree } from '../helpers.ts';
import { converterOf, md, valid } from './content-fixtures.ts';

// A locale converted from another (zh-Hant from zh) shows, for each post, its own file if it has
// one, else its parent's version converted (heading ids follow the converted text, an author's ids
// do not), else the original under a notice: links to it are checked against those ids.
const derived = siteConfig.locales.find((locale) => locale.derivedFrom !== undefined);
const parent = siteConfig.locales.find((locale) => locale.code === derived?.derivedFrom);
const other = siteConfig.locales.find((locale) => locale.derivedFrom === undefined && locale !== parent);
if (!derived || !parent || !other) throw new Error('these tests need a derived locale, its parent and another written locale');

const post = (slug: string, sourceCode: string, bodies: Record<string, string>) => ({
  [`content/posts/${slug}/post.yaml`]: `date: 2021-02-16\nsource: ${sourceCode}\ntags: [students]\n`,
  ...Object.fromEntries(Object.entries(bodies).map(([code, body]) => [`content/posts/${slug}/${code}.md`, md(`title: ${slug}-${code}`, body)])),
});
const tree = {
  ...valid,
  ...post('parent', parent.code, { [parent.code]: '## 发展\n\n## 简介 {#简介}\n\n<a name="历史"></a>历史[^注]\n\n[^注]: 注释。' }),
  ...post('translated', other.code, { [other.code]: '## Methods', [parent.code]: '## 发展' }),
  ...post('fallback', other.code, { [other.code]: '## Methods' }),
  ...post('drafted', other.code, { [other.code]: '## Methods' }),
  [`content/posts/drafted/${parent.code}.md`]: md('title: drafted\ndraft: true', '## 发展'),
  ...post('own', parent.code, { [parent.code]: '## 发展', [derived.code]: '## 自己的' }),
};

describe('ids of a derived locale\'s pages', () => {
  it.each([
    ['its parent\'s, headings converted, an author\'s ids and footnotes kept', 'parent', ['h-發展', 'user-content-简介', 'user-content-历史', `user-content-fnref-${encodeURIComponent('注')}`, `user-content-fn-${encodeURIComponent('注')}`]],
    ['its parent\'s translation of another original, converted', 'translated', ['h-發展']],
    ['the original\'s, shown under a notice, with no parent version', 'fallback', ['h-methods']],
    ['the original\'s, with only a draft parent version', 'drafted', ['h-methods']],
    ['its own file\'s', 'own', ['h-自己的']],
  ])('are %s (%s)', async (_name, slug, expected) => {
    const root = await writeTree(tree);
    const { content, problems } = await readContent({ root, config: siteConfig });
    expect(problems).toEqual([]);
    const pages = knownPages({ root, content, config: siteConfig, anchorsOf: (version) => new Set(renderForCheck(version, siteConfig).anchors), converterOf });
    const anchors = [...(pages.get(localizedPath(derived, { kind: 'post', slug }))?.anchors ?? [])];
    expect(anchors.filter((id) => !id.startsWith('user-content-footnote'))).toEqual(expected);
  });

  it('reports a link naming a heading as the parent writes it, which no id of the converted page is, and accepts it converted', async () => {
    const links = `[简](/${derived.path}/posts/parent/#发展) [繁](/${derived.path}/posts/translated/#發展) [作者](/${derived.path}/posts/parent/#简介)`;
    const root = await writeTree({ ...tree, ...post('linking', parent.code, { [parent.code]: links }) });
    const { content } = await readContent({ root, config: siteConfig });
    const report = checkBodies({ root, content, config: siteConfig, render: (version) => renderForCheck(version, siteConfig), converterOf });
    expect(report.problems.map(inWords).map((p) => [p.code, p.params.link, p.hint])).toEqual([['fragment-broken', `/${derived.path}/posts/parent/#发展`, expect.stringContaining('"#發展"')]]);
    expect(report.rewrites.get(`content/posts/linking/${parent.code}.md`)).toEqual({
      [`/${derived.path}/posts/translated/#%E7%99%BC%E5%B1%95`]: `/${derived.path}/posts/translated/#h-發展`,
      [`/${derived.path}/posts/parent/#%E7%AE%80%E4%BB%8B`]: `/${derived.path}/posts/parent/#user-content-简介`,
    });
  });
});
