import { describe, expect, it } from 'vitest';
import { routeTimes } from '../../bench/measure.ts';

const lines = (...texts: string[]) => texts.map((text, n) => ({ at: n, text }));

describe('routeTimes', () => {
  const log = lines('  ├─ /en/posts/a/index.html (+40ms) ', '  ├─ /zh/posts/a/index.html (+40ms) ', '  ├─ /en/2/index.html (+20ms) ', '  ├─ /en/posts/b/index.html (cached)');
  it.each([
    ['one page at a time (logged times within the phase)', 200, { 'post pages': { pages: 2, ms: 80 }, 'home pages (paginated)': { pages: 1, ms: 20 }, 'post pages, copied': { pages: 1, ms: 0 } }],
    ['pages generated together (logged times overlap): scaled to the phase', 50, { 'post pages': { pages: 2, ms: 40 }, 'home pages (paginated)': { pages: 1, ms: 10 }, 'post pages, copied': { pages: 1, ms: 0 } }],
    ['no phase known', undefined, { 'post pages': { pages: 2, ms: 80 }, 'home pages (paginated)': { pages: 1, ms: 20 }, 'post pages, copied': { pages: 1, ms: 0 } }],
  ])('%s', (_, phase, expected) => {
    expect(routeTimes(log, phase)).toEqual(expected);
  });
});
