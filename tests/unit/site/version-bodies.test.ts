import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TandemError } from '../../../src/lib/errors.ts';
import { MAX_PACKS, PackIndex, packLines, packName } from '../../../src/site/packs.ts';
import { BodyStore, bodiesDir, bodyId, namedBody, readBody, versionBody, type VersionBody } from '../../../src/site/version-bodies.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tandem-bodies-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const en: VersionBody = { html: '<h2 id="h-a">A</h2><p>Hi</p>', headings: [{ depth: 2, id: 'h-a', text: 'A' }], blocks: ['## A', 'Hi'] };
const zh: VersionBody = { html: '<p>你好</p>', headings: [] };

/** A body named as where it is rendered. */
const named = (body: VersionBody) => namedBody({ ...body, blocks: body.blocks?.map((text) => ({ text })) });

/** Stores bodies as a build's run does (named where rendered, then saved), giving their names. */
async function store(dir: string, bodies: VersionBody[]): Promise<string[]> {
  const run = new BodyStore(dir);
  run.store(bodies.map(named));
  run.save();
  return bodies.map((body) => named(body).id);
}

const packs = async (dir: string) => (await readdir(dir)).filter((name) => name.endsWith('.pack')).sort();
/** The names of the bodies in each pack of the folder. */
const packed = async (dir: string) => Promise.all((await packs(dir)).map((name) => packLines(readFileSync(path.join(dir, name)), 32).map((line) => line.key)));
const body = (n: number): VersionBody => ({ html: `<p>${n}</p>`, headings: [] });
/** As many runs as it takes the folder to merge on the next, each storing one body (body(0)…); their names. */
async function fillPacks(dir: string): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < MAX_PACKS; n++) ids.push(...(await store(dir, [body(n)])));
  return ids;
}

