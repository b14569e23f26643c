/**
 * Computing the posts a status run does not know on every core: the folders
 * are dealt out in small shards to worker threads and to the CLI's own thread,
 * each taking the next shard when done, so a slow or late-starting thread
 * takes fewer. The records are the same whichever thread computes them (every
 * shard is plain data through computeShard), and their order is set afterwards
 * by the reader, as for posts known from an earlier run.
 * @module
 */
import Tinypool from 'tinypool';
import { computeShard, type StatusShard } from './status-shard.ts';
import type { ShardPost } from './post-cache.ts';

const turn = () => new Promise((resolve) => setImmediate(resolve));

// Small enough that the CLI's thread, which computes shards between tending the workers, hands the next one out promptly.
const SHARD_POSTS = 64;

/**
 * The computed posts of `folders` (each absolute, with its listing key), on
 * `threads` threads: the calling one and `threads - 1` workers.
 * @example await computeInParallel({ root, config, tags }, [[dir, listingKey(entries)]], 2) // [{ post: { slug, dir, records, … }, json }]
 */
export async function computeInParallel(base: Omit<StatusShard, 'folders'>, folders: StatusShard['folders'], threads: number): Promise<ShardPost[]> {
  const shards: StatusShard[] = [];
  for (let k = 0; k < folders.length; k += SHARD_POSTS) shards.push({ ...base, folders: folders.slice(k, k + SHARD_POSTS) });
  const workers = Math.max(0, threads - 1);
  // Two shards in flight per worker, so that each has the next at hand while this thread is busy with its own.
  const pool = workers > 0 ? new Tinypool({ filename: new URL('./status-worker.ts', import.meta.url).href, minThreads: workers, maxThreads: workers, concurrentTasksPerWorker: 2 }) : undefined;
  const results: ShardPost[][] = [];
  let next = 0;
  const take = () => shards[next++];
  const inWorker = async () => {
    // A worker that fails (out of memory, say) leaves its shard to this thread.
    for (let shard = take(); shard; shard = take()) results.push(await (pool?.run(shard) as Promise<ShardPost[]>).catch(() => computeShard(shard as StatusShard)));
  };
  const here = async () => {
    // Reading is synchronous and so, in effect, is computing: without a turn of the event loop between shards, the workers' answers would wait for the last one.
    for (let shard = take(); shard; await turn(), shard = take()) results.push(await computeShard(shard));
  };
  try {
    await Promise.all([...Array.from({ length: workers * 2 }, inWorker), here()]);
  } finally {
    await pool?.destroy();
  }
  return results.flat();
}
