import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { knownPages, readContent } from '../../../src/content/index.ts';
import { localizedPath } from '../../../src/i18n/urls.ts';
import { checkContent } from '../../../src/translation/index.ts';
import { writeTree } from '../helpers.ts';
import { converterOf, linkedPages, md, meta, source, target, valid } from './content-fixtures.ts';

// The bilingual reading view's pages are known to the link checker when the config turns them on,
// exactly where src/pages/[locale]/posts/[slug]/bilingual.astro builds them.
const on = { ...siteConfig, bilingual: true };
const off = { ...siteConfig, bilingual: false };
const codes = siteConfig.locales.map((l) => l.code);
// Derived locales are published where the locale they are converted from is.
const publishedWith = (written: string[]) => siteConfig.locales.filter((l) => written.includes(l.derivedFrom ?? l.code)).map((l) => l.code);
const bilingualPath = (code: string, slug: string) => localizedPath(siteConfig.locales.find((l) => l.code === code)!, { kind: 'bilingual', slug });

const tree = {
  ...valid,
  ...linkedPages,
  'content/posts/both/post.yaml': meta(),
  [`content/posts/both/${source}.md`]: md('title: Both'),
  [`content/posts/both/${target}.md`]: md('title: Both-T'),
  'content/posts/drafted/post.yaml': meta(),
  [`content/posts/drafted/${source}.md`]: md('title: Drafted'),
  [`content/posts/drafted/${target}.md`]: md('title: Drafted-T\ndraft: true'),
  'content/posts/reverse/post.yaml': `date: 2021-02-16\nsource: ${target}\n`,
  [`content/posts/reverse/${target}.md`]: md('title: Reverse-T'),
  [`content/posts/reverse/${source}.md`]: md('title: Reverse'),
};

describe('bilingual pages among the known pages', () => {
  it.each([
    ['both', publishedWith([source, target])],
    ['reverse', publishedWith([source, target])],
    // A draft translation has no bilingual view, nor has the source it would pair with.
    ['drafted', []],
    ['good', []],
  ])('%s: in %j', async (slug, expected) => {
    const root = await writeTree(tree);
    const { content } = await readContent({ root, config: on });
    const pages = knownPages({ root, content, config: on, anchorsOf: () => new Set(), converterOf });
    expect(codes.filter((code) => pages.has(bilingualPath(code, slug)))).toEqual(expected);
    const offPages = knownPages({ root, content, config: off, anchorsOf: () => new Set(), converterOf });
    expect(codes.filter((code) => offPages.has(bilingualPath(code, slug)))).toEqual([]);
  });

  it('lets a post link to a bilingual view only when the config publishes them', async () => {
    const link = bilingualPath(target, 'both');
    const root = await writeTree({ ...tree, [`content/posts/good/${source}.md`]: md('title: Good', `Read it [side by side](${link}).`) });
    expect((await checkContent({ root, config: on, converterOf })).problems).toEqual([]);
    const problems = (await checkContent({ root, config: off, converterOf })).problems;
    expect(problems.map((p) => p.file)).toEqual([`content/posts/good/${source}.md`]);
  });
});
