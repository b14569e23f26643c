import { expect } from '@playwright/test';
import { test } from './shared-pages.ts';
import { content, defaultLocale, langOf, locales, readerVersion, samplePost, ui, url } from './fixtures.ts';

const [first, second] = locales;
if (!first || !second || !defaultLocale) throw new Error('needs two locales');

test.describe('root page chooses the reader\'s language', () => {
  for (const { browserLocale, expected } of [
    { browserLocale: 'zh-CN', expected: second.code },
    { browserLocale: 'en-US', expected: first.code },
    { browserLocale: 'fr-FR', expected: defaultLocale.code },
  ]) {
    test.describe(`browser in ${browserLocale}`, () => {
      test.use({ locale: browserLocale });
      test(`opens /${expected}/`, async ({ page }) => {
        await page.goto('/');
        await expect(page).toHaveURL(url(expected, { kind: 'home' }));
      });
    });
  }

  test.describe('after an explicit choice', () => {
    test.use({ locale: 'zh-CN' });
    test('honours the language picked in the switcher over the browser\'s', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(url(second.code, { kind: 'home' }));
      await page.getByRole('navigation', { name: ui(second.code, 'switcher.label') }).getByRole('link', { name: first.label }).click();
      await expect(page).toHaveURL(url(first.code, { kind: 'home' }));
      await page.goto('/');
      await expect(page).toHaveURL(url(first.code, { kind: 'home' }));
    });

    // The switcher stores a locale's path; a choice stored by name (its code) counts the same.
    for (const locale of locales) {
      for (const stored of new Set([locale.path, locale.code])) {
        test(`opens /${locale.path}/ for a stored "${stored}"`, async ({ page }) => {
          await page.addInitScript((value) => localStorage.setItem('tandem-locale', value), stored);
          await page.goto('/');
          await expect(page).toHaveURL(url(locale.code, { kind: 'home' }));
        });
      }
    }
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false, locale: 'zh-CN' });
    test('stays put and links to every language', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL('/');
      for (const locale of locales) {
        const link = page.getByRole('link', { name: ui(locale.code, 'root.choose', { language: locale.label }) });
        await expect(link).toBeVisible();
        await expect(link).toHaveAttribute('href', url(locale.code, { kind: 'home' }));
      }
      await page.getByRole('link', { name: ui(second.code, 'root.choose', { language: second.label }) }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui(second.code, 'home.heading'));
    });
  });
});

const tagged = samplePost('tagged post', (p) => p.tags.length > 0);
const withUpdate = samplePost('post with an update note', (p) => (p.versions[p.sourceLocale]?.updates.length ?? 0) > 0);
const sourceOnly = samplePost('untranslated post', (p) => Object.keys(p.versions).length === 1);

for (const locale of locales) {
  test.describe(`${locale.code} pages`, () => {
    const pages = [
      ['home', url(locale.code, { kind: 'home' })],
      ['home page 2', url(locale.code, { kind: 'home', page: 2 })],
      ['post', url(locale.code, { kind: 'post', slug: withUpdate.slug })],
      ['single-language post (fallback in the other locale)', url(locale.code, { kind: 'post', slug: sourceOnly.slug })],
      ['topics', url(locale.code, { kind: 'tags' })],
      ['topic', url(locale.code, { kind: 'tag', tag: tagged.tags[0] ?? '' })],
      ['404', url(locale.code, { kind: 'not-found' })],
    ] as const;
    for (const [name, path] of pages) {
      test(`${name} has <html lang="${locale.lang}"> and works without JavaScript`, async ({ noScriptPage: page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByRole('navigation', { name: ui(locale.code, 'switcher.label') })).toBeVisible();
      });
    }

    test('home lists posts newest first with dates, excerpts and working "continue reading" links', async ({ page }) => {
      await page.goto(url(locale.code, { kind: 'home' }));
      const articles = page.getByRole('list').filter({ has: page.getByRole('article') }).getByRole('article');
      await expect(articles.first().getByRole('heading', { level: 2 })).toBeVisible();
      const firstPost = content.posts[0];
      await expect(articles.first().locator('time')).toHaveAttribute('datetime', firstPost?.date.toISOString().slice(0, 10) ?? '');
      const more = page.getByRole('link', { name: new RegExp(`^${ui(locale.code, 'post.continueReading')}`) }).first();
      await more.click();
      await expect(page).toHaveURL(/\/posts\//);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });

    test('pagination leads to older posts', async ({ page }) => {
      await page.goto(url(locale.code, { kind: 'home' }));
      await page.getByRole('navigation', { name: ui(locale.code, 'pagination.label') }).getByRole('link', { name: ui(locale.code, 'pagination.next') }).click();
      await expect(page).toHaveURL(url(locale.code, { kind: 'home', page: 2 }));
    });

    test('a post shows its update note at the top and its topics', async ({ page }) => {
      await page.goto(url(locale.code, { kind: 'post', slug: withUpdate.slug }));
      const version = readerVersion(withUpdate, locale.code) ?? withUpdate.versions[withUpdate.sourceLocale];
      const note = page.getByRole('complementary').first();
      await expect(note).toContainText(version?.updates[0]?.text ?? '');
      await expect(page.getByRole('navigation', { name: ui(locale.code, 'post.tags') }).getByRole('link')).toHaveCount(withUpdate.tags.length);
    });
  });
}

test('the site-wide 404 speaks every language', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  for (const locale of locales) {
    await expect(page.locator(`section[lang="${langOf(locale.code)}"]`).getByRole('heading', { name: ui(locale.code, 'notFound.title'), exact: true })).toBeVisible();
  }
});
