// Site search: Pagefind's per-language index, queried from /<locale>/search/?q=…, in a real browser.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { indexSite } from '../../src/site/search-index.ts';
import { locales, publishedIn, readerVersion, samplePost, ui, url } from './fixtures.ts';
import { axeViolations } from './shared-pages.ts';

const english = locales.find((l) => new Intl.Locale(l.lang).language === 'en' && !l.derivedFrom);
const simplified = locales.find((l) => new Intl.Locale(l.lang).maximize().script === 'Hans' && !l.derivedFrom);
const traditional = locales.find((l) => new Intl.Locale(l.lang).maximize().script === 'Hant');
if (!english || !simplified || !traditional) throw new Error('these tests need English, Simplified and Traditional Chinese locales');

const soas = samplePost('English post mentioning SOAS in its text', (p) => publishedIn(p, english.code) && /\bSOAS\b/.test(p.versions[english.code]?.body ?? ''));
// A word in the middle of a run of Chinese characters: found only if the index segments Chinese into words.
const unity = samplePost('Chinese post with 团结 inside a sentence', (p) => publishedIn(p, simplified.code) && publishedIn(p, traditional.code) && /[\u4e00-\u9fff]团结/.test(p.versions[simplified.code]?.body ?? ''));
const englishOnly = samplePost('post only in English', (p) => p.sourceLocale === english.code && !publishedIn(p, simplified.code));

const search = (code: string, query: string) => `${url(code, { kind: 'search' })}?q=${encodeURIComponent(query)}`;
const results = (page: Page, code: string) => page.getByRole('list', { name: ui(code, 'search.resultsLabel') }).getByRole('listitem');
const status = (page: Page) => page.getByRole('status');
// In the header's menu, which is folded away on phones: found whether shown or not.
const headerSearch = (page: Page, code: string) => page.getByRole('banner').getByRole('searchbox', { name: ui(code, 'theme.searchLabel'), includeHidden: true });

test('an English word finds the English post that uses it, with title, date and the word highlighted', async ({ page }) => {
  await page.goto(search(english.code, 'SOAS'));
  await expect(status(page)).toContainText('SOAS');
  const hit = results(page, english.code).filter({ has: page.locator(`a[href="${url(english.code, { kind: 'post', slug: soas.slug })}"]`) });
  await expect(hit.getByRole('heading', { level: 2 })).toHaveText(soas.versions[english.code]?.title ?? '');
  const date = new Intl.DateTimeFormat(english.dateLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(soas.date);
  await expect(hit.locator('.meta')).toHaveText(soas.type ? `${date} · ${ui(english.code, `postType.${soas.type}`)}` : date);
  await expect(hit.locator('mark').first()).toHaveText(/^SOAS$/i);
  await expect(headerSearch(page, english.code)).toHaveValue('SOAS');
});

test('the header search box shows the query, from the search page\'s own script only', async ({ page }) => {
  const query = 'union "solidarity" <b>&';
  await page.goto(search(traditional.code, query));
  await expect(headerSearch(page, traditional.code)).toHaveValue(query);
  await expect(page.getByRole('main').getByRole('searchbox', { name: ui(traditional.code, 'search.label') })).toHaveValue(query);
  await page.goto(url(traditional.code, { kind: 'home' }));
  await expect(headerSearch(page, traditional.code)).toHaveValue('');
});

test('a two-character Chinese word inside a longer sentence is found (Chinese is segmented), in Simplified pages only', async ({ page }) => {
  await page.goto(search(simplified.code, '团结'));
  await expect(results(page, simplified.code).locator(`a[href="${url(simplified.code, { kind: 'post', slug: unity.slug })}"]`)).toBeVisible();
  await expect(results(page, simplified.code).locator('mark').first()).toHaveText('团结');
  for (const href of await results(page, simplified.code).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href?.startsWith(`/${simplified.path}/posts/`)).toBe(true);
  }
});

test('a Traditional query on the Traditional site finds the converted pages', async ({ page }) => {
  await page.goto(search(traditional.code, '團結'));
  const hit = results(page, traditional.code).filter({ has: page.locator(`a[href="${url(traditional.code, { kind: 'post', slug: unity.slug })}"]`) });
  await expect(hit.getByRole('heading', { level: 2 })).toHaveText(readerVersion(unity, traditional.code)?.title ?? '');
  await expect(hit.locator('mark').first()).toHaveText('團結');
  const hrefs = await results(page, traditional.code).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.every((href) => href.startsWith(`/${traditional.path}/posts/`))).toBe(true);
});

// Readers type the script they are used to, whichever site they read: 团结 typed on the Traditional site, 團結 on the Simplified one.
for (const [site, typed, found] of [
  [traditional, '团结', '團結'],
  [simplified, '團結', '团结'],
] as const) {
  test(`a query typed in the other script finds the same posts on the ${site.code} site, marked in its own script`, async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(search(site.code, found));
    await expect(status(page)).toContainText(found);
    const asWritten = await results(page, site.code).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(asWritten).toContain(url(site.code, { kind: 'post', slug: unity.slug }));
    await page.goto(search(site.code, typed));
    await expect(status(page)).toContainText(typed);
    await expect(results(page, site.code).getByRole('link')).toHaveCount(asWritten.length);
    expect(await results(page, site.code).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(asWritten);
    await expect(results(page, site.code).locator('mark').first()).toHaveText(found);
    expect(loaded).toContain(`${url(site.code, { kind: 'search' })}other-script.js`);
  });
}

test('the English search never loads the other-script module', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto(search(english.code, 'SOAS'));
  await expect(results(page, english.code).first()).toBeVisible();
  expect(loaded.some((path) => path.endsWith('other-script.js'))).toBe(false);
});

