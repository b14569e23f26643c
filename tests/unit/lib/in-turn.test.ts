import { describe, expect, it } from 'vitest';
import { inTurn } from '../../../src/lib/in-turn.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe.each([
  [0, 3, 1],
  [5, 1, 1],
  [5, 2, 2],
  [5, 32, 5],
  [3, 0, 1],
])('inTurn over %i items, limit %i', (count, limit, most) => {
  it(`runs every item once, in order of starting, at most ${most} at a time`, async () => {
    const started: number[] = [];
    let running = 0;
    let peak = 0;
    await inTurn(Array.from({ length: count }, (_, n) => n), limit, async (n) => {
      started.push(n);
      peak = Math.max(peak, ++running);
      await tick();
      running--;
    });
    expect(started).toEqual(Array.from({ length: count }, (_, n) => n));
    expect(peak).toBeLessThanOrEqual(most);
  });
});

it('throws the first failure', async () => {
  await expect(inTurn([1, 2, 3], 2, async (n) => { if (n === 2) throw new Error('two'); })).rejects.toThrow('two');
});
