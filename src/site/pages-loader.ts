import type { Loader } from 'astro/loaders';
import type { Page } from '../content/index.ts';
import { pageAsPost, readBase, statusOf, targetsOf, type TranslationStatus } from '../translation/index.ts';
import { contentLoader, type RenderedVersion, type TandemLoaderOptions } from './loader.ts';
import { siteRun } from './site-run.ts';

/** What the site stores per static page: its rendered versions and each translation's status. */
export type SitePage = Omit<Page, 'versions'> & {
  versions: Partial<Record<string, RenderedVersion>>;
  translations: TranslationStatus[];
};

/**
 * Loads `content/pages/<slug>/…` into the `pages` collection, rendered by the same
 * pipeline as posts, with the same translation statuses (from `<locale>.base.json`).
 * The content is read, checked and rendered once for both loaders (see site-run.ts).
 */
export function pagesLoader(options: TandemLoaderOptions): Loader {
  return contentLoader('tandem-pages', options, async ({ store, config: astroConfig, generateDigest }, root) => {
    const run = await siteRun(options, root, astroConfig.cacheDir, 'pages');
    const { pages } = run.content;
    store.clear();
    for (const page of pages) {
      const item = pageAsPost(page);
      const translations = await Promise.all(
        targetsOf(item, options.config).map(async (code) => statusOf(item, code, page.versions[code] ? await readBase(root, item, code) : undefined, { config: options.config })),
      );
      const data: SitePage = { ...page, versions: run.versions.get(page) ?? {}, translations };
      store.set({ id: page.slug, data, digest: generateDigest(JSON.stringify(data)) });
    }
  });
}
