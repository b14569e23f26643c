import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { indexSite } from '../../../src/site/search-index.ts';
import { writeTree } from '../helpers.ts';

const page = (lang: string, body: string, indexed = true) =>
  `<!doctype html><html lang="${lang}"><head><title>x</title></head><body><header>菜单 Menu</header><main${indexed ? ' data-pagefind-body' : ''}><h1>${body}</h1><p>${body}</p></main></body></html>`;

it('indexes only marked pages, one index per page language, and ships only what the search page uses', async () => {
  const dist = await writeTree({
    'en/posts/a/index.html': page('en-GB', 'Students vote'),
    'en/posts/b/index.html': page('en-GB', 'Unions act'),
    'zh/posts/a/index.html': page('zh-Hans', '学生们投票支持团结'),
    'zh-hant/posts/a/index.html': page('zh-Hant-HK', '學生們投票支持團結'),
    // A fallback copy (English text on a Chinese page) and a listing: never indexed.
    'zh/posts/b/index.html': page('zh-Hans', 'Unions act', false),
    'en/index.html': page('en-GB', 'Latest posts', false),
  });
  const report = await indexSite(dist);
  expect(report).toEqual({ pages: 4, languages: { 'en-gb': 2, 'zh-hans': 1, 'zh-hant-hk': 1 } });
  const files = await readdir(path.join(dist, 'pagefind'));
  expect(files).toContain('pagefind.js');
  expect(files.filter((name) => /ui|highlight/.test(name))).toEqual([]);
});
