import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_PACKS } from '../../../src/site/packs.ts';
import { readPack, RenderCache } from '../../../src/site/render-cache.ts';
import type { RenderResult } from '../../../src/site/render-task.ts';

let dir: string;
beforeEach(async () => {
  dir = path.join(await mkdtemp(path.join(tmpdir(), 'tandem-render-cache-')), 'render');
});
afterEach(() => rm(path.dirname(dir), { recursive: true, force: true }));

const key = (n: number) => n.toString(16).padStart(64, '0');
const result = (n: number): RenderResult => ({ html: `<p>${n}\n</p>`, excerptHtml: '', excerptTruncated: false, headings: [], units: n, anchors: [], duplicateIds: [], links: [], images: [], refused: [], undefinedLabels: [], lostText: [], bodyId: `body-${n}` });
const packs = async () => (await readdir(dir)).filter((name) => name.endsWith('.pack'));

describe('readPack', () => {
  it.each([
    ['one entry', `${key(1)}\t{"a":1}\n`, [[key(1), ['{"a":1}']]]],
    ['a key twice, both kept in order', `${key(1)}\t{"a":1\n${key(1)}\t{"a":2}\n`, [[key(1), ['{"a":1', '{"a":2}']]]],
    ['a line cut before its tab, skipped', `${key(1)}\t{"a":1}\n${key(2).slice(0, 30)}`, [[key(1), ['{"a":1}']]]],
    ['nothing', '', []],
  ])('%s', (_name, text, entries) => {
    expect([...readPack(Buffer.from(text))]).toEqual(entries);
  });
});

describe('render cache', () => {
  it('gives back what a run stored, in one pack per run that rendered something', async () => {
    const first = new RenderCache(dir);
    expect(first.isEmpty()).toBe(true);
    for (const n of [1, 2, 3]) first.set(key(n), result(n));
    first.save();
    const second = new RenderCache(dir);
    expect(second.isEmpty()).toBe(false);
    expect([1, 2, 3, 4].map((n) => second.get(key(n)))).toEqual([result(1), result(2), result(3), undefined]);
    second.save();
    expect(await packs()).toHaveLength(1);
  });

  it('renders a damaged entry again, and reads the good one stored after it', async () => {
    const first = new RenderCache(dir);
    first.set(key(1), result(1));
    first.set(key(2), result(2));
    first.save();
    const [pack = ''] = await packs();
    const text = await readFile(path.join(dir, pack), 'utf8');
    await writeFile(path.join(dir, pack), text.replace(/\t\{"html":"<p>1[^\n]*/, '\t{"html":"<p>1'));
    const second = new RenderCache(dir);
    expect(second.get(key(1))).toBeUndefined();
    expect(second.get(key(2))).toEqual(result(2));
    second.set(key(1), result(1));
    second.save();
    expect(new RenderCache(dir).get(key(1))).toEqual(result(1));
  });

  it(`merges more than ${MAX_PACKS} packs into one holding what the last run used and rendered`, async () => {
    for (let n = 1; n <= MAX_PACKS; n++) {
      const run = new RenderCache(dir);
      run.set(key(n), result(n));
      run.save();
    }
    expect(await packs()).toHaveLength(MAX_PACKS);
    const last = new RenderCache(dir);
    expect(last.get(key(2))).toEqual(result(2));
    last.set(key(100), result(100));
    last.save();
    expect(await packs()).toHaveLength(1);
    const after = new RenderCache(dir);
    expect([1, 2, 100].map((n) => after.get(key(n)))).toEqual([undefined, result(2), result(100)]);
  });

  it('keeps both packs of two runs saving at once', async () => {
    const runs = [new RenderCache(dir), new RenderCache(dir)];
    runs.forEach((run, n) => run.set(key(n), result(n)));
    runs.forEach((run) => run.save());
    const after = new RenderCache(dir);
    expect([0, 1].map((n) => after.get(key(n)))).toEqual([result(0), result(1)]);
  });
});
