import { expect, test } from '@playwright/test';
import { siteConfig } from '../../src/config/site.ts';
import { locales, samplePost, url } from './fixtures.ts';

const post = samplePost('any post', () => true);

// The stylesheet every page shares is one file with a content hash in its name
// (so it can be cached for good and is fetched once per visit), not 5 KB
// inlined into every page; and it is what styles the page.
test('every page links the same hashed site stylesheet and inlines no styles', async ({ page, baseURL }) => {
  const paths = ['/', ...locales.flatMap((locale) => [url(locale.code, { kind: 'home' }), url(locale.code, { kind: 'post', slug: post.slug }), url(locale.code, { kind: 'tags' })])];
  const linked: string[][] = [];
  for (const path of paths) {
    const html = await (await page.request.get(new URL(path, baseURL).href)).text();
    linked.push([...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1] ?? ''));
    if (path !== '/') expect(html, path).not.toMatch(/<style[\s>]/);
  }
  const site = linked[1]?.[0] ?? '';
  expect(site).toMatch(/^\/_astro\/[\w-]+\.[\w-]{8}\.css$/);
  linked.forEach((links, index) => expect(links, paths[index]).toContain(site));
  // Listings, posts and topics need nothing else: the configured colours and the reading styles are in it too.
  linked.slice(1).forEach((links, index) => expect(links, paths[index + 1]).toEqual([site]));

  await page.goto(paths[1] ?? '/');
  const sheets = await page.evaluate(() => [...document.styleSheets].map((sheet) => ({ href: sheet.href, rules: sheet.cssRules.length })));
  expect(sheets.find((sheet) => sheet.href?.endsWith(site))?.rules).toBeGreaterThan(10);
  const brand = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand').trim());
  expect(brand).toBe(siteConfig.identity.brandColour);
});
