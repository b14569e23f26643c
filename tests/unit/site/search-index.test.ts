import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSite } from '../../../src/site/search-index.ts';
import { languageKey, searchBundlePath, searchUrl } from '../../../src/site/search-pages.ts';
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

/** The URLs a language's bundle holds, from its fragment files (what a search result links to). */
async function indexedUrls(bundle: string): Promise<number> {
  return (await readdir(path.join(bundle, 'fragment'))).length;
}

describe('indexSite', () => {
  it('indexes only marked pages, one bundle per page language, and ships only what the search page uses', async () => {
    const dist = await writeTree(site);
    const report = await indexSite(dist);
    expect(report).toEqual({ pages: 4, languages: { 'en-gb': 2, 'zh-hans': 1, 'zh-hant-hk': 1 }, reused: [] });
    expect((await readdir(path.join(dist, 'pagefind'))).sort()).toEqual(['en-gb', 'zh-hans', 'zh-hant-hk']);
    for (const key of ['en-gb', 'zh-hans', 'zh-hant-hk']) {
      const files = await readdir(path.join(dist, 'pagefind', key));
      expect(files).toContain('pagefind.js');
      expect(files.filter((name) => /ui|highlight/.test(name))).toEqual([]);
      // Each bundle holds its own language only.
      const entry = JSON.parse(await readFile(path.join(dist, 'pagefind', key, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
      expect(Object.keys(entry.languages)).toEqual([key]);
    }
    expect(await indexedUrls(path.join(dist, 'pagefind', 'en-gb'))).toBe(2);
  });

  it('reuses a stored bundle only for a language whose pages are unchanged', async () => {
    const cacheDir = path.join(await writeTree({}), 'search');
    const dist = await writeTree(site);
    expect((await indexSite(dist, { cacheDir })).reused).toEqual([]);
    const first = await readFile(path.join(dist, 'pagefind', 'zh-hans', 'pagefind-entry.json'), 'utf8');
    // One English page edited: English is indexed again, the Chinese bundles come from the cache.
    await writeFile(path.join(dist, 'en/posts/b/index.html'), page('en-GB', 'Unions act again'));
    const again = await indexSite(dist, { cacheDir });
    expect(again.reused).toEqual(['zh-hans', 'zh-hant-hk']);
    expect(await readFile(path.join(dist, 'pagefind', 'zh-hans', 'pagefind-entry.json'), 'utf8')).toBe(first);
    expect((await readdir(path.join(dist, 'pagefind', 'zh-hans'))).sort()).toEqual((await readdir(path.join(cacheDir, 'zh-hans'))).filter((name) => !name.startsWith('.')).sort());
    // A page that stops asking to be indexed changes its language's bundle too.
    await writeFile(path.join(dist, 'zh-hant/posts/a/index.html'), page('zh-Hant-HK', '學生們投票支持團結', false));
    const third = await indexSite(dist, { cacheDir });
    expect(third.reused).toEqual(['en-gb', 'zh-hans']);
    expect(third.languages).toEqual({ 'en-gb': 2, 'zh-hans': 1 });
    expect((await readdir(path.join(dist, 'pagefind'))).sort()).toEqual(['en-gb', 'zh-hans']);
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
