import { expect, test } from '@playwright/test';
import { formatDate } from '../../src/i18n/format.ts';
import { getLocale } from '../../src/i18n/urls.ts';
import { siteConfig } from '../../src/config/site.ts';
import { content, nameIn, statuses, ui, url } from './fixtures.ts';

const outdated = statuses.filter((record) => record.status === 'outdated');
const upToDate = statuses.find((record) => record.status === 'up-to-date');

test('the sample content has outdated translations in both directions', () => {
  expect(new Set(outdated.map((record) => record.sourceLocale)).size).toBeGreaterThanOrEqual(2);
});

for (const record of outdated) {
  test(`an outdated ${record.locale} translation of ${record.sourceLocale}-first "${record.slug}" says the original changed, with the date and a link`, async ({ page }) => {
    if (record.status !== 'outdated') throw new Error('unreachable');
    await page.goto(url(record.locale, { kind: 'post', slug: record.slug }));
    const notice = page.getByRole('note');
    const date = formatDate(new Date(`${record.recordedAt}T00:00:00Z`), getLocale(siteConfig, record.locale));
    await expect(notice).toContainText(ui(record.locale, 'outdated.notice', { language: nameIn(record.sourceLocale, record.locale), date }));
    await notice.getByRole('link', { name: ui(record.locale, 'outdated.viewOriginal', { language: nameIn(record.sourceLocale, record.locale) }) }).click();
    await expect(page).toHaveURL(url(record.sourceLocale, { kind: 'post', slug: record.slug }));
    await expect(page.getByRole('note')).toHaveCount(0);
  });
}

test('an up-to-date translation shows no notice', async ({ page }) => {
  expect(upToDate, 'the sample content needs an up-to-date translation').toBeDefined();
  await page.goto(url(upToDate?.locale ?? '', { kind: 'post', slug: upToDate?.slug ?? '' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.posts.find((p) => p.slug === upToDate?.slug)?.versions[upToDate?.locale ?? '']?.title ?? '');
  await expect(page.getByRole('note')).toHaveCount(0);
});
