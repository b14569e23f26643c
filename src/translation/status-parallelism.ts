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

/**
 * Whether a run that knows no post of `root` should start its threads: more than one, and posts enough to pay for them.
 * @example threadsPay('/site', { threads: 2, minPosts: 3000 }) // true with 10,000 post folders
 */
export function threadsPay(root: string, { threads, minPosts }: Parallelism): boolean {
  return threads >= 2 && postFolderCount(root) >= minPosts;
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
  if (early.has(root) || existsSync(cacheFile) || !threadsPay(root, parallelism)) return;
  early.set(root, startPool(parallelism.threads));
}

/** The threads startThreadsEarly started for `root`, once (undefined when none were). */
export function takeEarlyThreads(root: string): Promise<StatusPool> | undefined {
  const started = early.get(root);
  early.delete(root);
  return started;
}
