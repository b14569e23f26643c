import { readdir, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { TandemError } from '../lib/errors.ts';

/** Where Pagefind's files go, under the built site: served from the site itself, never a CDN. */
export const SEARCH_BUNDLE = 'pagefind';

// Pagefind also writes ready-made search UIs; the site's own search page uses only its JS API.
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

/** What an index run did, for the build log and the benchmark: pages indexed per Pagefind language key. */
export interface SearchIndexReport {
  pages: number;
  languages: Record<string, number>;
}

/**
 * Indexes a built site with Pagefind (through its Node API, so no CLI is spawned): only
 * pages marked `data-pagefind-body` (real post versions: never fallback copies, listings
 * or noindex pages), one index per page language, so each language's search page finds
 * its own language only. Chinese is segmented into words by Pagefind's extended build.
 * @example await indexSite('/srv/site/dist') // { pages: 42, languages: { 'en-gb': 15, 'zh-hans': 13, 'zh-hant-hk': 14 } }
 */
export async function indexSite(dir: string): Promise<SearchIndexReport> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw searchError(errors);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw searchError(added.errors);
    const bundle = `${dir.replace(/\/$/, '')}/${SEARCH_BUNDLE}`;
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw searchError(written.errors);
    await Promise.all((await readdir(bundle)).filter((name) => UNUSED.test(name)).map((name) => rm(`${bundle}/${name}`)));
    const entry = await readFile(`${bundle}/pagefind-entry.json`, 'utf8');
    const languages = Object.fromEntries(
      Object.entries((JSON.parse(entry) as { languages: Record<string, { page_count: number }> }).languages).map(([lang, info]) => [lang, info.page_count]),
    );
    return { pages: Object.values(languages).reduce((sum, count) => sum + count, 0), languages };
  } finally {
    await pagefind.close();
  }
}

function searchError(errors: string[]): TandemError {
  const detail = errors.join('; ');
  return new TandemError('search-index', { detail }, undefined, `Pagefind could not index the site: ${detail}\n  → Check that the pagefind package is installed (npm ci); to build without search, remove searchIndex() from astro.config.mjs.`);
}

/** Astro integration: builds the search index after every `astro build`. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'tandem-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const report = await indexSite(fileURLToPath(dir));
        const languages = Object.entries(report.languages).map(([lang, count]) => `${lang} ${count}`).join(', ');
        logger.info(`Search index: ${report.pages} pages (${languages}) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
