import { expect, it } from 'vitest';
import { TandemError } from '../../../src/lib/errors.ts';
import { maxWorkers, workerCount } from '../../../src/lib/worker-count.ts';

it.each([
  [undefined, 'auto'],
  ['', 'auto'],
  ['0', 0],
  ['1', 1],
  ['3', 3],
])('workerCount(%j) is %j', (value, expected) => {
  expect(workerCount(value)).toBe(expected);
});

it.each(['-1', '1.5', 'two', 'auto', String(maxWorkers() + 1), '1000'])('workerCount(%j) is refused with a typed error', (value) => {
  expect(() => workerCount(value)).toThrow(TandemError);
  expect(() => workerCount(value)).toThrow(expect.objectContaining({ code: 'render-workers', params: { value, max: maxWorkers() } }));
});

it('allows as many threads as maxWorkers, which is at least 64 and 4 per CPU', () => {
  expect(workerCount(String(maxWorkers()))).toBe(maxWorkers());
  expect([1, 2, 16, 32, 64].map((cpus) => maxWorkers(cpus))).toEqual([64, 64, 64, 128, 256]);
});
