import { expect, test } from '@playwright/test';
import { langOf, locales, nameIn, otherLocale, publishedIn, readerVersion, samplePost, ui, url } from './fixtures.ts';

const translated = samplePost('fully translated post', (p) => locales.every((l) => publishedIn(p, l.code)) && p.sourceLocale === locales[0]?.code);
const sourceOnly = samplePost('post with only its source version', (p) => Object.keys(p.versions).length === 1);
const draft = samplePost('post with a draft translation', (p) => Object.values(p.versions).some((v) => v?.draft));
const secondFirst = samplePost('post written in the second locale', (p) => p.sourceLocale !== locales[0]?.code && locales.every((l) => publishedIn(p, l.code)));

for (const post of [translated, secondFirst]) {
  test(`switching language on "${post.slug}" (${post.sourceLocale}-first) lands on its counterpart`, async ({ page }) => {
    const from = post.sourceLocale;
    const to = otherLocale(post);
    await page.goto(url(from, { kind: 'post', slug: post.slug }));
    await expect(page.locator('html')).toHaveAttribute('lang', langOf(from));
    const switcher = page.getByRole('navigation', { name: ui(from, 'switcher.label') });
    await switcher.getByRole('link', { name: locales.find((l) => l.code === to)?.label }).click();
    await expect(page).toHaveURL(url(to, { kind: 'post', slug: post.slug }));
    await expect(page.locator('html')).toHaveAttribute('lang', langOf(to));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(readerVersion(post, to)?.title ?? '');
    // A real counterpart, not a fallback copy (an outdated-translation notice may still show).
    await expect(page.getByRole('note').filter({ hasText: ui(to, 'fallback.untranslated', { language: nameIn(from, to) }) })).toHaveCount(0);
    // …and back again.
    await page.getByRole('navigation', { name: ui(to, 'switcher.label') }).getByRole('link', { name: locales.find((l) => l.code === from)?.label }).click();
    await expect(page).toHaveURL(url(from, { kind: 'post', slug: post.slug }));
  });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });
    test('an untranslated post: each other language\'s entry says so, and leads to that language\'s page, which shows the source under a notice', async ({ page }) => {
      const from = sourceOnly.sourceLocale;
      const to = otherLocale(sourceOnly);
      const target = locales.find((l) => l.code === to);
      await page.goto(url(from, { kind: 'post', slug: sourceOnly.slug }));
      const switcher = page.getByRole('navigation', { name: ui(from, 'switcher.label') });
      // Every other language is missing: each entry is named with its short label and, in the reader's language, its state.
      for (const other of locales.filter((l) => l.code !== from)) {
        const entry = switcher.getByRole('link', { name: `${other.shortLabel ?? other.label} (${ui(from, 'theme.unavailable', { language: nameIn(other.code, from), state: ui(from, 'switcher.untranslated') })})`, exact: true });
        await expect(entry).toHaveAttribute('href', url(other.code, { kind: 'post', slug: sourceOnly.slug }));
        // Not a version of the page: no hreflang, which marks real versions (and the sitemap reads).
        await expect(entry).not.toHaveAttribute('hreflang');
        await expect(entry.locator(`[lang="${other.lang}"]`)).toHaveText(other.shortLabel ?? other.label);
      }
      // It looks unavailable: muted and struck through.
      const look = await switcher.getByRole('link').first().evaluate((a) => ({ line: getComputedStyle(a).textDecorationLine, colour: getComputedStyle(a).color, text: getComputedStyle(document.body).color }));
      expect(look.line).toContain('line-through');
      expect(look.colour).not.toBe(look.text);

      await switcher.getByRole('link', { name: new RegExp(`^${target?.shortLabel ?? target?.label}`) }).click();
      await expect(page).toHaveURL(url(to, { kind: 'post', slug: sourceOnly.slug }));
      // Remembered for the root page as that language's path.
      if (javaScriptEnabled) expect(await page.evaluate(() => localStorage.getItem('tandem-locale'))).toBe(target?.path);
      await expect(page.locator('html')).toHaveAttribute('lang', langOf(to));
      await expect(page.getByRole('note')).toContainText(ui(to, 'fallback.untranslated', { language: nameIn(from, to) }));
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveText(sourceOnly.versions[from]?.title ?? '');
      await expect(heading).toHaveAttribute('lang', langOf(from));
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      await page.getByRole('note').getByRole('link').click();
      await expect(page).toHaveURL(url(from, { kind: 'post', slug: sourceOnly.slug }));
    });
  });
}

