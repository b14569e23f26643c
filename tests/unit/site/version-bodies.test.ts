import { statSync, utimesSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TandemError } from '../../../src/lib/errors.ts';
import { BodyStore, bodiesDir, bodyId, namedBody, readBody, versionBody, type VersionBody } from '../../../src/site/version-bodies.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tandem-bodies-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const en: VersionBody = { html: '<h2 id="h-a">A</h2><p>Hi</p>', headings: [{ depth: 2, id: 'h-a', text: 'A' }], blocks: ['## A', 'Hi'] };
const zh: VersionBody = { html: '<p>你好</p>', headings: [] };

/** Stores bodies as a build does (named where rendered), giving their names. */
async function store(dir: string, bodies: VersionBody[]): Promise<string[]> {
  const named = bodies.map((body) => namedBody({ ...body, blocks: body.blocks?.map((text) => ({ text })) }));
  new BodyStore(dir).store(named);
  return named.map((item) => item.id);
}

describe('version bodies', () => {
  it('names each body by its contents and reads it back as stored', async () => {
    const ids = await store(dir, [en, zh, { ...en }]);
    expect(ids[0]).toBe(ids[2]);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids.map((id) => readBody(dir, id))).toEqual([en, zh, en]);
    expect(ids[1]).toBe(bodyId(JSON.stringify(zh)));
  });

  it('leaves a body already stored as it is (builds running at once share them)', async () => {
    const [id = ''] = await store(dir, [en]);
    const [shard = ''] = await readdir(dir);
    const file = path.join(dir, shard, `${id}.json`);
    utimesSync(file, new Date(2000, 0, 1), new Date(2000, 0, 1));
    await store(dir, [en, zh]);
    expect(statSync(file).mtime.getFullYear()).toBe(2000);
  });

  it('reports a body removed since it was stored as a typed error naming the file', async () => {
    const [id = ''] = await store(dir, [zh]);
    await rm(dir, { recursive: true, force: true });
    expect(() => readBody(dir, id)).toThrow(TandemError);
    try {
      readBody(dir, id);
    } catch (error) {
      expect([(error as TandemError).code, (error as TandemError).location?.file]).toEqual(['rendered-body-missing', path.join(dir, id.slice(0, 2), `${id}.json`)]);
    }
  });

  it('takes from a rendering what its page shows, the blocks as written', () => {
    expect(versionBody({ html: '<p>Hi</p>', headings: [], blocks: [{ text: 'Hi' }] })).toEqual({ html: '<p>Hi</p>', headings: [], blocks: ['Hi'] });
    expect(versionBody({ html: '<p>Hi</p>', headings: [] })).toEqual({ html: '<p>Hi</p>', headings: [] });
  });

  it('keeps the bodies in Astro’s cacheDir', () => {
    expect(bodiesDir(new URL('file:///site/node_modules/.astro/'))).toBe('/site/node_modules/.astro/tandem/bodies/');
  });
});