test('fallback copies are not indexed: an English-only post is not found from the Chinese search', async ({ page }) => {
  const word = (englishOnly.versions[english.code]?.title ?? '').split(/\W+/).sort((a, b) => b.length - a.length)[0] ?? '';
  await page.goto(search(simplified.code, word));
  await expect(status(page)).toContainText(word);
  await expect(page.locator(`a[href="${url(simplified.code, { kind: 'post', slug: englishOnly.slug })}"]`)).toHaveCount(0);
});

test('no results: says so and offers the topics and the archive', async ({ page }) => {
  await page.goto(search(simplified.code, 'zqxjvw'));
  await expect(status(page)).toHaveText(ui(simplified.code, 'search.noResults', { query: 'zqxjvw' }));
  await expect(results(page, simplified.code)).toHaveCount(0);
  const topics = page.getByRole('navigation', { name: ui(simplified.code, 'search.browseTopics') });
  await expect(topics.getByRole('link').first()).toHaveAttribute('href', new RegExp(`^/${simplified.path}/tags/`));
  await topics.getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/${simplified.path}/tags/`));
});

test.describe('a language cut into shards', () => {
  // The sample site fits in one shard per language; this indexes a copy of it in shards of
  // two pages and serves that index instead, so the search page must merge every shard.
  let sharded = '';
  test.beforeAll(async () => {
    sharded = await mkdtemp(path.join(tmpdir(), 'tandem-shards-'));
    await cp(fileURLToPath(new URL('../../dist/', import.meta.url)), sharded, { recursive: true });
    await indexSite(sharded, { pagesPerShard: 2 });
  });
  test.afterAll(async () => rm(sharded, { recursive: true, force: true }));

  const found = async (page: Page, code: string, query: string) => {
    await page.goto(search(code, query));
    await expect(status(page)).not.toHaveText(ui(code, 'search.searching'));
    return { status: await status(page).textContent(), hrefs: (await results(page, code).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).sort() };
  };

  for (const [name, query] of [['English', 'Uyghur'], ['Simplified', '团结'], ['Traditional', '團結']] as const) {
    test(`${name}: finds the same pages as the single index, from several shards`, async ({ page }) => {
      const locale = { English: english, Simplified: simplified, Traditional: traditional }[name];
      const whole = await found(page, locale.code, query);
      expect(whole.hrefs.length).toBeGreaterThan(1);
      const shards = new Set<string>();
      await page.route('**/pagefind/**', async (route) => {
        const pathname = decodeURIComponent(new URL(route.request().url()).pathname);
        shards.add(/\/pagefind\/[^/]+\/(\d+)\//.exec(pathname)?.[1] ?? '');
        await route.fulfill({ path: path.join(sharded, pathname) });
      });
      expect(await found(page, locale.code, query)).toEqual(whole);
      expect(shards.size).toBeGreaterThan(2);
    });
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the form and results fit the screen without sideways scrolling, with no accessibility violations', async ({ page }) => {
    await page.goto(search(traditional.code, '團結'));
    await expect(results(page, traditional.code).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    const box = await page.getByRole('searchbox', { name: ui(traditional.code, 'search.label') }).boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(40);
  });
});

test('works from the keyboard: type, Enter, Tab to the first result, Enter opens it', async ({ page }) => {
  await page.goto(url(english.code, { kind: 'search' }));
  const main = page.getByRole('main');
  const box = main.getByRole('searchbox', { name: ui(english.code, 'search.label') });
  await expect(box).toBeFocused();
  await page.keyboard.type('SOAS');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?q=SOAS$/);
  await expect(results(page, english.code).first()).toBeVisible();
  await box.focus();
  await page.keyboard.press('Tab');
  await expect(main.getByRole('button', { name: ui(english.code, 'search.submit') })).toBeFocused();
  await page.keyboard.press('Tab');
  const first = results(page, english.code).first().getByRole('link');
  await expect(first).toBeFocused();
  const href = await first.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href ?? '');
});

test('loads only the site\'s own files, breaks no CSP rule, and only this page may compile WebAssembly', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  const violations: string[] = [];
  let scriptBytes = 0;
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (!['data:', 'blob:'].includes(target.protocol) && target.origin !== origin) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on('response', async (response) => {
    // A 304 (the shared script file, cached, when the home page loads next) has no body: the browser counted it before.
    if (response.status() === 304) return;
    if (['script', 'fetch', 'other'].includes(response.request().resourceType()) && /\.(js|pagefind)$/.test(new URL(response.url()).pathname)) scriptBytes += (await response.body()).byteLength;
  });
  await page.goto(search(traditional.code, '團結'), { waitUntil: 'networkidle' });
  await expect(results(page, traditional.code).first()).toBeVisible();
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
  test.info().annotations.push({ type: 'search page script and WebAssembly', description: `${scriptBytes} bytes` });
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /script-src 'self' 'wasm-unsafe-eval'/);
  await page.goto(url(traditional.code, { kind: 'home' }));
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).not.toHaveAttribute('content', /wasm-unsafe-eval/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page explains it needs JavaScript and links to the topics and the archive', async ({ page }) => {
    await page.goto(search(english.code, 'SOAS'));
    const main = page.getByRole('main');
    await expect(main.getByText(ui(english.code, 'search.noScript'))).toBeVisible();
    await expect(main.getByRole('link', { name: ui(english.code, 'search.browseTopics') })).toHaveAttribute('href', url(english.code, { kind: 'tags' }));
    await expect(main.getByRole('link', { name: ui(english.code, 'search.browseArchive') })).toHaveAttribute('href', url(english.code, { kind: 'home' }));
    await expect(main.getByRole('searchbox', { name: ui(english.code, 'search.label') })).toBeHidden();
  });
});