test('a draft translation is not shown to readers: the source appears under a "translation in progress" notice', async ({ page }) => {
  const to = otherLocale(draft);
  await page.goto(url(draft.sourceLocale, { kind: 'post', slug: draft.slug }));
  await expect(page.getByRole('navigation', { name: ui(draft.sourceLocale, 'switcher.label') })).toContainText(ui(draft.sourceLocale, 'switcher.draft'));
  await page.goto(url(to, { kind: 'post', slug: draft.slug }));
  await expect(page.getByRole('note')).toContainText(ui(to, 'fallback.draft', { language: nameIn(draft.sourceLocale, to) }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(draft.versions[draft.sourceLocale]?.title ?? '');
});

test('the switcher names each language in full, in that language, and marks the current one', async ({ page }) => {
  const [first] = locales;
  if (!first) throw new Error('no locale');
  await page.goto(url(first.code, { kind: 'home' }));
  const switcher = page.getByRole('navigation', { name: ui(first.code, 'switcher.label') });
  for (const locale of locales) {
    const entry = switcher.locator(`li > [lang="${locale.lang}"]`);
    if (locale.code === first.code) {
      await expect(entry).toHaveAttribute('aria-current', 'page');
      await expect(entry).toHaveText(`${locale.shortLabel ?? locale.label}${locale.label} (${ui(first.code, 'switcher.current')})`);
    } else {
      // Announced by its full name, which holds the short label shown (WCAG 2.5.3, label in name).
      await expect(entry).toHaveAccessibleName(locale.label);
      expect(locale.label.toLowerCase()).toContain((locale.shortLabel ?? locale.label).toLowerCase());
    }
  }
});

test('where no page stands in for a missing version, its entry is a disabled one explained in the reader\'s language and its own', async ({ page }) => {
  // The side-by-side review exists in one language only.
  const from = otherLocale(translated);
  const to = locales.find((l) => l.code !== from)?.code ?? '';
  await page.goto(url(from, { kind: 'review', slug: translated.slug }));
  const switcher = page.getByRole('navigation', { name: ui(from, 'switcher.label') });
  await expect(switcher.getByRole('link')).toHaveCount(0);
  const entry = switcher.locator('details').filter({ has: page.locator(`[lang="${langOf(to)}"]`) });
  await expect(entry.locator('summary')).toContainText(ui(from, 'theme.unavailable', { language: nameIn(to, from), state: ui(from, 'switcher.untranslated') }));
  await entry.locator('summary').click();
  const why = entry.locator('.unavailable-why');
  await expect(why.locator(`[lang="${langOf(from)}"]`)).toHaveText(ui(from, 'theme.unavailable', { language: nameIn(to, from), state: ui(from, 'switcher.untranslated') }));
  await expect(why.locator(`[lang="${langOf(to)}"]`)).toHaveText(ui(to, 'theme.unavailable', { language: nameIn(to, to), state: ui(to, 'switcher.untranslated') }));
});

test('links in notices do not change the remembered language; only the switcher does', async ({ page }) => {
  const to = otherLocale(sourceOnly);
  await page.goto(url(to, { kind: 'post', slug: sourceOnly.slug }));
  await page.getByRole('note').getByRole('link').click();
  await expect(page).toHaveURL(url(sourceOnly.sourceLocale, { kind: 'post', slug: sourceOnly.slug }));
  expect(await page.evaluate(() => localStorage.getItem('tandem-locale'))).toBeNull();
});
