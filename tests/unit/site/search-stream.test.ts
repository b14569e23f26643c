import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexSite } from '../../../src/site/search-index.ts';
import { shardCount, shardOf } from '../../../src/site/search-shards.ts';
import {
  announceSearchPages,
  builtFile,
  bySearchShard,
  closeSearchStream,
  openSearchStream,
  pageId,
  streamSearchPage,
  wantsSearchPage,
  type StreamedShard,
} from '../../../src/site/search-stream.ts';
import { streamSearch } from '../../../src/site/search-streamer.ts';
import { writeTree } from '../helpers.ts';

const bytes = (html: string) => new TextEncoder().encode(html);
const page = (lang: string, body: string, indexed = true) =>
  `<!doctype html><html lang="${lang}"><head><title>${body}</title></head><body><main${indexed ? ' data-pagefind-body' : ''}><h1>${body}</h1><p>${body} and solidarity</p></main></body></html>`;

afterEach(() => closeSearchStream());

describe.each([
  ['/en/posts/a/', 'en/posts/a/index.html', '/en/posts/a'],
  ['/en/posts/a', 'en/posts/a/index.html', '/en/posts/a'],
  ['/zh/posts/%E5%9B%A2%E7%BB%93/', 'zh/posts/团结/index.html', '/zh/posts/%E5%9B%A2%E7%BB%93'],
  ['/', 'index.html', '/'],
  // Not valid percent-encoding: kept as it is rather than thrown.
  ['/en/100%/', 'en/100%/index.html', '/en/100%'],
])('the page %s', (requested, file, id) => {
  it(`is built as ${file}`, () => expect(builtFile(requested)).toBe(file));
  it(`is known as ${id}`, () => expect(pageId(requested)).toBe(id));
});

describe('bySearchShard', () => {
  const paths = [
    ...Array.from({ length: 6 }, (_, n) => ({ name: `en${n}`, search: { path: `/en/posts/p${n}/`, lang: 'en-GB' } })),
    { name: 'zh-copy', search: undefined },
    { name: 'zh0', search: { path: '/zh/posts/p0/', lang: 'zh-Hans' } },
    { name: 'zh1', search: { path: '/zh/posts/p1/', lang: 'zh-Hans' } },
  ];
  const ordered = bySearchShard(paths, (item) => item.search, 2);
  const bucket = (item: (typeof paths)[number]) => shardOf(`/${builtFile(item.search!.path).replace(/index\.html$/, '')}`, shardCount(6, 2));

  it('keeps every path once', () => expect(ordered.map((item) => item.name).sort()).toEqual(paths.map((item) => item.name).sort()));
  it('puts a language\'s pages shard by shard, in their order within a shard', () => {
    const english = ordered.filter((item) => item.name.startsWith('en'));
    expect(english.map(bucket)).toEqual([...english.map(bucket)].sort((a, b) => a - b));
    for (const shard of new Set(english.map(bucket))) {
      const names = english.filter((item) => bucket(item) === shard).map((item) => item.name);
      expect(names).toEqual([...names].sort());
    }
  });
  it('keeps languages in the order they come, and puts pages search does not index last', () => {
    expect(ordered.map((item) => item.name.replace(/\d$/, '')).filter((name, n, all) => name !== all[n - 1])).toEqual(['en', 'zh', 'zh-copy']);
  });
});

describe('the search stream', () => {
  const open = (wanted: (shard: { key: string; bucket: number }) => boolean = () => true) => {
    const ready: StreamedShard[] = [];
    openSearchStream({ pagesPerShard: 2, wanted, ready: (shard) => ready.push(shard) });
    return ready;
  };
  const english = Array.from({ length: 5 }, (_, n) => ({ path: `/en/posts/p${n}/`, lang: 'en-GB' }));

  it('does nothing until a build opens it', () => {
    announceSearchPages(english);
    expect(wantsSearchPage('/en/posts/p0/')).toBe(false);
    expect(() => streamSearchPage('/en/posts/p0/', bytes(page('en-GB', 'x')))).not.toThrow();
  });

  it('hands over each shard once all its announced pages have been rendered, in the buckets the built site gives them', () => {
    const ready = open();
    announceSearchPages([...english, { path: '/zh/posts/p0/', lang: 'zh-Hans' }]);
    // Announcing the same page again (a route's paths asked for twice) changes nothing.
    announceSearchPages(english.slice(0, 2));
    expect(wantsSearchPage('/en/')).toBe(false);
    const count = shardCount(5, 2);
    for (const { path: pagePath } of english) {
      expect(wantsSearchPage(pagePath)).toBe(true);
      streamSearchPage(pagePath.slice(0, -1), bytes(page('en-GB', pagePath)));
    }
    // The same page rendered twice is handed over once.
    streamSearchPage('/en/posts/p0/', bytes(page('en-GB', 'again')));
    expect(ready.map((shard) => shard.key)).not.toContain('zh-hans');
    const english_ = ready.filter((shard) => shard.key === 'en-gb');
    expect(english_.map((shard) => shard.count)).toEqual(english_.map(() => count));
    expect(english_.flatMap((shard) => shard.pages.map((p) => p.file)).sort()).toEqual(english.map((p) => builtFile(p.path)).sort());
    for (const shard of english_) for (const p of shard.pages) expect(shardOf(`/${p.file.replace(/index\.html$/, '')}`, count)).toBe(shard.bucket);
    streamSearchPage('/zh/posts/p0/', bytes(page('zh-Hans', '团结')));
    expect(ready.at(-1)).toMatchObject({ key: 'zh-hans', bucket: 0, count: 1, pages: [{ file: 'zh/posts/p0/index.html' }] });
  });

  it('leaves out shards that are not wanted (stored by an earlier build)', () => {
    const ready = open((shard) => shard.key !== 'en-gb');
    announceSearchPages([...english, { path: '/zh/posts/p0/', lang: 'zh-Hans' }]);
    expect(wantsSearchPage('/en/posts/p0/')).toBe(false);
    for (const { path: pagePath } of english) streamSearchPage(pagePath, bytes(page('en-GB', pagePath)));
    streamSearchPage('/zh/posts/p0/', bytes(page('zh-Hans', '团结')));
    expect(ready.map((shard) => shard.key)).toEqual(['zh-hans']);
  });

  it('stops when pages are announced after the shards were cut, as they would move pages between shards', () => {
    const ready = open();
    announceSearchPages(english.slice(0, 2));
    expect(wantsSearchPage('/en/posts/p0/')).toBe(true);
    announceSearchPages(english);
    expect(wantsSearchPage('/en/posts/p0/')).toBe(false);
    for (const { path: pagePath } of english) streamSearchPage(pagePath, bytes(page('en-GB', pagePath)));
    expect(ready).toEqual([]);
  });
});

