import { mkdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import Tinypool from 'tinypool';
import { TandemError } from '../lib/errors.ts';
import { pagesSettled } from './kept-pages.ts';
import { bundleKey, clearStaleStaging, pruneStored, reuseBundle, storedBundle, storedFor } from './search-cache.ts';
import { SEARCH_BUNDLE, SEARCH_MANIFEST, searchLanguages } from './search-pages.ts';
import { type StreamedIds, streamSearch } from './search-streamer.ts';
import { PAGES_PER_SHARD, splitShards } from './search-shards.ts';
import type { ShardJob, ShardOutcome } from './search-worker.ts';

/** What an index run did, for the build log and the benchmark. */
export interface SearchIndexReport {
  /** Pages indexed, in all, and per Pagefind language key. */
  pages: number;
  languages: Record<string, number>;
  /** Every shard built (`<language key>/<bucket>`), and those taken from the cache because their pages had not changed. */
  shards: string[];
  reused: string[];
}

export interface SearchIndexOptions {
  /** Where bundles are kept between builds (Astro's cacheDir); without it every shard is indexed. */
  cacheDir?: string;
  /** Pages per shard: larger shards mean fewer files for the search page to load, smaller ones less memory and faster rebuilds. */
  pagesPerShard?: number;
  /** Shards indexed at once (each holds its pages' index in memory). */
  concurrency?: number;
  /** Settles once the cache holds every shard indexed while the pages were generated (search-streamer.ts). */
  streamed?: Promise<unknown>;
}

// What each built page is to search, kept with its stamp between builds (search-pages.ts).
const PAGES_RECORD = 'pages.json';

/**
 * Indexes a built site with Pagefind (through its Node API, so no CLI is spawned): only
 * pages marked `data-pagefind-body` (real post versions: never fallback copies, listings
 * or noindex pages), one search bundle per page language (`pagefind/<language key>/`), so
 * each language's search page loads and finds its own language only. Chinese is segmented
 * into words by Pagefind's extended build. Each language is cut into shards
 * (`search-shards.ts`), listed in the language's `shards.json` and merged by the search
 * page; a few are indexed at a time, so Pagefind's memory is that of a few shards, not
 * of the site. With `cacheDir`, a shard whose pages are byte for byte those of a stored
 * bundle reuses it, so a rebuild indexes only the shards an edit changed.
 * @example await indexSite('/srv/site/dist') // { pages: 42, languages: { 'en-gb': 15, … }, shards: ['en-gb/0', …], reused: [] }
 */
export async function indexSite(dir: string, { cacheDir, pagesPerShard = PAGES_PER_SHARD, concurrency = SEARCH_CONCURRENCY, streamed }: SearchIndexOptions = {}): Promise<SearchIndexReport> {
  const report: SearchIndexReport = { pages: 0, languages: {}, shards: [], reused: [] };
  const root = path.join(dir, SEARCH_BUNDLE);
  await rm(root, { recursive: true, force: true });
  if (cacheDir) await clearStaleStaging(cacheDir);
  const jobs: ShardJob[] = [];
  for (const language of await searchLanguages(dir, cacheDir && path.join(cacheDir, PAGES_RECORD))) {
    const shards = splitShards(language.key, language.pages, pagesPerShard);
    report.pages += language.pages.length;
    report.languages[language.key] = language.pages.length;
    // Numbered by position, not bucket: the search page always finds Pagefind's runtime in `0/`.
    for (const [position, shard] of shards.entries()) {
      report.shards.push(shard.id);
      const bundle = path.join(root, language.key, String(position));
      jobs.push({ dir, shard, bundle, cacheDir, key: bundleKey(shard.digest) });
    }
    await mkdir(path.join(root, language.key), { recursive: true });
    await writeFile(path.join(root, language.key, SEARCH_MANIFEST), JSON.stringify(shards.map((_, position) => `${position}/`)));
  }
  await streamed;
  // Only the shards not stored start threads; the others are linked from the cache here meanwhile.
  const toIndex: ShardJob[] = [];
  const toLink: { job: ShardJob; stored: string }[] = [];
  for (const job of jobs) {
    const stored = cacheDir && storedBundle(cacheDir, job.shard);
    if (stored && (await storedFor(stored, job.key))) toLink.push({ job, stored });
    else toIndex.push(job);
  }
  const indexed = toIndex.length > 0 ? indexInThreads(toIndex, concurrency) : Promise.resolve();
  // Awaited below; a failure meanwhile must not count as unhandled.
  indexed.catch(() => undefined);
  for (const { job, stored } of toLink) {
    await reuseBundle(stored, job.bundle);
    report.reused.push(job.shard.id);
  }
  await indexed;
  report.reused.sort();
  if (cacheDir) await pruneStored(cacheDir, report.shards);
  return report;
}

/**
 * Indexes shards in parallel: a Pagefind process indexes on one core however many indexes
 * it is sent, so each thread (search-worker.ts) drives a process of its own.
 */
async function indexInThreads(jobs: readonly ShardJob[], concurrency: number): Promise<void> {
  const threads = Math.max(1, Math.min(concurrency, jobs.length));
  const pool = new Tinypool({ filename: new URL('./search-worker.ts', import.meta.url).href, minThreads: threads, maxThreads: threads, teardown: 'closeSearch' });
  try {
    const outcomes = await Promise.all(jobs.map((job) => pool.run(job) as Promise<ShardOutcome>));
    const errors = outcomes.flatMap((outcome) => outcome.errors ?? []);
    if (errors.length > 0) throw searchError(errors);
  } finally {
    await pool.destroy();
  }
}

// Each shard being indexed holds ~0.25–0.7 MB per page in its Pagefind process: a few at once.
const SEARCH_CONCURRENCY = Math.max(1, Math.min(availableParallelism(), 4));

function searchError(errors: string[]): TandemError {
  const detail = errors.join('; ');
  return new TandemError('search-index', { detail }, undefined, `Pagefind could not index the site: ${detail}\n  → Check that the pagefind package is installed (npm ci); to build without search, remove searchIndex() from astro.config.mjs.`);
}

/**
 * Astro integration: builds the search index after every `astro build`, keeping each
 * shard's bundle in Astro's cacheDir. On a cold build, shards are indexed while the pages
 * are generated, as soon as all of a shard's pages are (search-streamer.ts); the rest as
 * soon as the pages are written (`astro:build:generated`), so Pagefind's processes work
 * while the other integrations' end-of-build steps (the sitemap, `_headers`) read the
 * pages; the build waits for it in `astro:build:done`.
 * @example searchIndex({ pagesPerShard: 1024 }) // fewer, larger shards: fewer requests per search, more memory while building
 */
export function searchIndex({ pagesPerShard = PAGES_PER_SHARD }: Pick<SearchIndexOptions, 'pagesPerShard'> = {}): AstroIntegration {
  let cacheDir = '';
  let stream: ReturnType<typeof streamSearch> | undefined;
  let running: { started: number; report: Promise<SearchIndexReport>; streamed: Promise<StreamedIds> } | undefined;
  const start = (dir: URL) => {
    const streamed = stream?.finish() ?? Promise.resolve(new Set<string>());
    stream = undefined;
    // Not before the pages a build kept from the last one but did not make are gone (kept-pages.ts).
    const report = pagesSettled().then(() => indexSite(fileURLToPath(dir), { cacheDir, pagesPerShard, streamed }));
    // Awaited in astro:build:done; until then a failure must not count as unhandled.
    report.catch(() => undefined);
    return { started: performance.now(), report, streamed };
  };
  return {
    name: 'tandem-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('tandem/search/', config.cacheDir));
      },
      'astro:build:start': () => {
        // The pages are generated on one core: the others index.
        stream = streamSearch(cacheDir, pagesPerShard, Math.max(1, SEARCH_CONCURRENCY - 1));
      },
      'astro:build:generated': ({ dir }) => {
        running = start(dir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { started, report: pending, streamed } = running ?? start(dir);
        running = undefined;
        const report = await pending;
        const early = await streamed;
        const whileGenerated = report.reused.filter((id) => early.has(id)).length;
        // Indexed early from HTML the built pages do not match: indexed again, and worth knowing.
        const again = early.size - whileGenerated;
        const languages = Object.entries(report.languages).map(([lang, count]) => `${lang} ${count}`).join(', ');
        logger.info(
          `Search index: ${report.pages} pages (${languages}) in ${report.shards.length} shards, ${report.reused.length - whileGenerated} unchanged, ${whileGenerated} indexed while the pages were generated${again > 0 ? ` (${again} more indexed again: their pages were written other than rendered)` : ''}, in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
