/**
 * Indexes the shards handed over while the pages are generated (search-stream.ts) in worker
 * threads, each driving a Pagefind process: Astro generates pages on one core, so the
 * other cores index (one on a 2-core machine). Each shard goes to the search cache, where
 * the index of the built site (search-index.ts) finds it.
 * @module
 */
import { existsSync } from 'node:fs';
import Tinypool from 'tinypool';
import { storedBundle } from './search-cache.ts';
import { closeSearchStream, openSearchStream, type StreamedShard } from './search-stream.ts';
import type { ShardOutcome, StreamJob } from './search-worker.ts';

/** The shards indexed while the pages were generated, as `<language key>/<bucket>`. */
export type StreamedIds = ReadonlySet<string>;

/**
 * Starts taking the pages of shards that have no stored bundle (a rebuild's shards are
 * stored, and its unchanged pages are not generated again); `finish` stops taking them,
 * drops the shards not started (the built site's index takes them on every core) and
 * waits for the one being indexed.
 */
export function streamSearch(cacheDir: string, pagesPerShard: number, threads = 1): { idle: () => Promise<void>; finish: () => Promise<StreamedIds> } {
  let pool: Tinypool | undefined;
  const running: Promise<void>[] = [];
  const stored = new Set<string>();
  const index = (shard: StreamedShard) => {
    pool ??= new Tinypool({ filename: new URL('./search-worker.ts', import.meta.url).href, minThreads: threads, maxThreads: threads, teardown: 'closeSearch' });
    const job: StreamJob = { shard, cacheDir };
    const done = (pool.run(job, { name: 'indexStreamed' }) as Promise<ShardOutcome>).then(
      (outcome) => {
        if (!outcome.errors) stored.add(`${shard.key}/${shard.bucket}`);
      },
      // Cancelled at the end of the pages, or failed: the built site's index takes the shard.
      () => undefined,
    );
    running.push(done);
  };
  openSearchStream({ pagesPerShard, wanted: (shard) => !existsSync(storedBundle(cacheDir, shard)), ready: index });
  return {
    /** Settles once every shard handed over so far is indexed (or failed). */
    idle: async () => {
      await Promise.all(running);
    },
    finish: async () => {
      closeSearchStream();
      pool?.cancelPendingTasks();
      await Promise.all(running);
      await pool?.destroy();
      return stored;
    },
  };
}
