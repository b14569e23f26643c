import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stagedBundle, storedBundle } from '../../../src/site/search-cache.ts';
import { indexSite } from '../../../src/site/search-index.ts';
import { languageKey, SEARCH_MANIFEST, searchBundlePath, searchUrl } from '../../../src/site/search-pages.ts';
import { shardCount, shardOf, splitShards } from '../../../src/site/search-shards.ts';
import { writeTree } from '../helpers.ts';

const page = (lang: string, body: string, indexed = true) =>
  `<!doctype html><html lang="${lang}"><head><title>x</title></head><body><header>菜单 Menu</header><main${indexed ? ' data-pagefind-body' : ''}><h1>${body}</h1><p>${body}</p></main></body></html>`;

const site = {
  'en/posts/a/index.html': page('en-GB', 'Students vote'),
  'en/posts/b/index.html': page('en-GB', 'Unions act'),
  'zh/posts/a/index.html': page('zh-Hans', '学生们投票支持团结'),
  'zh-hant/posts/a/index.html': page('zh-Hant-HK', '學生們投票支持團結'),
  // A fallback copy (English text on a Chinese page) and a listing: never indexed.
  'zh/posts/b/index.html': page('zh-Hans', 'Unions act', false),
  'en/index.html': page('en-GB', 'Latest posts', false),
};

/** How many pages a shard's bundle holds, from its fragment files (one per page: what a search result links to). */
async function indexedPages(bundle: string): Promise<number> {
  return (await readdir(path.join(bundle, 'fragment'))).length;
}

const manifest = async (dist: string, key: string) => JSON.parse(await readFile(path.join(dist, 'pagefind', key, SEARCH_MANIFEST), 'utf8')) as string[];

describe('indexSite', () => {
  it('indexes only marked pages, one bundle per page language, and ships only what the search page uses', async () => {
    const dist = await writeTree(site);
    const report = await indexSite(dist);
    expect(report).toEqual({ pages: 4, languages: { 'en-gb': 2, 'zh-hans': 1, 'zh-hant-hk': 1 }, shards: ['en-gb/0', 'zh-hans/0', 'zh-hant-hk/0'], reused: [] });
    expect((await readdir(path.join(dist, 'pagefind'))).sort()).toEqual(['en-gb', 'zh-hans', 'zh-hant-hk']);
    for (const key of ['en-gb', 'zh-hans', 'zh-hant-hk']) {
      expect(await manifest(dist, key)).toEqual(['0/']);
      const files = await readdir(path.join(dist, 'pagefind', key, '0'));
      expect(files).toContain('pagefind.js');
      expect(files.filter((name) => /ui|highlight/.test(name))).toEqual([]);
      // Each bundle holds its own language only.
      const entry = JSON.parse(await readFile(path.join(dist, 'pagefind', key, '0', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
      expect(Object.keys(entry.languages)).toEqual([key]);
    }
    expect(await indexedPages(path.join(dist, 'pagefind', 'en-gb', '0'))).toBe(2);
  });

  it('cuts a large language into shards that hold every page once, and lists them for the search page', async () => {
    const many = Object.fromEntries(Array.from({ length: 9 }, (_, n) => [`en/posts/p${n}/index.html`, page('en-GB', `Post number ${n} on solidarity`)]));
    const dist = await writeTree(many);
    const report = await indexSite(dist, { pagesPerShard: 2, concurrency: 3 });
    const shards = await manifest(dist, 'en-gb');
    expect(shards).toEqual(report.shards.map((_, position) => `${position}/`));
    expect(shards.length).toBeGreaterThan(2);
    const counts = await Promise.all(shards.map((shard) => indexedPages(path.join(dist, 'pagefind', 'en-gb', shard))));
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(9);
    expect(Math.max(...counts)).toBeLessThan(9);
  });

  it('does not read again a page whose stamp is as the last run recorded it', async () => {
    const cacheDir = path.join(await writeTree({}), 'search');
    const dist = await writeTree(site);
    const file = path.join(dist, 'en/posts/a/index.html');
    // A whole second, which the file system stores exactly (a modification time read back in ns could not be set again).
    const then = new Date('2026-01-01T00:00:00Z');
    await utimes(file, then, then);
    await indexSite(dist, { cacheDir });
    // Same size, same modification time, same inode: the recorded digest stands (what a rebuild's
    // kept pages look like); the page is therefore not indexed again.
    await writeFile(file, page('en-GB', 'Students vote').replace('Students vote', 'Students VOTE'));
    await utimes(file, then, then);
    expect((await indexSite(dist, { cacheDir })).reused).toContain('en-gb/0');
    // A page written again (a new modification time) is read again.
    await writeFile(file, page('en-GB', 'Students vote').replace('Students vote', 'Students VOTE'));
    expect((await indexSite(dist, { cacheDir })).reused).not.toContain('en-gb/0');
  });

  it('reuses a stored shard only when its pages are unchanged, and keeps only this build\'s shards', async () => {
    const cacheDir = path.join(await writeTree({}), 'search');
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, n) => [`en/posts/p${n}/index.html`, page('en-GB', `Post number ${n}`)]));
    const dist = await writeTree({ ...site, ...many });
    const first = await indexSite(dist, { cacheDir, pagesPerShard: 4 });
    expect(first.reused).toEqual([]);
    const zhEntry = await readFile(path.join(dist, 'pagefind', 'zh-hans', '0', 'pagefind-entry.json'), 'utf8');
    // One English page edited: only its shard is indexed again, every other shard comes from the cache.
    const edited = 'en/posts/p3/index.html';
    await writeFile(path.join(dist, edited), page('en-GB', 'Post number 3, updated'));
    const again = await indexSite(dist, { cacheDir, pagesPerShard: 4 });
    const editedShard = `en-gb/${shardOf(searchUrl(edited), shardCount(14, 4))}`;
    expect(again.shards).toEqual(first.shards);
    expect(again.reused).toEqual(first.shards.filter((id) => id !== editedShard).sort());
    expect(await readFile(path.join(dist, 'pagefind', 'zh-hans', '0', 'pagefind-entry.json'), 'utf8')).toBe(zhEntry);
    expect((await readdir(path.join(dist, 'pagefind', 'zh-hans', '0'))).sort()).toEqual((await readdir(path.join(cacheDir, 'zh-hans', '0'))).filter((name) => !name.startsWith('.')).sort());
    // A page that stops asking to be indexed changes its language's bundle too; the emptied language leaves the cache.
    await writeFile(path.join(dist, 'zh-hant/posts/a/index.html'), page('zh-Hant-HK', '學生們投票支持團結', false));
    const third = await indexSite(dist, { cacheDir, pagesPerShard: 4 });
    expect(third.reused).toEqual(first.shards.filter((id) => !id.startsWith('zh-hant-hk/')).sort());
    expect((await readdir(path.join(dist, 'pagefind'))).sort()).toEqual(['en-gb', 'zh-hans']);
    const stored = (await readdir(cacheDir, { withFileTypes: true })).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'));
    expect(stored.map((entry) => entry.name).sort()).toEqual(['en-gb', 'zh-hans']);
    // Staging folders are gone once the build ends.
    expect(await readdir(path.join(cacheDir, '.staging'))).toEqual([]);
  });
});

