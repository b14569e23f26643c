/**
 * The worker-thread side of the search index (search-index.ts): indexes one shard. Each
 * thread loads its own copy of Pagefind's Node API and so drives its own Pagefind
 * process: one process indexes on one core, whatever the number of indexes sent to it.
 * @module
 */
import { readdir, rm } from 'node:fs/promises';
import { setPriority } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { adoptBundle, bundleKey, stagedBundle, stagePages, storeBundle, storedBundle } from './search-cache.ts';
import { pageDigest, searchUrl } from './search-pages.ts';
import { shardDigest, type SearchShard } from './search-shards.ts';
import type { StreamedShard } from './search-stream.ts';

/** A nice value: low enough to yield the CPU to the build, not idle-only. */
const BACKGROUND = 10;

// Indexing is background work next to Astro generating pages: this thread, and the Pagefind
// process it starts (which takes its thread's priority), yield the CPU to the build's own
// thread. Only on Linux, where a priority is a thread's: elsewhere it would lower the whole
// build. Not allowed everywhere (some containers forbid it): then they run as they are.
if (process.platform === 'linux') {
  try {
    setPriority(BACKGROUND);
  } catch {
    // Same priority as the build.
  }
}

// Pagefind also writes ready-made search UIs; the site's own search page uses only its JS API.
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

/** One shard to index from the built site: plain data, sent to a worker thread. */
export interface ShardJob {
  dir: string;
  shard: SearchShard;
  bundle: string;
  cacheDir: string | undefined;
  key: string;
}

/** A shard handed over while the pages were generated (search-stream.ts), to index into the cache. */
export interface StreamJob {
  shard: StreamedShard;
  cacheDir: string;
}

/** Pagefind's errors, if it had any (thrown by the build's thread as one typed error). */
export type ShardOutcome = { errors?: string[] };

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Indexes one shard of the built site into its bundle, and keeps a copy in the cache when there is one. */
export default async function indexShard({ dir, shard, bundle, cacheDir, key }: ShardJob): Promise<ShardOutcome> {
  const staging = await stagePages(dir, shard.pages, cacheDir);
  try {
    const outcome = await writeBundle(bundle, (index) => index.addDirectory({ path: staging }));
    if (outcome.errors) return outcome;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  if (cacheDir) await storeBundle(bundle, storedBundle(cacheDir, shard), key);
  return {};
}

/**
 * Indexes a shard from the HTML handed over, and stores it in the cache under the key the
 * built pages would give it (search-shards.ts); the build takes it from there when the built
 * pages are those handed over. Its errors are not reported: such a shard is indexed again.
 */
export async function indexStreamed({ shard, cacheDir }: StreamJob): Promise<ShardOutcome> {
  const decoder = new TextDecoder();
  const html = shard.pages.map((page) => ({ file: page.file, html: decoder.decode(page.bytes) }));
  const pages = html.map((page) => ({ url: searchUrl(page.file), digest: pageDigest(page.html) }));
  const stored = storedBundle(cacheDir, shard);
  const built = stagedBundle(stored);
  try {
    const outcome = await writeBundle(built, (index) => addPages(index, html));
    if (!outcome.errors) await adoptBundle(built, stored, bundleKey(shardDigest(shard.count, pages)));
    return outcome;
  } finally {
    await rm(built, { recursive: true, force: true });
  }
}

async function addPages(index: Index, pages: readonly { file: string; html: string }[]): Promise<{ errors: string[] }> {
  const errors: string[] = [];
  // A few at a time: each page is a message to Pagefind's process, encoded whole while it waits.
  for (let start = 0; start < pages.length; start += ADD_AT_ONCE) {
    // sourcePath, not url: Pagefind then makes the URL from the file as it does for a folder.
    const added = await Promise.all(pages.slice(start, start + ADD_AT_ONCE).map((page) => index.addHTMLFile({ sourcePath: page.file, content: page.html })));
    errors.push(...added.flatMap((result) => result.errors));
  }
  return { errors };
}

const ADD_AT_ONCE = 32;

/** Makes an index, has `add` fill it and writes its bundle to `bundle`, without the files the site does not use. */
async function writeBundle(bundle: string, add: (index: Index) => Promise<{ errors: string[] }>): Promise<ShardOutcome> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) return { errors };
  try {
    const added = await add(index);
    if (added.errors.length > 0) return { errors: added.errors };
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) return { errors: written.errors };
  } finally {
    // Ends this shard's Pagefind process before the thread takes the next one: a process
    // keeps the memory of the largest index it held (~0.4 GB for 500 Chinese pages).
    await index.deleteIndex();
    await pagefind.close();
  }
  await Promise.all((await readdir(bundle)).filter((name) => UNUSED.test(name)).map((name) => rm(path.join(bundle, name))));
  return {};
}

/** Stops this thread's Pagefind process; the pool calls it on every thread before ending them. */
export async function closeSearch(): Promise<void> {
  await pagefind.close();
}
