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
import { statusParallelism } from '../../../src/translation/status-parallelism.ts';
import { recordText } from '../../../src/translation/records-json.ts';
import { StatusPool } from '../../../src/translation/status-pool.ts';
import { computeShard, type ShardFolder, type StatusShard } from '../../../src/translation/status-shard.ts';
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

const byDir = (folders: ShardFolder[]) => [...folders].sort((a, b) => a.dir.localeCompare(b.dir));
const postsOf = (folders: ShardFolder[]) => folders.flatMap((folder) => (folder.post ? [folder.post] : []));

describe('computeShard', () => {
  it('keeps each post with the records computeStatuses gives it, and every file read for it, serialised as ASCII', async () => {
    const computed = postsOf(await computeShard(shard));
    expect(computed).toHaveLength(40);
    const records = await computeStatuses({ root, config: siteConfig });
    for (const { post, json } of computed) {
      expect(JSON.parse(json)).toEqual(post);
      expect(/^[\x00-\x7e]*$/.test(json)).toBe(true);
      const own = records.filter((r) => r.sourceFile.startsWith(`${post.dir}/`));
      expect(post.records).toBe(own.map(recordText).join('\u0000'));
      const names = post.files.split('\u0000').filter((_, k) => k % 3 === 0);
      // post.yaml, every language file, and the base record of each translation that has one.
      expect(names).toContain('post.yaml');
      for (const r of own) if (r.status !== 'derived') expect(names).toContain(path.basename(r.sourceFile));
      for (const r of own) if (r.status === 'up-to-date' || r.status === 'outdated') expect(names).toContain(path.basename(r.translationFile).replace(/\.md$/, '.base.json'));
    }
  });

  it('lists the folders given without a listing, as the reader would, with their stamps', async () => {
    const listed = byDir(await computeShard({ ...shard, clock: String(1n << 62n), folders: shard.folders.map(([dir]) => [dir]) }));
    const given = byDir(await computeShard(shard));
    expect(listed.map(({ dir, listing, post }) => ({ dir, listing, post: post?.post }))).toEqual(given.map(({ dir, listing, post }) => ({ dir, listing, post: post?.post })));
    for (const folder of listed) {
      expect(folder.listed?.settled).toBe(true);
      expect(JSON.parse(folder.post?.json ?? '{}')).toEqual({ ...folder.post?.post, folder: folder.listed?.stamp });
    }
    // A clock from before the folders were made: none of their stamps can be trusted next time.
    const racy = await computeShard({ ...shard, clock: '0', folders: shard.folders.slice(0, 3).map(([dir]) => [dir]) });
    expect(racy.map((folder) => folder.listed?.settled)).toEqual([false, false, false]);
  });

  it('leaves a folder that is gone, and a group of folders, to the reader', async () => {
    const [first] = shard.folders;
    const gone = path.join(root, 'content', 'posts', 'no-such-post');
    const group = path.join(root, 'content', 'posts');
    const computed = await computeShard({ ...shard, clock: '1', folders: [[gone], [group], [first?.[0] ?? '']] });
    expect(computed.map((folder) => [path.basename(folder.dir), folder.post !== undefined])).toEqual([
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
      expect(byDir(await broken.compute({ root, config: siteConfig, tags: shard.tags }, shard.folders))).toEqual(here);
    } finally {
      await broken.close();
    }
    // Workers that take shards and die before answering leave those shards to the calling thread too.
    const greedy = new StatusPool(3, new URL('./fixtures/greedy-status-worker.ts', import.meta.url));
    try {
      expect(byDir(await greedy.compute({ root, config: siteConfig, tags: shard.tags }, shard.folders))).toEqual(here);
    } finally {
      await greedy.close();
    }
    for (const threads of [1, 2, 3]) {
      const threaded = new StatusPool(threads);
      try {
        expect(byDir(await threaded.compute({ root, config: siteConfig, tags: shard.tags }, shard.folders)), `${threads} threads`).toEqual(here);
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

  it.each(['x', '-1', '1.5', ' 2x'])('refuses TANDEM_WORKERS=%j with the build\'s error', (value) => {
    expect(() => statusParallelism(value)).toThrow(TandemError);
    expect(() => statusParallelism(value)).toThrow(expect.objectContaining({ code: 'render-workers', params: { value } }));
  });
});
