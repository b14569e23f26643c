import { expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { checkContent } from '../../../src/translation/index.ts';
import { inWords, writeTree } from '../helpers.ts';
import { converterOf, linkedPages, md, meta, source, target, valid } from './content-fixtures.ts';

it('checks static pages like posts: links from them, links to them and their headings', async () => {
  const root = await writeTree({
    ...valid,
    ...linkedPages,
    'content/pages/about/page.yaml': `source: ${source}\n`,
    [`content/pages/about/${source}.md`]: md('title: About', `## Contact\n\nSee [a post](/${source}/posts/good/) and [nothing](/${source}/posts/none/).\n\n<style>\n\nHidden.`),
    'content/posts/linker/post.yaml': meta(),
    [`content/posts/linker/${source}.md`]: md('title: Linker', `[about](/${target}/about/#contact) [typo](/${source}/about/#contacts) [gone](/${source}/abuot/)`),
  });
  const { problems, rewrites } = await checkContent({ root, config: siteConfig, converterOf });
  expect(problems.map(inWords).map((p) => [p.file, p.line, p.code, p.params.link])).toEqual([
    [`content/pages/about/${source}.md`, 6, 'link-broken', `/${source}/posts/none/`],
    [`content/pages/about/${source}.md`, 8, 'text-lost-element', undefined],
    [`content/posts/linker/${source}.md`, 4, 'fragment-broken', `/${source}/about/#contacts`],
    [`content/posts/linker/${source}.md`, 4, 'link-broken', `/${source}/abuot/`],
  ]);
  expect(rewrites.get(`content/posts/linker/${source}.md`)).toEqual({ [`/${target}/about/#contact`]: `/${target}/about/#h-contact` });
});

it('checks the bodies of posts left out for other problems in the same run', async () => {
  const root = await writeTree({
    ...valid,
    ...linkedPages,
    'content/posts/typo/post.yaml': meta('tilte: x\n'),
    [`content/posts/typo/${source}.md`]: md('title: Typo', `## Here\n\n[in page](#here) [broken](/${source}/posts/nope/)\n\n<!-- unclosed`),
  });
  const { content, problems } = await checkContent({ root, config: siteConfig, converterOf });
  expect(content.posts.map((p) => p.slug)).toEqual(['good']);
  // Sorted by file: en.md before post.yaml.
  expect(problems.map((p) => [p.file, p.code])).toEqual([
    [`content/posts/typo/${source}.md`, 'link-broken'],
    [`content/posts/typo/${source}.md`, 'text-lost-comment'],
    ['content/posts/typo/post.yaml', 'field-unknown'],
  ]);
});