describe('version bodies', () => {
  it('names each body by its contents and reads it back as stored', async () => {
    const ids = await store(dir, [en, zh, { ...en }]);
    expect(ids[0]).toBe(ids[2]);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids.map((id) => readBody(dir, id))).toEqual([en, zh, en]);
    expect(ids[1]).toBe(bodyId(JSON.stringify(zh)));
  });

  it('writes a run’s new bodies as one pack, and only those no pack holds yet', async () => {
    const [a = ''] = await store(dir, [en, zh]);
    const [again = '', b = ''] = await store(dir, [en, { ...en, html: '<p>Bye</p>' }]);
    expect(again).toBe(a);
    expect((await packed(dir)).map((names) => names.length).sort()).toEqual([1, 2]);
    expect((await packed(dir)).flat().sort()).toEqual([a, b, bodyId(JSON.stringify(zh))].sort());
    // A run that adds nothing writes nothing.
    await store(dir, [en]);
    expect(await packs(dir)).toHaveLength(2);
  });

  it('reports a body removed since it was stored as a typed error naming the folder', async () => {
    const [id = ''] = await store(dir, [zh]);
    await rm(dir, { recursive: true, force: true });
    expect(() => readBody(dir, id)).toThrow(TandemError);
    try {
      readBody(dir, id);
    } catch (error) {
      expect([(error as TandemError).code, (error as TandemError).params]).toEqual(['rendered-body-missing', { folder: dir }]);
    }
  });

  it('finds a body in a pack added after the folder was first read (a build while the dev server runs)', async () => {
    const [a = ''] = await store(dir, [en]);
    expect(readBody(dir, a)).toEqual(en);
    const [b = ''] = await store(dir, [zh]);
    expect(readBody(dir, b)).toEqual(zh);
  });

  it(`from ${MAX_PACKS} packs on, merges them into the run’s own pack, losing no body`, async () => {
    const ids = await fillPacks(dir);
    expect(await packs(dir)).toHaveLength(MAX_PACKS);
    const [added = ''] = await store(dir, [body(3), body(99)]).then((named) => named.slice(1));
    expect((await packed(dir)).map((names) => names.sort())).toEqual([[...ids, added].sort()]);
    const reader = new PackIndex(dir, 32);
    expect([reader.read(ids[0] ?? ''), reader.read(added)]).toEqual([JSON.stringify(body(0)), JSON.stringify(body(99))]);
    reader.close();
  });

  it('keeps every body readable when another build merges the packs a run relies on', async () => {
    const ids = await fillPacks(dir);
    const opened = new PackIndex(dir, 32);
    opened.refresh();
    const run = new BodyStore(dir);
    const [kept, added] = [named(body(3)), named(body(99))];
    run.store([kept, added]);
    // Another build, meanwhile: it merges the packs this run found kept.id in.
    const [other = ''] = await store(dir, [body(100)]);
    run.save();
    expect(await packs(dir)).toHaveLength(2);
    const fresh = new PackIndex(dir, 32);
    expect([kept.id, added.id, other, ids[0] ?? ''].map((id) => fresh.read(id) !== undefined)).toEqual([true, true, true, true]);
    // A reader that had the old packs open reads them still.
    expect(opened.read(ids[1] ?? '')).toBe(JSON.stringify(body(1)));
    opened.close();
    fresh.close();
  });

  it('lets go of the packs another run merged away, once it looks again', async () => {
    const ids = await fillPacks(dir);
    const reader = new PackIndex(dir, 32);
    reader.refresh();
    expect(reader.indexedPacks()).toHaveLength(MAX_PACKS);
    const [added = ''] = await store(dir, [body(99)]);
    // The body added is not indexed yet: reading it looks again, and finds the merged pack only.
    expect(reader.read(added)).toBe(JSON.stringify(body(99)));
    expect(reader.indexedPacks()).toEqual(await packs(dir));
    expect(reader.read(ids[0] ?? '')).toBe(JSON.stringify(body(0)));
    reader.close();
  });

  it('removes what older versions and halfway runs left, and nothing a run is writing', async () => {
    mkdirSync(path.join(dir, 'ab'));
    writeFileSync(path.join(dir, 'ab', 'ab12.json'), '{}');
    writeFileSync(path.join(dir, 'old.tmp'), 'half');
    utimesSync(path.join(dir, 'old.tmp'), new Date(2000, 0, 1), new Date(2000, 0, 1));
    writeFileSync(path.join(dir, 'now.tmp'), 'being written');
    await store(dir, [en]);
    expect((await readdir(dir)).filter((name) => !name.endsWith('.pack'))).toEqual(['now.tmp']);
  });

  it('leaves no pack behind for a run that failed before saving', async () => {
    const run = new BodyStore(dir);
    run.store([named(en)]);
    run.discard();
    expect(await readdir(dir).catch(() => [])).toEqual([]);
  });

  it('takes from a rendering what its page shows, the blocks as written', () => {
    expect(versionBody({ html: '<p>Hi</p>', headings: [], blocks: [{ text: 'Hi' }] })).toEqual({ html: '<p>Hi</p>', headings: [], blocks: ['Hi'] });
    expect(versionBody({ html: '<p>Hi</p>', headings: [] })).toEqual({ html: '<p>Hi</p>', headings: [] });
  });

  it('keeps the bodies in Astro’s cacheDir', () => {
    expect(bodiesDir(new URL('file:///site/node_modules/.astro/'))).toBe('/site/node_modules/.astro/tandem/bodies/');
  });
});

describe('packLines', () => {
  const key = 'a'.repeat(32);
  it.each([
    ['a complete line', `${key}\t{"html":"x"}\n`, [{ key, start: 33, length: 12 }]],
    ['offsets in bytes, past multi-byte text', `${key}\t"你好"\n${'b'.repeat(32)}\t1\n`, [{ key, start: 33, length: 8 }, { key: 'b'.repeat(32), start: 75, length: 1 }]],
    ['a last line without its end (skipped)', `${key}\t{}\n${'b'.repeat(32)}\t{`, [{ key, start: 33, length: 2 }]],
    ['a line in another shape (skipped)', `short\t{}\n${key}{}\n${key}\t{}\n`, [{ key, start: 77, length: 2 }]],
    ['nothing', '', []],
  ])('%s', (_, text, expected) => {
    expect(packLines(Buffer.from(text), 32)).toEqual(expected);
  });
});

describe('packName', () => {
  it('sorts packs made later after earlier ones, and never repeats', () => {
    const first = packName();
    const names = Array.from({ length: 50 }, () => packName());
    expect(new Set(names).size).toBe(50);
    expect(names.every((name) => name.split('-')[0]! >= first.split('-')[0]!)).toBe(true);
    expect(first).toMatch(/^[0-9a-z]{8}-[0-9a-f]{12}$/);
  });
});
