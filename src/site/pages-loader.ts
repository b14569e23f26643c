import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadPages, type Page } from '../content/index.ts';
import { checkContent, pageAsPost, readBase, statusOf, targetsOf, type TranslationStatus } from '../translation/index.ts';
import { linkedPages } from './links.ts';
import { rendererKey, siteRenderer, siteVersions, type RenderedVersion, type TandemLoaderOptions } from './loader.ts';

/** What the site stores per static page: its rendered versions and each translation's status. */
export type SitePage = Omit<Page, 'versions'> & {
  versions: Partial<Record<string, RenderedVersion>>;
  translations: TranslationStatus[];
};

// A Markdown or HTML link to another address with a #fragment.
const CROSS_PAGE_FRAGMENT = /\]\((?!#)[^)\s]*#|href=["']?(?!#)[^"'\s>]*#/;

/**
 * Loads `content/pages/<slug>/…` into the `pages` collection, rendered by the same
 * pipeline as posts, with the same translation statuses (from `<locale>.base.json`).
 */
export function pagesLoader(options: TandemLoaderOptions): Loader {
  return {
    name: 'tandem-pages',
    async load({ store, config: astroConfig, generateDigest, logger }) {
      const root = options.root ?? fileURLToPath(astroConfig.root);
      const pages = await loadPages({ root, config: options.config });
      const renderer = generateDigest(rendererKey(options));
      // A link to a heading on another page (`/en/posts/x/#background`) needs that page's ids: only then are all pages checked here too.
      const linksElsewhere = pages.some((page) => Object.values(page.versions).some((version) => version && CROSS_PAGE_FRAGMENT.test(version.body)));
      const { rewrites } = linksElsewhere ? await checkContent({ root, config: options.config }) : { rewrites: new Map<string, Record<string, string>>() };
      for (const slug of linkedPages(options.config).filter((slug) => !pages.some((page) => page.slug === slug))) {
        logger.warn(`src/config/site.ts: identity links to the page "${slug}", but content/pages/${slug}/ does not exist, so the link is left out. Create the page or remove the link.`);
      }
      // Few and small: rendered in this thread, not stored in the render cache.
      const pageRenderer = siteRenderer({ ...options, workers: 0 }, undefined);
      store.clear();
      for (const page of pages) {
        const item = pageAsPost(page);
        const translations = await Promise.all(
          targetsOf(item, options.config).map(async (code) => statusOf(item, code, page.versions[code] ? await readBase(root, item, code) : undefined, { config: options.config })),
        );
        const versions: SitePage['versions'] = siteVersions(page, options, pageRenderer, (version) => pageRenderer.renderOne(version, rewrites.get(version.file)), (file) => rewrites.get(file));
        store.set({ id: page.slug, data: { ...page, versions, translations } satisfies SitePage, digest: generateDigest(renderer + JSON.stringify([page, Object.values(page.versions).map((version) => version && rewrites.get(version.file))])) });
      }
    },
  };
}
