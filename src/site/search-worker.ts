/**
 * The worker-thread side of the search index (search-index.ts): indexes one shard. Each
 * thread loads its own copy of Pagefind's Node API and so drives its own Pagefind
 * process: one process indexes on one core, whatever the number of indexes sent to it.
 * @module
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { stagePages, storeBundle, storedBundle } from './search-cache.ts';
import type { SearchShard } from './search-shards.ts';

// Pagefind also writes ready-made search UIs; the site's own search page uses only its JS API.
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

/** One shard to index: plain data, sent to a worker thread. */
export interface ShardJob {
  dir: string;
  shard: SearchShard;
  bundle: string;
  cacheDir: string | undefined;
  key: string;
}

/** Pagefind's errors, if it had any (thrown by the build's thread as one typed error). */
export type ShardOutcome = { errors?: string[] };

/** Indexes one shard into its bundle, and keeps a copy in the cache when there is one. */
export default async function indexShard({ dir, shard, bundle, cacheDir, key }: ShardJob): Promise<ShardOutcome> {
  const staging = await stagePages(dir, shard.pages, cacheDir);
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) return { errors };
    try {
      const added = await index.addDirectory({ path: staging });
      if (added.errors.length > 0) return { errors: added.errors };
      const written = await index.writeFiles({ outputPath: bundle });
      if (written.errors.length > 0) return { errors: written.errors };
    } finally {
      // Frees this shard's index in Pagefind's process before the thread takes the next one.
      await index.deleteIndex();
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  await Promise.all((await readdir(bundle)).filter((name) => UNUSED.test(name)).map((name) => rm(path.join(bundle, name))));
  if (cacheDir) await storeBundle(bundle, storedBundle(cacheDir, shard), key);
  return {};
}

/** Stops this thread's Pagefind process; the pool calls it on every thread before ending them. */
export async function closeSearch(): Promise<void> {
  await pagefind.close();
}
