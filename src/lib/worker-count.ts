/**
 * How many worker threads TANDEM_WORKERS asks for, read the same way by the build's render
 * pool and by `tandem status`.
 * @module
 */
import os from 'node:os';
import { TandemError } from './errors.ts';

/**
 * The most threads TANDEM_WORKERS may ask for: each loads the whole pipeline (tens of MB), so
 * beyond a few per CPU more only costs memory, and a slip like 1000 would take the machine's.
 * @example maxWorkers(2) // 64
 * @example maxWorkers(32) // 128
 */
export function maxWorkers(cpus = os.availableParallelism()): number {
  return Math.max(64, 4 * cpus);
}

/**
 * How many worker threads to use, as TANDEM_WORKERS says: a number up to
 * {@link maxWorkers} (0 or 1: the work stays in the process's own thread), or, unset, 'auto': one per CPU the
 * process may use, when there is enough work to be worth starting them.
 * @example workerCount('3') // 3
 * @example workerCount(undefined) // 'auto'
 */
export function workerCount(requested: string | undefined): number | 'auto' {
  if (requested === undefined || requested === '') return 'auto';
  const count = Number(requested);
  const max = maxWorkers();
  if (!Number.isInteger(count) || count < 0 || count > max) {
    throw new TandemError('render-workers', { value: requested, max });
  }
  return count;
}
