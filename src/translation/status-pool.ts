/**
 * Computing the posts a status run does not know on every core: the folders
 * are cut into small shards, and every thread (worker threads and the CLI's
 * own) takes the next shard from one shared counter until none is left, so a
 * thread that starts late or runs slow takes fewer, and no thread waits for
 * another to hand it work. The records are the same whichever thread computes
 * them (every shard is plain data through computeShard), and their order is set
 * afterwards by the reader, as for posts known from an earlier run.
 * @module
 */
import module from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { SHARD_POSTS } from './status-parallelism.ts';
import type { ComputedShard, StatusShard } from './status-shard.ts';


/** What a worker is sent: every folder, and the counter of shards taken, shared by all threads. */
export interface StatusJob extends StatusShard {
  shardSize: number;
  next: Int32Array;
}

/** What a worker answers for each shard it computed (by index), and, once none is left, `done`. */
export type StatusAnswer = [shard: number, computed: ComputedShard] | 'done';

const turn = () => new Promise((resolve) => setImmediate(resolve));

// A worker, and when it stopped (or failed).
interface Thread {
  worker: Worker;
  stopped: Promise<void>;
}

/**
 * Worker threads for computing status shards, started on construction (so that
 * they load their code while the CLI reads what it needs first), `threads - 1` of
 * them: the CLI's own thread computes shards too.
 */
export class StatusPool {
  private readonly workers: Thread[];

  /** `worker`: the module the threads run (status-worker.ts; another only in tests). */
  constructor(threads: number, worker = new URL('./status-worker.ts', import.meta.url)) {
    this.workers = Array.from({ length: Math.max(0, threads - 1) }, () => {
      // The CLI's compile cache (see bin.js) handed down, so that even the worker's first module, loaded before it could
      // turn one on itself, is read from it: no TypeScript stripper loaded and run per thread (~50 ms).
      // NODE_COMPILE_CACHE names the folder Node keeps a subfolder per Node version in, as the CLI's own is.
      const cache = module.getCompileCacheDir?.();
      const thread = new Worker(worker, cache === undefined ? undefined : { env: { ...process.env, NODE_COMPILE_CACHE: path.dirname(cache) } });
      // Until given work (see compute): a pool started early that is never used must not keep the process alive.
      thread.unref();
      // A worker that fails (it cannot load its code, say) only leaves its shards to the others: its error is not the run's.
      const stopped = new Promise<void>((resolve) => {
        thread.on('error', () => resolve());
        thread.once('exit', () => resolve());
      });
      return { worker: thread, stopped };
    });
  }

  /**
   * The shards of `folders` (each absolute, with its listing key, or none to list it), computed: every folder that could be listed, with its post if it read without problems, in no particular order.
   * @example await new StatusPool(2).compute({ root, config, tags }, [[dir, listingKey(entries)]]) // [{ folders: [{ dir, listing, post: { post: { slug, dir, records, … }, entry } }], entries }]
   */
  async compute(base: Omit<StatusShard, 'folders'>, folders: StatusShard['folders']): Promise<ComputedShard[]> {
    const { computeShard, nthShard } = await import('./status-shard.ts');
    const count = Math.ceil(folders.length / SHARD_POSTS);
    const next = new Int32Array(new SharedArrayBuffer(4));
    const job: StatusJob = { ...base, folders, shardSize: SHARD_POSTS, next };
    const done = new Map<number, ComputedShard>();
    for (const { worker } of this.workers) worker.ref();
    const answers = this.workers.map((worker) => answersOf(worker, job, done));
    const shard = (k: number) => computeShard(nthShard({ ...base, folders }, k, SHARD_POSTS));
    for (let k = Atomics.add(next, 0, 1); k < count; k = Atomics.add(next, 0, 1)) {
      done.set(k, await shard(k));
      // A turn of the event loop after each shard takes in the workers' answers as they come, rather than all of them at the end.
      await turn();
    }
    await Promise.all(answers);
    // The shards a failing worker took (one that could not start or ran out of memory) are left to this thread.
    for (let k = 0; k < count; k++) if (!done.has(k)) done.set(k, await shard(k));
    return [...done.values()];
  }

  /** Stops the workers still running (they stop by themselves once they have answered). */
  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}

// Sends `job` to a worker and puts its answers into `done`, until it has none left, fails or stops.
function answersOf({ worker, stopped }: Thread, job: StatusJob, done: Map<number, ComputedShard>): Promise<void> {
  const finished = new Promise<void>((resolve) => {
    worker.on('message', (answer: StatusAnswer) => {
      if (answer === 'done') resolve();
      else done.set(answer[0], answer[1]);
    });
  });
  worker.postMessage(job);
  return Promise.race([finished, stopped]);
}
