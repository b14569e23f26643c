/**
 * How many worker threads TANDEM_WORKERS asks for, read the same way by the build's render
 * pool and by `tandem status`.
 * @module
 */
import { TandemError } from './errors.ts';

/**
 * How many worker threads to use, as TANDEM_WORKERS says: a number (0 or 1: the
 * work stays in the process's own thread), or, unset, 'auto': one per CPU the
 * process may use, when there is enough work to be worth starting them.
 * @example workerCount('3') // 3
 * @example workerCount(undefined) // 'auto'
 */
export function workerCount(requested: string | undefined): number | 'auto' {
  if (requested === undefined || requested === '') return 'auto';
  const count = Number(requested);
  if (!Number.isInteger(count) || count < 0) {
    throw new TandemError('render-workers', { value: requested });
  }
  return count;
}
