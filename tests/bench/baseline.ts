/**
 * The baseline: the same posts as a plain Astro site, with Astro's own glob loader and
 * built-in Markdown (remark/rehype with Shiki, Astro's defaults) and none of Tandem's
 * translation features. It builds the same pages a reader gets from Tandem for every
 * post and the paginated home of each locale of the site's config: `/<locale>/posts/<slug>/`
 * for every post in every locale (the translation when there is a published one, else the
 * original; a converted locale such as Traditional Chinese shows the version it is converted
 * from as it is, since plain Astro has no converter) and `/<locale>/`, `/<locale>/2/`… with
 * the same page size. Each post's article is marked for search (`data-pagefind-body`, as
 * Starlight marks its content), so the Pagefind CLI run over the output (the search reference,
 * see run.ts) indexes the post pages only, as Tandem's search does.
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

/** Each locale's URL path, language tag and the version it shows (its own, or the one it is converted from). */
const config: { path: string; lang: string; code: string; from: string }[] = LOCALES;
export const locales = config.map((locale) => locale.path);
export const pageSize = PAGE_SIZE;
export const langOf = Object.fromEntries(config.map((locale) => [locale.path, locale.lang])) as Record<string, string>;

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
    for (const locale of config) {
      const own = published.find((v) => v.id.endsWith('/' + locale.code.toLowerCase())) ?? published.find((v) => v.id.endsWith('/' + locale.from.toLowerCase()));
      const entry = own ?? published[0] ?? versions[0];
      if (entry) shown[locale.path] = entry;
    }
    return { slug, shown };
  });
}
`,
  'src/layouts/Layout.astro': `---
import { locales } from '../posts.ts';
interface Props { title: string; lang: string; locale: string }
const { title, lang, locale } = Astro.props;
---
<!doctype html>
<html lang={lang}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <header><a href={'/' + locale + '/'}>Campaign</a>{locales.map((other) => <> · <a href={'/' + other + '/'}>{other}</a></>)}</header>
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
<Layout title={String(entry.data.title)} lang={langOf[locale] ?? locale} locale={locale}>
  <article data-pagefind-body>
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
<Layout title="Posts" lang={langOf[locale] ?? locale} locale={locale}>
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

/** A locale of the site's config, as the baseline needs it. */
export interface BaselineLocale {
  code: string;
  path: string;
  lang: string;
  derivedFrom?: string | undefined;
}

/**
 * Writes the baseline project to `dir` with a copy of `content/` (only Markdown is read),
 * listing `pageSize` posts per home page as Tandem does (siteConfig.postsPerPage), with
 * pages in every one of `locales` (siteConfig.locales).
 */
export async function createBaseline(dir: string, contentDir: string, pageSize: number, locales: readonly BaselineLocale[]): Promise<void> {
  const config = JSON.stringify(locales.map(({ code, path: urlPath, lang, derivedFrom }) => ({ code, path: urlPath, lang, from: derivedFrom ?? code })));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text.replace('PAGE_SIZE', String(pageSize)).replace('LOCALES', config));
  }
  await cp(contentDir, path.join(dir, 'content'), { recursive: true, filter: (src) => !src.endsWith('.base.json') && !src.endsWith('.yaml') });
}
