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
import type { StatusShard } from './status-shard.ts';
import type { ShardPost } from './computed-post.ts';

// Small enough that the CLI's thread, which computes shards between tending the workers, hands the next one out promptly.
const SHARD_POSTS = 64;

const turn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Worker threads for computing status shards, started on construction (so that
 * they load their code while the CLI lists the folders), `threads - 1` of them:
 * the CLI's own thread computes shards too.
 */
export class StatusPool {
  private readonly workers: number;
  private readonly pool: Tinypool | undefined;
  // Rejected when a worker stops outside a task (it could not load its code, say): tinypool would leave the shards queued for it unanswered.
  private readonly failed: Promise<never>;

  /** `worker`: the module the threads run (status-worker.ts; another only in tests). */
  constructor(threads: number, worker = new URL('./status-worker.ts', import.meta.url)) {
    this.workers = Math.max(0, threads - 1);
    // Two shards in flight per worker, so that each has the next at hand while the CLI's thread is busy with its own.
    this.pool = this.workers > 0 ? new Tinypool({ filename: worker.href, minThreads: this.workers, maxThreads: this.workers, concurrentTasksPerWorker: 2 }) : undefined;
    let fail: (error: unknown) => void = () => {};
    this.failed = new Promise<never>((_, reject) => (fail = reject));
    this.failed.catch(() => {});
    this.pool?.on('error', (error: unknown) => fail(error));
  }

  /**
   * The computed posts of `folders` (each absolute, with its listing key), in no particular order.
   * @example await new StatusPool(2).compute({ root, config, tags }, [[dir, listingKey(entries)]]) // [{ post: { slug, dir, records, … }, json }]
   */
  async compute(base: Omit<StatusShard, 'folders'>, folders: StatusShard['folders']): Promise<ShardPost[]> {
    const { computeShard } = await import('./status-shard.ts');
    const shards: StatusShard[] = [];
    for (let k = 0; k < folders.length; k += SHARD_POSTS) shards.push({ ...base, folders: folders.slice(k, k + SHARD_POSTS) });
    const results: ShardPost[][] = [];
    let next = 0;
    const take = () => shards[next++];
    const pool = this.pool;
    const inWorker = async (worker: Tinypool) => {
      // A worker that fails (out of memory, unable to start) leaves its shards to this thread.
      for (let shard = take(); shard; shard = take()) results.push(await Promise.race([worker.run(shard) as Promise<ShardPost[]>, this.failed]).catch(() => computeShard(shard as StatusShard)));
    };
    const here = async () => {
      // Reading is synchronous and so, in effect, is computing: without a turn of the event loop between shards, the workers' answers would wait for the last one.
      for (let shard = take(); shard; await turn(), shard = take()) results.push(await computeShard(shard));
    };
    await Promise.all([...(pool ? Array.from({ length: this.workers * 2 }, () => inWorker(pool)) : []), here()]);
    return results.flat();
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}
