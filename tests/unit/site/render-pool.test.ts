import Tinypool from 'tinypool';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { phraseLists } from '../../../src/i18n/site-i18n.ts';
import { batches, RenderPool, renderThreads } from '../../../src/site/render-pool.ts';
import { EMBED_KINDS, renderGroup, type RenderLabels, type RenderTask } from '../../../src/site/render-task.ts';
import { ALERT_KINDS } from '../../../src/pipeline/index.ts';

const labels: RenderLabels = { footnotes: 'Notes', footnoteBack: 'Back', embed: Object.fromEntries(EMBED_KINDS.map((kind) => [kind, kind])) as RenderLabels['embed'], alert: Object.fromEntries(ALERT_KINDS.map((kind) => [kind, kind])) as RenderLabels['alert'] };
const derived = siteConfig.locales.find((locale) => locale.convert);
const conversion = derived?.convert && { convert: derived.convert, phrases: phraseLists[derived.code] ?? {}, relocateLinks: { from: '/zh/', to: '/zh-hant/' } };

/** Groups as the site sends them: a written version, and with a derived locale its conversion. */
function groups(count: number): RenderTask[][] {
  return Array.from({ length: count }, (_, n) => {
    const written: RenderTask = { markdown: `## 第${n}节\n\n我们支持“团结”[^1]，见[上文](#第${n}节)。\n\n[^1]: 注释 ${n}。`, lang: 'zh-Hans', excerptUnits: 20, labels, fingerprint: true };
    return conversion ? [written, { ...written, lang: 'zh-Hant', fingerprint: false, conversion }] : [written];
  });
}

describe('renderThreads', () => {
  it.each([
    ['auto, a large site', 'auto', 5000, 600, 4, 4],
    ['auto, enough for two', 'auto', 80, 10, 4, 2],
    ['auto, too few to be worth a thread', 'auto', 79, 10, 4, 1],
    ['asked for, capped by the CPUs', 'auto', 5000, 600, 2, 2],
    ['a number asked for', 3, 5000, 600, 2, 3],
    ['a number, never more than the batches', 8, 20, 3, 8, 3],
    ['none asked for', 0, 5000, 600, 4, 0],
  ] as const)('%s', (_name, workers, tasks, sent, cpus, threads) => {
    expect(renderThreads(workers, tasks, sent, cpus)).toBe(threads);
  });
});

describe('batches', () => {
  it.each([
    [[1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]],
    [[1, 2, 3, 4], 2, [[1, 2], [3, 4]]],
    [[1], 8, [[1]]],
    [[], 8, []],
  ])('%j in runs of %i', (items, size, expected) => {
    expect(batches(items, size)).toEqual(expected);
  });
});

describe('render pool', () => {
  it('gives each group the bytes renderGroup gives it, in order, in threads or not', async () => {
    const sent = groups(21);
    const alone = sent.map((group) => renderGroup(group));
    for (const workers of [0, 2]) {
      const pool = new RenderPool(workers, { conversions: conversion ? [conversion] : [] });
      pool.start(workers * 100);
      const done: number[] = [];
      try {
        expect(await pool.run(sent, (n, results) => done.push(n) && expect(results).toEqual(alone[n]))).toEqual(alone);
      } finally {
        await pool.close();
      }
      expect(done.sort((a, b) => a - b)).toEqual(sent.map((_, n) => n));
    }
  });

  // The pool falls back to the build's thread when a worker fails, so check the worker itself.
  it('renders a batch in a worker thread, its converters built as it starts', async () => {
    const pool = new Tinypool({ filename: new URL('../../../src/site/render-worker.ts', import.meta.url).href, minThreads: 1, maxThreads: 1, workerData: { conversions: conversion ? [conversion] : [] } });
    try {
      const sent = groups(3);
      expect(await pool.run(sent)).toEqual(sent.map((group) => renderGroup(group)));
    } finally {
      await pool.destroy();
    }
  });
});
