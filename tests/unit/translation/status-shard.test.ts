import { mkdtemp, rm } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TandemError } from '../../../src/lib/errors.ts';
import { siteConfig } from '../../../src/config/site.ts';
import { findPostDirs } from '../../../src/content/content-files.ts';
import { readContent } from '../../../src/content/read-content.ts';
import { listingKey, type ListedEntry } from '../../../src/lib/file-stamp.ts';
import { computeStatuses } from '../../../src/translation/compute.ts';
import { markDone } from '../../../src/translation/index.ts';
import { statusParallelism, threadsFor } from '../../../src/translation/status-parallelism.ts';
import { recordText } from '../../../src/translation/records-json.ts';
import { StatusPool } from '../../../src/translation/status-pool.ts';
import { computeShard, nthShard, type ComputedShard, type StatusShard } from '../../../src/translation/status-shard.ts';
import { generateCorpus } from '../../bench/corpus.ts';

// Posts computed apart (in a worker or between its messages) must be kept exactly as the CLI's own thread keeps them.
let root: string;
let shard: StatusShard;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'tandem-status-shard-'));
  await generateCorpus({ root, posts: 40, seed: 7, library: { readContent, markDone, siteConfig } });
  const listing = new Map<string, ListedEntry[]>();
  const dirs = await findPostDirs(root, [], listing);
  const { tags } = (await readContent({ root, config: siteConfig })).content;
  shard = { root, config: siteConfig, tags, folders: dirs.map((dir) => [dir, listingKey(listing.get(dir) ?? [])] as const) };
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

// Each folder of computed shards, with its post and its cache entry as the PostCache will read it back, by folder.
const byDir = (...shards: ComputedShard[]) =>
  shards
    .flatMap(({ folders, entries }) =>
      folders.map(({ post, ...folder }) => {
        const text = post && Buffer.from(entries.subarray(...post.entry)).toString('latin1');
        return { ...folder, post: post?.post, text, stored: text === undefined ? undefined : (JSON.parse(`{${text}}`) as Record<string, Record<string, unknown>>) };
      }),
    )
    .sort((a, b) => a.dir.localeCompare(b.dir));
const postsOf = (...shards: ComputedShard[]) => byDir(...shards).filter((folder) => folder.post);

describe('computeShard', () => {
  it('keeps each post with the records computeStatuses gives it, and every file read for it, serialised as ASCII', async () => {
    const computed = postsOf(await computeShard(shard));
    expect(computed).toHaveLength(40);
    const records = await computeStatuses({ root, config: siteConfig });
    for (const { post, text, stored, listing } of computed) {
      if (!post || !stored) throw new Error('no post');
      const entry = stored[post.dir] ?? {};
      expect(Object.keys(stored)).toEqual([post.dir]);
      expect(entry).toEqual({ ...post, listing, files: entry.files });
      expect(/^[\x00-\x7e]*$/.test(text ?? '')).toBe(true);
      const own = records.filter((r) => r.sourceFile.startsWith(`${post.dir}/`));
      expect(post.records).toBe(own.map(recordText).join('\u0000'));
      const names = String(entry.files).split('\u0000').filter((_, k) => k % 3 === 0);
      // post.yaml, every language file, and the base record of each translation that has one.
      expect(names).toContain('post.yaml');
      for (const r of own) if (r.status !== 'derived') expect(names).toContain(path.basename(r.sourceFile));
      for (const r of own) if (r.status === 'up-to-date' || r.status === 'outdated') expect(names).toContain(path.basename(r.translationFile).replace(/\.md$/, '.base.json'));
    }
  });

  it('lists the folders given without a listing, as the reader would, with their stamps', async () => {
    const listed = byDir(await computeShard({ ...shard, clock: String(1n << 62n), folders: shard.folders.map(([dir]) => [dir]) }));
    const given = byDir(await computeShard(shard));
    expect(listed.map(({ dir, listing, post }) => ({ dir, listing, post }))).toEqual(given.map(({ dir, listing, post }) => ({ dir, listing, post })));
    listed.forEach((folder, k) => {
      expect(folder.listed?.settled).toBe(true);
      // Kept with the folder's stamp from before it was listed.
      const dir = folder.post?.dir ?? '';
      expect(folder.stored?.[dir]).toEqual({ ...given[k]?.stored?.[dir], folder: folder.listed?.stamp });
    });
    // A stamp given with a listing is kept as it is.
    const stamped = byDir(await computeShard({ ...shard, folders: shard.folders.map(([dir, listing]) => [dir, listing, 'a stamp']) }));
    for (const { post, stored } of stamped) expect(stored?.[post?.dir ?? '']?.folder).toBe('a stamp');
    // A clock from before the folders were made: none of their stamps can be trusted next time.
    const racy = await computeShard({ ...shard, clock: '0', folders: shard.folders.slice(0, 3).map(([dir]) => [dir]) });
    expect(racy.folders.map((folder) => folder.listed?.settled)).toEqual([false, false, false]);
  });

  it('leaves a folder that is gone, and a group of folders, to the reader', async () => {
    const [first] = shard.folders;
    const gone = path.join(root, 'content', 'posts', 'no-such-post');
    const group = path.join(root, 'content', 'posts');
    const computed = await computeShard({ ...shard, clock: '1', folders: [[gone], [group], [first?.[0] ?? '']] });
    expect(computed.folders.map((folder) => [path.basename(folder.dir), folder.post !== undefined])).toEqual([
      ['posts', false],
      [path.basename(first?.[0] ?? ''), true],
    ]);
  });

  it('gives the same spread over threads, and when workers fail', async () => {
    const here = byDir(await computeShard(shard));
    // Workers that cannot start leave every shard to the calling thread, rather than it waiting for them.
    const broken = new StatusPool(2, new URL('./fixtures/broken-status-worker.ts', import.meta.url));
    try {
      // As when the CLI starts its workers early: they have failed before the first shard is sent.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(byDir(...await broken.compute({ root, config: siteConfig, tags: shard.tags }, shard.folders))).toEqual(here);
    } finally {
      await broken.close();
    }
    // Workers that take shards and die before answering leave those shards to the calling thread too.
    const greedy = new StatusPool(3, new URL('./fixtures/greedy-status-worker.ts', import.meta.url));
    try {
      expect(byDir(...await greedy.compute({ root, config: siteConfig, tags: shard.tags }, shard.folders))).toEqual(here);
    } finally {
      await greedy.close();
    }
    for (const threads of [1, 2, 3]) {
      const threaded = new StatusPool(threads);
      try {
        expect(byDir(...await threaded.compute({ root, config: siteConfig, tags: shard.tags }, shard.folders)), `${threads} threads`).toEqual(here);
      } finally {
        await threaded.close();
      }
    }
  }, 60_000);
});