describe.each([
  [0, 512, 1],
  [512, 512, 1],
  [513, 512, 2],
  [1473, 512, 4],
  [1911, 512, 4],
  [10_000, 512, 32],
  [5, 0, 8],
])('shardCount(%i pages, %i per shard)', (pages, perShard, count) => {
  it(`is ${count}`, () => expect(shardCount(pages, perShard)).toBe(count));
});

describe('splitShards', () => {
  const pages = Array.from({ length: 2000 }, (_, n) => ({ url: `/en/posts/p${n}/`, file: `/dist/en/posts/p${n}/index.html`, digest: String(n) }));
  it('puts every page in exactly one shard of roughly even size', () => {
    const shards = splitShards('en-gb', pages, 512);
    expect(shards.map((shard) => shard.id)).toEqual(['en-gb/0', 'en-gb/1', 'en-gb/2', 'en-gb/3']);
    expect(shards.flatMap((shard) => shard.pages.map((p) => p.url)).sort()).toEqual(pages.map((p) => p.url).sort());
    for (const shard of shards) expect(shard.pages.length).toBeGreaterThan(400);
  });
  it('changes the digest of the edited page\'s shard only, and moves no page when the site grows within a size', () => {
    const before = splitShards('en-gb', pages, 512);
    const after = splitShards('en-gb', pages.map((p) => (p.url === '/en/posts/p7/' ? { ...p, digest: 'edited' } : p)), 512);
    const changed = after.filter((shard, n) => shard.digest !== before[n]?.digest).map((shard) => shard.id);
    expect(changed).toEqual([`en-gb/${shardOf('/en/posts/p7/', 4)}`]);
    const grown = splitShards('en-gb', [...pages, { url: '/en/posts/new/', file: '/dist/en/posts/new/index.html', digest: 'x' }], 512);
    expect(grown.map((shard) => shard.pages.filter((p) => p.url !== '/en/posts/new/').length)).toEqual(before.map((shard) => shard.pages.length));
  });
});

describe.each([
  ['en/posts/a/index.html', '/en/posts/a/'],
  ['index.html', '/'],
  ['about.html', '/about.html'],
  [path.join('zh-hant', 'posts', '學生', 'index.html'), '/zh-hant/posts/學生/'],
])('searchUrl(%j)', (file, url) => {
  it(`is ${url}`, () => expect(searchUrl(file)).toBe(url));
});

it.each([
  ['/', 'en-GB', '/pagefind/en-gb/'],
  ['/campaign', 'zh-Hant-HK', '/campaign/pagefind/zh-hant-hk/'],
  ['/campaign/', 'zh-Hans', '/campaign/pagefind/zh-hans/'],
])('searchBundlePath(%j, %j) is %j', (base, lang, expected) => {
  expect(searchBundlePath(base, lang)).toBe(expected);
  expect(expected.endsWith(`/${languageKey(lang)}/`)).toBe(true);
});

it.each([
  ['/c', { key: 'en-gb', bucket: 0 }, '/c/en-gb/0'],
  ['/c/search', { key: 'zh-hant-hk', bucket: 3 }, '/c/search/zh-hant-hk/3'],
])('storedBundle(%j, %j)', (cacheDir, shard, expected) => {
  expect(storedBundle(cacheDir, shard)).toBe(expected);
});

describe('stagedBundle', () => {
  it('is beside the stored bundle, named for this process, so builds running at once do not share one', () => {
    const stored = storedBundle('/cache/search', { key: 'en-gb', bucket: 2 });
    expect(path.dirname(stagedBundle(stored))).toBe(path.dirname(stored));
    expect(stagedBundle(stored)).toBe(`${stored}.${process.pid}.tmp`);
  });
});
