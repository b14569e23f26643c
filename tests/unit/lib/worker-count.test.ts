import { expect, it } from 'vitest';
import { TandemError } from '../../../src/lib/errors.ts';
import { workerCount } from '../../../src/lib/worker-count.ts';

it.each([
  [undefined, 'auto'],
  ['', 'auto'],
  ['0', 0],
  ['1', 1],
  ['3', 3],
])('workerCount(%j) is %j', (value, expected) => {
  expect(workerCount(value)).toBe(expected);
});

it.each(['-1', '1.5', 'two', 'auto'])('workerCount(%j) is refused with a typed error', (value) => {
  expect(() => workerCount(value)).toThrow(TandemError);
  expect(() => workerCount(value)).toThrow(expect.objectContaining({ code: 'render-workers', params: { value } }));
});
