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

type RunOptions = NonNullable<Parameters<Tinypool['run']>[1]>;

/** The shards indexed while the pages were generated, as `<language key>/<bucket>`. */
export type StreamedIds = ReadonlySet<string>;

/**
 * Starts taking the pages of shards that have no stored bundle (a rebuild's shards are
 * stored, and its unchanged pages are not generated again) and indexing each complete shard
 * on `threads` threads while the pages are generated; `finish` stops taking pages and
 * indexes the complete shards still waiting on `threadsAfter` threads, from the HTML in hand
 * (no page is read back, and nothing waits for the built site to be read).
 */
export function streamSearch(
  cacheDir: string,
  pagesPerShard: number,
  { threads = 1, threadsAfter = threads }: { threads?: number; threadsAfter?: number } = {},
): { finish: () => Promise<StreamedIds> } {
  let pool: Tinypool | undefined;
  const size = Math.max(1, threads, threadsAfter);
  let limit = threads;
  let active = 0;
  const waiting: StreamedShard[] = [];
  const running: Promise<void>[] = [];
  const stored = new Set<string>();
  const pump = () => {
    while (active < limit && waiting.length > 0) {
      const shard = waiting.shift() as StreamedShard;
      pool ??= new Tinypool({
        filename: new URL('./search-worker.ts', import.meta.url).href,
        // All threads from the start: tinypool ends threads above minThreads as soon as they idle, and their teardown can then fail unobserved.
        minThreads: size,
        maxThreads: size,
        teardown: 'closeSearch',
        // The pages' text passes through these threads; with the default young generation each kept ~0.1 GB more than it needs.
        resourceLimits: { maxYoungGenerationSizeMb: 8 },
      });
      const job: StreamJob = { shard, cacheDir };
      active += 1;
      // The pages' bytes move to the thread rather than being copied.
      // (tinypool infers the list's type from an overload of postMessage that @types/node changed.)
      const transferList = shard.pages.map((page) => page.bytes.buffer) as unknown as RunOptions['transferList'];
      const done = (pool.run(job, { name: 'indexStreamed', transferList }) as Promise<ShardOutcome>)
        .then(
          (outcome) => {
            if (!outcome.errors) stored.add(`${shard.key}/${shard.bucket}`);
          },
          // Failed: the built site's index takes the shard, and reports what Pagefind says.
          () => undefined,
        )
        .finally(() => {
          active -= 1;
          pump();
        });
      running.push(done);
    }
  };
  // Every shard handed over so far, including those started while waiting.
  const settled = async () => {
    let seen = 0;
    while (seen < running.length) {
      const batch = running.slice(seen);
      seen = running.length;
      await Promise.all(batch);
    }
  };
  openSearchStream({
    pagesPerShard,
    wanted: (shard) => !existsSync(storedBundle(cacheDir, shard)),
    ready: (shard) => {
      waiting.push(shard);
      pump();
    },
  });
  return {
    finish: async () => {
      closeSearchStream();
      limit = Math.max(1, threadsAfter);
      pump();
      await settled();
      await pool?.destroy();
      return stored;
    },
  };
}
