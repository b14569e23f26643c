/**
 * Renders many versions, in worker threads when there are enough to be worth
 * starting them. Results are the same bytes either way: every task is plain
 * data through the same renderTask (tests/unit/site/loader.test.ts).
 * @module
 */
import os from 'node:os';
import Tinypool from 'tinypool';
import { renderGroup, type RenderResult, type RenderTask } from './render-task.ts';
import type { WorkerSetup } from './render-worker.ts';

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
// Groups sent to a worker in one message: each message costs a round trip through the build's
// thread and the pool's bookkeeping, which one group (~3 ms of rendering) at a time made a
// tenth of a worker's time. Small enough that the last batches still share out evenly.
const GROUPS_PER_BATCH = 8;
// Batches sent to each worker at once: some waiting while it renders another, enough for the time the build's
// thread spends rendering a batch of its own and storing results before it sends more.
const BATCHES_PER_WORKER = 4;

/**
 * How many threads render `tasks` versions, the build's own included: `workers` as asked (never
 * more than there are batches), or with 'auto' one per CPU, each with at least MIN_TASKS_PER_WORKER tasks.
 * @example renderThreads('auto', 5000, 4) // 4 on a 4-CPU machine
 * @example renderThreads('auto', 50, 4) // 1: rendered in the build's thread
 * @example renderThreads(3, 5000, 2) // 2
 */
export function renderThreads(workers: number | 'auto', tasks: number, batches: number, cpus = os.availableParallelism()): number {
  return workers === 'auto' ? Math.min(cpus, Math.floor(tasks / MIN_TASKS_PER_WORKER)) : Math.min(workers, batches);
}

/**
 * Consecutive runs of `size` items (the last may be shorter).
 * @example batches([1, 2, 3, 4, 5], 2) // [[1, 2], [3, 4], [5]]
 */
export function batches<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, n) => items.slice(n * size, (n + 1) * size));
}

/**
 * Renders groups of tasks (each group sharing one Markdown text, see renderGroup) with
 * `workers` threads (see lib/worker-count.ts): the build's own thread, and worker threads
 * for the rest; results in order. The workers start with the first batch worth them, or
 * earlier with {@link RenderPool.start}, and serve every later batch until
 * {@link RenderPool.close}: each one loads the whole pipeline (and a derived locale's
 * converter, see WorkerSetup) once.
 */
export class RenderPool {
  private readonly workers: number | 'auto';
  private readonly setup: WorkerSetup;
  private pool: Tinypool | undefined;

  constructor(workers: number | 'auto', setup: WorkerSetup = { conversions: [] }) {
    this.workers = workers;
    this.setup = setup;
  }

  /**
   * Starts the threads now if `tasks` versions would be worth them, so that they load the
   * pipeline while the build's thread is still reading the content.
   */
  start(tasks: number): void {
    const threads = renderThreads(this.workers, tasks, Math.ceil(tasks / GROUPS_PER_BATCH));
    if (threads > 1) this.threads(threads);
  }

  // `threads` render: the build's own thread and as many workers as it takes besides.
  private threads(threads: number): { pool: Tinypool; workers: number } {
    this.pool ??= new Tinypool({
      filename: new URL('./render-worker.ts', import.meta.url).href,
      minThreads: threads - 1,
      maxThreads: threads - 1,
      concurrentTasksPerWorker: BATCHES_PER_WORKER,
      workerData: this.setup,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
    return { pool: this.pool, workers: this.pool.options.maxThreads };
  }

  /**
   * `done` is called with each group's results as soon as they are made (in no set
   * order), so what the caller does with them overlaps the rendering of the rest.
   */
  async run(groups: readonly (readonly RenderTask[])[], done?: (group: number, results: RenderResult[]) => unknown): Promise<RenderResult[][]> {
    const tasks = groups.reduce((sum, group) => sum + group.length, 0);
    const sent = batches(
      groups.map((group, n) => ({ group, n })),
      GROUPS_PER_BATCH,
    );
    const threads = renderThreads(this.workers, tasks, sent.length);
    const results: RenderResult[][] = [];
    const made = (batch: readonly { group: readonly RenderTask[]; n: number }[], rendered = batch.map(({ group }) => renderGroup(group))) => {
      for (const [k, { n }] of batch.entries()) {
        const group = rendered[k] ?? [];
        results[n] = group;
        done?.(n, group);
      }
    };
    if (!this.pool && threads <= 1) {
      for (const batch of sent) made(batch);
      return results;
    }
    const { pool, workers } = this.threads(threads);
    let next = 0;
    // Each worker has BATCHES_PER_WORKER batches sent to it at any time, so it never waits for the build's thread to send more.
    const lane = async () => {
      for (let batch = sent[next++]; batch; batch = sent[next++]) {
        const list = batch.map(({ group }) => group);
        made(batch, await (pool.run(list) as Promise<RenderResult[][]>).catch(() => list.map((group) => renderGroup(group))));
      }
    };
    // The build's thread renders batches too, between taking in the workers' results (and storing them, see
    // render-versions.ts), rather than wait idle: one worker fewer to start and load the pipeline into.
    const here = async () => {
      for (let batch = sent[next++]; batch; batch = sent[next++]) {
        made(batch);
        await new Promise((resume) => setImmediate(resume));
      }
    };
    await Promise.all([...Array.from({ length: workers * BATCHES_PER_WORKER }, lane), here()]);
    return results;
  }

  /** Stops the threads, if any were started. */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }
}
