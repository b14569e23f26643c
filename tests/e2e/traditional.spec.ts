// A derived locale (Traditional Chinese converted from Simplified) as its readers meet it.
import { expect, test } from '@playwright/test';
import { languageName } from '../../src/i18n/format.ts';
import { locales, publishedIn, readerVersion, samplePost, statuses, ui, url } from './fixtures.ts';

const derived = locales.find((l) => l.derivedFrom !== undefined);
const parent = locales.find((l) => l.code === derived?.derivedFrom);
if (!derived || !parent) throw new Error('these tests need a derived locale');

const quoted = samplePost('Chinese post with quotation marks', (p) => publishedIn(p, derived.code) && !p.versions[derived.code] && /“/.test(p.versions[parent.code]?.body ?? ''));
const outdatedParent = statuses.find((record) => record.locale === parent.code && record.status === 'outdated');

test('a converted post says so discreetly, links the page it was converted from, and quotes with corner brackets', async ({ page }) => {
  await page.goto(url(derived.code, { kind: 'post', slug: quoted.slug }));
  await expect(page.locator('html')).toHaveAttribute('lang', derived.lang);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(readerVersion(quoted, derived.code)?.title ?? '');
  const language = languageName(parent, derived, true);
  const notice = page.getByRole('note').filter({ hasText: ui(derived.code, 'derived.notice', { language }) });
  await expect(notice).toBeVisible();
  const prose = page.locator('.prose');
  await expect(prose).toContainText('「');
  await expect(prose).not.toContainText('“');
  await notice.getByRole('link', { name: ui(derived.code, 'derived.viewParent', { language }) }).click();
  await expect(page).toHaveURL(url(parent.code, { kind: 'post', slug: quoted.slug }));
  await expect(page.getByRole('note').filter({ hasText: ui(parent.code, 'derived.notice', { language }) })).toHaveCount(0);
});

test('an outdated parent translation makes the converted page outdated too, with the same notice', async ({ page }) => {
  expect(outdatedParent, 'the sample content needs an outdated translation in the parent locale').toBeDefined();
  if (outdatedParent?.status !== 'outdated') return;
  await page.goto(url(parent.code, { kind: 'post', slug: outdatedParent.slug }));
  const parentNotice = await page.locator('[data-notice="outdated"]').innerText();
  await page.goto(url(derived.code, { kind: 'post', slug: outdatedParent.slug }));
  await expect(page.locator('[data-notice="outdated"]')).toBeVisible();
  await expect(page.locator('[data-notice="outdated"]')).not.toHaveText(parentNotice); // converted, not copied
  await expect(page.locator('[data-notice="outdated"] a')).toHaveAttribute('href', url(outdatedParent.sourceLocale, { kind: 'post', slug: outdatedParent.slug }));
});

for (const browserLocale of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant']) {
  test.describe(`browser in ${browserLocale}`, () => {
    test.use({ locale: browserLocale });
    test('the root page opens Traditional Chinese', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(url(derived.code, { kind: 'home' }));
    });
  });
}

test.describe('a Hong Kong reader who picks Simplified Chinese', () => {
  test.use({ locale: 'zh-HK' });
  test('gets Simplified from then on: the explicit choice wins over the browser', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(url(derived.code, { kind: 'home' }));
    await page.getByRole('navigation', { name: ui(derived.code, 'switcher.label') }).getByRole('link', { name: parent.label }).click();
    await page.goto('/');
    await expect(page).toHaveURL(url(parent.code, { kind: 'home' }));
  });
});