describe('statusParallelism', () => {
  const auto = { threads: os.availableParallelism(), minPosts: 3000 };
  it.each([
    [undefined, auto],
    ['', auto],
    ['0', { threads: 0, minPosts: 0 }],
    ['1', { threads: 1, minPosts: 0 }],
    ['2', { threads: 2, minPosts: 0 }],
    ['16', { threads: 16, minPosts: 0 }],
  ])('TANDEM_WORKERS=%j', (value, expected) => {
    expect(statusParallelism(value)).toEqual(expected);
  });

  it.each([
    [10_000, { threads: 2, minPosts: 3000 }, 2],
    [2_999, { threads: 2, minPosts: 3000 }, 1],
    // An explicit count whatever the number of posts, but no more threads than shards to take (32 posts each).
    [18, { threads: 64, minPosts: 0 }, 1],
    [48, { threads: 3, minPosts: 0 }, 2],
    [10_000, { threads: 64, minPosts: 0 }, 64],
    [0, { threads: 2, minPosts: 0 }, 1],
    [100, { threads: 0, minPosts: 0 }, 1],
  ])('threadsFor(%j posts, %j) is %j', (posts, parallelism, threads) => {
    expect(threadsFor(posts, parallelism)).toBe(threads);
  });

  it.each(['x', '-1', '1.5', ' 2x'])('refuses TANDEM_WORKERS=%j with the build\'s error', (value) => {
    expect(() => statusParallelism(value)).toThrow(TandemError);
    expect(() => statusParallelism(value)).toThrow(expect.objectContaining({ code: 'render-workers', params: { value, max: expect.any(Number) } }));
  });
});

describe.each([
  [0, 2, ['a', 'b']],
  [1, 2, ['c']],
  [2, 2, []],
  [0, 32, ['a', 'b', 'c']],
])('nthShard(k = %i, size = %i)', (k, size, expected) => {
  it(`holds ${expected.join(', ') || 'no folder'}, with the job's other fields`, () => {
    const job = { root: '/site', config: siteConfig, tags: {}, clock: '7', folders: ['a', 'b', 'c'].map((dir) => [dir] as const) };
    expect(nthShard(job, k, size)).toEqual({ root: '/site', config: siteConfig, tags: {}, clock: '7', folders: expected.map((dir) => [dir]) });
  });
});
