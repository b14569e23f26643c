import { cp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { TandemError } from '../lib/errors.ts';
import { installedVersion } from '../pipeline/index.ts';
import { SEARCH_BUNDLE, searchLanguages, type SearchLanguage } from './search-pages.ts';


// Pagefind also writes ready-made search UIs; the site's own search page uses only its JS API.
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

/** What an index run did, for the build log and the benchmark: pages indexed per Pagefind language key. */
export interface SearchIndexReport {
  pages: number;
  languages: Record<string, number>;
  /** Languages whose index was taken from the cache: their pages had not changed since it was built. */
  reused: string[];
}

// Bumped when what a stored bundle holds changes; Pagefind's own version is part of the key too.
const FORMAT = 1;

/**
 * Indexes a built site with Pagefind (through its Node API, so no CLI is spawned): only
 * pages marked `data-pagefind-body` (real post versions: never fallback copies, listings
 * or noindex pages), one search bundle per page language (`pagefind/<language key>/`), so
 * each language's search page loads and finds its own language only. Chinese is segmented
 * into words by Pagefind's extended build. Languages are indexed one at a time, Pagefind
 * stopped in between, so its memory is that of the largest language, not of the site.
 * With `cacheDir`, a language whose pages are byte for byte those of a stored bundle
 * reuses it, so a rebuild indexes only the languages an edit changed.
 * @example await indexSite('/srv/site/dist') // { pages: 42, languages: { 'en-gb': 15, 'zh-hans': 13, 'zh-hant-hk': 14 }, reused: [] }
 */
export async function indexSite(dir: string, { cacheDir }: { cacheDir?: string } = {}): Promise<SearchIndexReport> {
  const pagefind = await import('pagefind');
  const report: SearchIndexReport = { pages: 0, languages: {}, reused: [] };
  const root = path.join(dir, SEARCH_BUNDLE);
  // Not import.meta.dirname: the build runs this module under Vite, which gives it only `url`.
  const pagefindVersion = installedVersion('pagefind', path.dirname(fileURLToPath(import.meta.url))) ?? 'missing';
  await rm(root, { recursive: true, force: true });
  for (const language of await searchLanguages(dir)) {
    const bundle = path.join(root, language.key);
    const stored = cacheDir && path.join(cacheDir, language.key);
    const key = `${FORMAT} ${pagefindVersion} ${language.digest}`;
    report.pages += language.pages.length;
    report.languages[language.key] = language.pages.length;
    if (stored && (await readFile(path.join(stored, KEY_FILE), 'utf8').catch(() => '')) === key) {
      await cp(stored, bundle, { recursive: true, filter: (source) => path.basename(source) !== KEY_FILE });
      report.reused.push(language.key);
      continue;
    }
    try {
      await writeBundle(pagefind, language, bundle);
    } finally {
      // One language's index at a time in Pagefind's process: stopping it frees the last one.
      await pagefind.close();
    }
    if (stored) await storeBundle(bundle, stored, key);
  }
  return report;
}

const KEY_FILE = '.tandem-key';

async function writeBundle(pagefind: typeof import('pagefind'), language: SearchLanguage, bundle: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw searchError(errors);
  for (const page of language.pages) {
    const added = await index.addHTMLFile({ url: page.url, content: await readFile(page.file, 'utf8') });
    if (added.errors.length > 0) throw searchError(added.errors);
  }
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length > 0) throw searchError(written.errors);
  await Promise.all((await readdir(bundle)).filter((name) => UNUSED.test(name)).map((name) => rm(path.join(bundle, name))));
}

// Copied beside the old entry and swapped in, so a build reading the cache never sees half a bundle.
async function storeBundle(bundle: string, stored: string, key: string): Promise<void> {
  const staging = `${stored}.${process.pid}.tmp`;
  try {
    await rm(staging, { recursive: true, force: true });
    await cp(bundle, staging, { recursive: true });
    await writeFile(path.join(staging, KEY_FILE), key);
    await rm(stored, { recursive: true, force: true });
    await rename(staging, stored);
  } catch {
    // The site is built; a bundle that could not be stored is only indexed again next time.
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}

function searchError(errors: string[]): TandemError {
  const detail = errors.join('; ');
  return new TandemError('search-index', { detail }, undefined, `Pagefind could not index the site: ${detail}\n  → Check that the pagefind package is installed (npm ci); to build without search, remove searchIndex() from astro.config.mjs.`);
}

/** Astro integration: builds the search index after every `astro build`, keeping each language's bundle in Astro's cacheDir. */
export function searchIndex(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'tandem-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('tandem/search/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const report = await indexSite(fileURLToPath(dir), { cacheDir });
        const languages = Object.entries(report.languages).map(([lang, count]) => `${lang} ${count}${report.reused.includes(lang) ? ' (unchanged)' : ''}`).join(', ');
        logger.info(`Search index: ${report.pages} pages (${languages}) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
