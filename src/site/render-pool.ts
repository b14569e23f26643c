/**
 * Renders many versions, in worker threads when there are enough to be worth
 * starting them. Results are the same bytes either way: every task is plain
 * data through the same renderTask (tests/unit/site/render-pool.test.ts).
 * @module
 */
import os from 'node:os';
import Tinypool from 'tinypool';
import { renderGroup, type RenderResult, type RenderTask } from './render-task.ts';

// Starting a worker loads the whole pipeline (~0.2 s of CPU); fewer tasks than this render faster in-process.
const MIN_TASKS_PER_WORKER = 40;
// A worker's heap: V8 otherwise lets each grow to several hundred MB of garbage over a large
// site before collecting, which is what set the build's peak memory. A document that needs more
// (megabytes of Markdown) stops its worker, and is rendered in the build's thread instead.
const WORKER_HEAP_MB = 192;
// Its young generation: left to V8, each worker's is 128 MB, most of it garbage between scavenges.
// At 32 MB a worker's whole heap is ~110 MB rather than ~220 MB (2,000 posts: the content phase's
// peak RSS 1.24 → 0.95 GB with two workers); the time per document did not change measurably (5.2–6.1 ms either way).
const WORKER_YOUNG_MB = 32;

/**
 * Renders groups of tasks (each group sharing one Markdown text, see renderGroup) with
 * `workers` threads (see lib/worker-count.ts), results in order. The threads start with the first batch worth them and serve every later
 * batch until {@link RenderPool.close}: each one loads the whole pipeline (and a
 * derived locale's dictionaries) once.
 */
export class RenderPool {
  private readonly workers: number | 'auto';
  private pool: Tinypool | undefined;

  constructor(workers: number | 'auto') {
    this.workers = workers;
  }

  /**
   * `done` is called with each group's results as soon as they are made (in no set
   * order), so what the caller does with them overlaps the rendering of the rest.
   */
  async run(groups: readonly (readonly RenderTask[])[], done?: (group: number, results: RenderResult[]) => unknown): Promise<RenderResult[][]> {
    const tasks = groups.reduce((sum, group) => sum + group.length, 0);
    const threads = this.workers === 'auto' ? Math.min(os.availableParallelism(), Math.floor(tasks / MIN_TASKS_PER_WORKER)) : Math.min(this.workers, groups.length);
    const made = (n: number, results: RenderResult[]) => {
      done?.(n, results);
      return results;
    };
    if (!this.pool && threads <= 1) return groups.map((group, n) => made(n, renderGroup(group)));
    this.pool ??= new Tinypool({ filename: new URL('./render-worker.ts', import.meta.url).href, minThreads: threads, maxThreads: threads, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    const pool = this.pool;
    return Promise.all(groups.map(async (group, n) => made(n, await (pool.run(group) as Promise<RenderResult[]>).catch(() => renderGroup(group)))));
  }

  /** Stops the threads, if any were started. */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }
}
