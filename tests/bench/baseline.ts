/**
 * The baseline: the same posts as a plain Astro site, with Astro's own glob loader and
 * built-in Markdown (remark/rehype with Shiki, Astro's defaults) and none of Tandem's
 * translation features. It builds the same pages a reader gets from Tandem for every
 * post and the paginated home of each locale: `/<locale>/posts/<slug>/` for every post in
 * every locale (the translation when there is a published one, else the original) and
 * `/<locale>/`, `/<locale>/2/`… with the same page size.
 * @module
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const files: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'tandem-bench-baseline', private: true, type: 'module' }, null, 2)}\n`,
  'astro.config.mjs': `import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  posts: defineCollection({ loader: glob({ pattern: '**/*.md', base: './content/posts' }) }),
};
`,
  'src/posts.ts': `import { getCollection, type CollectionEntry } from 'astro:content';

export const locales = ['en', 'zh'] as const;
export const pageSize = PAGE_SIZE;
export const langOf = { en: 'en-GB', zh: 'zh-Hans' } as Record<string, string>;

export interface BasePost {
  slug: string;
  /** The entry shown in each locale: its own published version, else any published one. */
  shown: Record<string, CollectionEntry<'posts'>>;
}

/** Posts grouped by folder, in id order. */
export async function getPosts(): Promise<BasePost[]> {
  const entries = await getCollection('posts');
  const bySlug = new Map<string, CollectionEntry<'posts'>[]>();
  for (const entry of entries) {
    const slug = entry.id.split('/')[0] ?? entry.id;
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), entry]);
  }
  return [...bySlug.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([slug, versions]) => {
    const published = versions.filter((v) => !v.data.draft);
    const shown: Record<string, CollectionEntry<'posts'>> = {};
    for (const locale of locales) {
      const own = published.find((v) => v.id.endsWith('/' + locale));
      const entry = own ?? published[0] ?? versions[0];
      if (entry) shown[locale] = entry;
    }
    return { slug, shown };
  });
}
`,
  'src/layouts/Layout.astro': `---
interface Props { title: string; lang: string }
const { title, lang } = Astro.props;
---
<!doctype html>
<html lang={lang}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <header><a href={'/' + lang.slice(0, 2) + '/'}>Campaign</a> · <a href="/en/">English</a> · <a href="/zh/">中文</a></header>
    <main><slot /></main>
  </body>
</html>
<style>
  body { max-width: 42rem; margin: 0 auto; padding: 1rem; font: 1.05rem/1.6 system-ui, sans-serif; }
  header { margin-bottom: 2rem; }
  table { border-collapse: collapse; }
  td, th { border: 1px solid #ccc; padding: 0.25rem 0.5rem; }
</style>
`,
  'src/pages/[locale]/posts/[slug].astro': `---
import { render } from 'astro:content';
import Layout from '../../../layouts/Layout.astro';
import { getPosts, langOf, locales, type BasePost } from '../../../posts.ts';

export async function getStaticPaths() {
  const posts = await getPosts();
  return locales.flatMap((locale) => posts.map((post) => ({ params: { locale, slug: post.slug }, props: { post, locale } })));
}

interface Props { post: BasePost; locale: string }
const { post, locale } = Astro.props;
const entry = post.shown[locale]!;
const { Content } = await render(entry);
---
<Layout title={String(entry.data.title)} lang={langOf[locale] ?? locale}>
  <article>
    <h1>{String(entry.data.title)}</h1>
    <Content />
  </article>
</Layout>
`,
  'src/pages/[locale]/[...page].astro': `---
import type { GetStaticPaths, Page } from 'astro';
import Layout from '../../layouts/Layout.astro';
import { getPosts, langOf, locales, pageSize, type BasePost } from '../../posts.ts';

export const getStaticPaths = (async ({ paginate }) => {
  const posts = await getPosts();
  return locales.flatMap((locale) => paginate(posts, { params: { locale }, props: { locale }, pageSize }));
}) satisfies GetStaticPaths;

interface Props { page: Page<BasePost>; locale: string }
const { page, locale } = Astro.props;
---
<Layout title="Posts" lang={langOf[locale] ?? locale}>
  <ul>
    {page.data.map((post) => {
      const entry = post.shown[locale]!;
      return <li><a href={'/' + locale + '/posts/' + post.slug + '/'}>{String(entry.data.title)}</a>{entry.data.summary ? <p>{String(entry.data.summary)}</p> : null}</li>;
    })}
  </ul>
  <nav>
    {page.url.prev ? <a href={page.url.prev}>Newer</a> : null}
    {page.url.next ? <a href={page.url.next}>Older</a> : null}
  </nav>
</Layout>
`,
};

/**
 * Writes the baseline project to `dir` with a copy of `content/` (only Markdown is read),
 * listing `pageSize` posts per home page as Tandem does (siteConfig.postsPerPage).
 */
export async function createBaseline(dir: string, contentDir: string, pageSize: number): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text.replace('PAGE_SIZE', String(pageSize)));
  }
  await cp(contentDir, path.join(dir, 'content'), { recursive: true, filter: (src) => !src.endsWith('.base.json') && !src.endsWith('.yaml') });
}