describe('indexing while the pages are generated', () => {
  const pages = {
    ...Object.fromEntries(Array.from({ length: 6 }, (_, n) => [`en/posts/p${n}/index.html`, page('en-GB', `Post number ${n} on unions`)])),
    'zh/posts/团结/index.html': page('zh-Hans', '学生们投票支持团结'),
    'zh/posts/p1/index.html': page('zh-Hans', 'A fallback copy', false),
  };
  const announced = [
    ...Array.from({ length: 6 }, (_, n) => ({ path: `/en/posts/p${n}/`, lang: 'en-GB' })),
    { path: `/zh/posts/${encodeURIComponent('团结')}/`, lang: 'zh-Hans' },
  ];
  const generate = async (dist: string, cacheDir: string, edit?: (file: string, html: string) => string) => {
    const stream = streamSearch(cacheDir, 4);
    announceSearchPages(announced);
    for (const [file, html] of Object.entries(pages)) {
      await writeFile(path.join(dist, file), edit ? edit(file, html) : html);
      const pagePath = `/${file.replace(/index\.html$/, '')}`.replace('团结', encodeURIComponent('团结'));
      if (wantsSearchPage(pagePath)) streamSearchPage(pagePath, bytes(html));
    }
    return stream.finish();
  };

  it('stores each shard under the key of the built pages, so the build takes it from the cache, and it holds the same pages', async () => {
    const dist = await writeTree(pages);
    const cacheDir = path.join(await writeTree({}), 'search');
    const streamed = await generate(dist, cacheDir);
    expect([...streamed].sort()).toEqual(['en-gb/0', 'en-gb/1', 'zh-hans/0']);
    const report = await indexSite(dist, { cacheDir, pagesPerShard: 4 });
    expect(report.shards).toEqual(['en-gb/0', 'en-gb/1', 'zh-hans/0']);
    expect(report.reused).toEqual(report.shards);
    // The same pages as the shards indexed from the built files: one fragment per page, named by its content.
    const fromStream = await bundleContents(dist);
    const fresh = await writeTree(pages);
    await indexSite(fresh, { pagesPerShard: 4 });
    expect(await bundleContents(fresh)).toEqual(fromStream);
  });

  it('indexes a shard again when a page was written other than it was rendered', async () => {
    const dist = await writeTree(pages);
    const cacheDir = path.join(await writeTree({}), 'search');
    const changed = 'en/posts/p2/index.html';
    const streamed = await generate(dist, cacheDir, (file, html) => (file === changed ? html.replace('unions', 'strikes') : html));
    const report = await indexSite(dist, { cacheDir, pagesPerShard: 4 });
    const shard = `en-gb/${shardOf('/en/posts/p2/', 2)}`;
    expect(streamed.has(shard)).toBe(true);
    expect(report.reused).not.toContain(shard);
    expect(report.reused.length).toBe(2);
  });

  it('indexes the complete shards still waiting when the pages are written, on more threads, and none after', async () => {
    const dist = await writeTree(pages);
    const cacheDir = path.join(await writeTree({}), 'search');
    const stream = streamSearch(cacheDir, 4, { threads: 1, threadsAfter: 3 });
    announceSearchPages(announced);
    for (const [file, html] of Object.entries(pages)) {
      const pagePath = `/${file.replace(/index\.html$/, '')}`.replace('团结', encodeURIComponent('团结'));
      if (wantsSearchPage(pagePath)) streamSearchPage(pagePath, bytes(html));
    }
    const streamed = await stream.finish();
    expect([...streamed].sort()).toEqual(['en-gb/0', 'en-gb/1', 'zh-hans/0']);
    // Closed: a page handed over now is not taken.
    expect(wantsSearchPage('/en/posts/p0/')).toBe(false);
    const report = await indexSite(dist, { cacheDir, pagesPerShard: 4 });
    expect(report.reused).toEqual([...streamed].sort());
  });
});

/** Per shard: its page count and the names of its fragments (one per page, named by a hash of what a result shows). */
async function bundleContents(dist: string): Promise<Record<string, { pages: number; fragments: string[] }>> {
  const contents: Record<string, { pages: number; fragments: string[] }> = {};
  for (const key of await readdir(path.join(dist, 'pagefind'))) {
    for (const shard of JSON.parse(await readFile(path.join(dist, 'pagefind', key, 'shards.json'), 'utf8')) as string[]) {
      const bundle = path.join(dist, 'pagefind', key, shard);
      const entry = JSON.parse(await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      contents[`${key}/${shard}`] = { pages: entry.languages[key]?.page_count ?? 0, fragments: (await readdir(path.join(bundle, 'fragment'))).sort() };
    }
  }
  return contents;
}
