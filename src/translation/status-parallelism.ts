/**
 * How many threads a status run computes the posts it does not know with (status-pool.ts), and starting them.
 * @module
 */
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { POSTS_FOLDER } from '../content/content-files.ts';
import { workerCount } from '../lib/worker-count.ts';
import type { StatusPool } from './status-pool.ts';

/** How many threads may compute the posts a run does not know, and from how many posts on that pays for starting them. */
export interface Parallelism {
  threads: number;
  minPosts: number;
}

// Measured cold on 2 cores, the machine's other load held off (chrt), one worker against none: 1,000 posts 0.86 s against
// 0.78 s wall (CPU 1.5 against 0.95 s); 2,000 posts 1.15 against 1.18 s (CPU 2.0 against 1.45 s); 10,000 posts 3.1 against
// 3.7 s (CPU 5.3 against 4.4 s). Starting a worker and warming it up is the fixed cost; below ~3,000 posts it does not pay.
const MIN_POSTS = 3000;

/**
 * How many threads read and compute posts, as TANDEM_WORKERS says (as for the
 * build's render workers): unset, every CPU the process may use, for enough
 * posts to be worth it; a number, that many whatever the count (0 or 1: the
 * CLI's own thread only). Throws a TandemError for anything else.
 * @example statusParallelism('1') // { threads: 1, minPosts: 0 }
 * @example statusParallelism(undefined) // { threads: os.availableParallelism(), minPosts: 3000 }
 */
export function statusParallelism(requested: string | undefined): Parallelism {
  const count = workerCount(requested);
  return count === 'auto' ? { threads: os.availableParallelism(), minPosts: MIN_POSTS } : { threads: count, minPosts: 0 };
}

// Small enough that the threads finish close together, large enough that taking one costs nothing next to computing it.
/** Posts in each shard the threads take in turn (status-pool.ts). */
export const SHARD_POSTS = 32;

/**
 * How many threads compute `posts` posts: as many as asked, but never more than there are
 * shards for them to take, and the CLI's own thread alone below `minPosts`.
 * @example threadsFor(10_000, { threads: 2, minPosts: 3000 }) // 2
 * @example threadsFor(18, { threads: 64, minPosts: 0 }) // 1
 * @example threadsFor(48, { threads: 3, minPosts: 0 }) // 2
 */
export function threadsFor(posts: number, { threads, minPosts }: Parallelism): number {
  return posts >= minPosts ? Math.max(1, Math.min(threads, Math.ceil(posts / SHARD_POSTS))) : 1;
}

/**
 * How many threads a run that knows no post of `root` would compute its posts on (threadsFor its post folders).
 * @example threadsForRoot('/site', { threads: 2, minPosts: 3000 }) // 2 with 10,000 post folders
 */
export function threadsForRoot(root: string, parallelism: Parallelism): number {
  return threadsFor(postFolderCount(root), parallelism);
}

// The entries of content/posts: as many as the posts, unless they are grouped in folders.
function postFolderCount(root: string): number {
  try {
    return readdirSync(path.join(root, POSTS_FOLDER)).length;
  } catch {
    return 0;
  }
}


/** Starts a pool of `threads` status threads (the pool's code is loaded only then). */
export function startPool(threads: number): Promise<StatusPool> {
  return import('./status-pool.ts').then(({ StatusPool }) => new StatusPool(threads));
}

// Threads started by startThreadsEarly, by project folder, until a run of that folder takes them.
const early = new Map<string, Promise<StatusPool>>();

/**
 * Starts the threads of a status run before the CLI has loaded its code (see
 * CommandSpec.early), when `root` has no post cache yet (`cacheFile`: a fresh checkout)
 * and posts enough: they load their code meanwhile, and the run's PostCache takes them
 * (takeEarlyThreads). Idle, they do not keep the process alive.
 * @example startThreadsEarly('/site', statusParallelism(undefined), postCacheFile('/site')) // 1 worker started on 2 cores, for 10,000 posts
 */
export function startThreadsEarly(root: string, parallelism: Parallelism, cacheFile: string): void {
  if (early.has(root) || existsSync(cacheFile)) return;
  const threads = threadsForRoot(root, parallelism);
  if (threads >= 2) early.set(root, startPool(threads));
}

/** The threads startThreadsEarly started for `root`, once (undefined when none were). */
export function takeEarlyThreads(root: string): Promise<StatusPool> | undefined {
  const started = early.get(root);
  early.delete(root);
  return started;
}
