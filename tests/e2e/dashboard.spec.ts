import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { TRANSLATION_STATES, type TranslationStatus } from '../../src/translation/index.ts';
import { locales, ui, url } from './fixtures.ts';

const root = path.resolve(import.meta.dirname, '../..');
// The CLI's own output, so the page is checked against what translators get in a terminal.
const cliRecords = JSON.parse(execFileSync(process.execPath, ['src/cli/bin.js', 'status', '--json'], { cwd: root, encoding: 'utf8' })) as TranslationStatus[];
const outdated = cliRecords.find((record): record is Extract<TranslationStatus, { status: 'outdated' }> => record.status === 'outdated' && record.changes.some((c) => c.kind === 'changed' && !c.field));
const missing = cliRecords.find((record) => record.status === 'missing');
const targets = [...new Set(cliRecords.map((record) => record.locale))];

const rows = (page: Page) => page.locator('.worklist > li:visible');
const label = (code: string) => locales.find((l) => l.code === code)?.label ?? code;

/** Fails the test if the page asks any other host for anything. */
function onlyOwnRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const { hostname, protocol } = new URL(request.url());
    if (protocol !== 'data:' && hostname !== '127.0.0.1') foreign.push(request.url());
  });
  return foreign;
}

for (const locale of locales) {
  test.describe(`dashboard in ${locale.code}`, () => {
    const dashboard = url(locale.code, { kind: 'dashboard' });

    test('is linked from the footer, not indexed and not in the sitemap', async ({ page, request }) => {
      await page.goto(url(locale.code, { kind: 'home' }));
      await page.getByRole('contentinfo').getByRole('link', { name: ui(locale.code, 'footer.dashboard') }).click();
      await expect(page).toHaveURL(dashboard);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      expect(await (await request.get('/sitemap-0.xml')).text()).not.toContain('/translations/');
    });

    test('coverage and rows match `tandem status --json` exactly, each row once', async ({ page }) => {
      const foreign = onlyOwnRequests(page);
      await page.goto(dashboard);
      for (const target of locales) {
        const expected = cliRecords.filter((record) => record.locale === target.code);
        const section = page.locator(`section.coverage[data-locale="${target.code}"]`);
        if (expected.length === 0) {
          await expect(section).toHaveCount(0);
          continue;
        }
        for (const state of TRANSLATION_STATES) {
          await expect(section.locator(`[data-state="${state}"] dd`)).toHaveAttribute('data-count', String(expected.filter((record) => record.status === state).length));
        }
        // Derived (converted) versions need no work: they count as current.
        const current = expected.filter((record) => record.status === 'up-to-date' || record.status === 'derived').length;
        await expect(section).toContainText(ui(locale.code, 'dashboard.upToDateSummary', { count: current, total: expected.length, percent: Math.floor((current / expected.length) * 100) }));
      }
      await expect(rows(page)).toHaveCount(cliRecords.length);
      const ids = await page.locator('.worklist > li').evaluateAll((items) => items.map((item) => item.id));
      expect(new Set(ids).size).toBe(cliRecords.length);
      expect(foreign).toEqual([]);
    });

    test('lists static pages, linked to the page, with no review link', async ({ page }) => {
      const record = cliRecords.find((r) => r.kind === 'page');
      test.skip(!record, 'the sample content has no static page');
      if (!record) return;
      await page.goto(dashboard);
      const row = page.locator(`.worklist > li[id="p-${record.slug}-${record.locale}"]`);
      await expect(row.getByRole('link', { name: record.title.source })).toHaveAttribute('href', url(record.sourceLocale, { kind: 'page', slug: record.slug }));
      await expect(row.locator('a[href*="/translations/compare/"]')).toHaveCount(0);
    });

    test('lists one state per page, with what to do next', async ({ page }) => {
      await page.goto(dashboard);
      await page.getByRole('navigation', { name: ui(locale.code, 'dashboard.filterState') }).getByRole('link', { name: new RegExp(ui(locale.code, 'status.outdated')) }).click();
      await expect(page).toHaveURL(url(locale.code, { kind: 'dashboard', state: 'outdated' }));
      await expect(rows(page)).toHaveCount(cliRecords.filter((record) => record.status === 'outdated').length);
      await expect(page.getByText(ui(locale.code, 'worklist.next.outdated'))).toBeVisible();
      await expect(page.getByText(ui(locale.code, 'worklist.next.missing'))).toHaveCount(0);
    });

    test('filters by language, says so when nothing is left, and sorts by work left with the keyboard', async ({ page }) => {
      // A state that has translations, but none into one of the languages.
      const empty = TRANSLATION_STATES.flatMap((state) => targets.map((code) => ({ state, code }))).find(
        ({ state, code }) => cliRecords.some((r) => r.status === state) && !cliRecords.some((r) => r.status === state && r.locale === code),
      );
      test.skip(!empty, 'the sample content has no state missing from one language');
      if (!empty) return;
      await page.goto(url(locale.code, { kind: 'dashboard', state: empty.state }));
      const message = page.getByText(ui(locale.code, 'worklist.empty'));
      await expect(message).toBeHidden();
      await page.getByRole('group', { name: ui(locale.code, 'dashboard.filterLocale') }).getByRole('radio', { name: label(empty.code) }).check();
      await expect(rows(page)).toHaveCount(0);
      await expect(message).toBeVisible();

      await page.goto(dashboard);
      await page.getByRole('radio', { name: ui(locale.code, 'dashboard.sortDate') }).focus();
      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('radio', { name: ui(locale.code, 'dashboard.sortWork') })).toBeChecked();
      const shown = await rows(page).evaluateAll((items) => items.map((item) => ({ y: item.getBoundingClientRect().top, rank: Number(item.getAttribute('data-w')) })));
      expect(shown.toSorted((a, b) => a.y - b.y).map((item) => item.rank)).toEqual(shown.map((_, k) => k));
    });
  });
}

test.describe('dashboard on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const locale of locales) {
    test(`${locale.code}: cards, no sideways scrolling, dates on one line, titles link to both versions`, async ({ page }) => {
      await page.goto(url(locale.code, { kind: 'dashboard' }));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const lines = await page.locator('.worklist time').evaluateAll((times) => times.map((time) => time.getClientRects().length === 1 && time.getBoundingClientRect().height < 30));
      expect(lines.every(Boolean)).toBe(true);
      const published = cliRecords.find((record) => record.status === 'up-to-date');
      if (!published) return;
      const card = page.locator(`#t-${published.slug}-${published.locale}`);
      await expect(card.getByRole('link', { name: published.title.source, exact: true })).toHaveAttribute('href', url(published.sourceLocale, { kind: 'post', slug: published.slug }));
      await expect(card.getByRole('link', { name: published.title.translation ?? '', exact: true })).toHaveAttribute('href', url(published.locale, { kind: 'post', slug: published.slug }));
    });
  }
});

test.describe('dashboard without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('lists every translation and still sorts (CSS order)', async ({ page }) => {
    await page.goto(url(locales[0]?.code ?? '', { kind: 'dashboard' }));
    await expect(rows(page)).toHaveCount(cliRecords.length);
    await page.locator('#sort-title').check();
    const shown = await rows(page).evaluateAll((items) => items.map((item) => ({ y: item.getBoundingClientRect().top, rank: Number(item.getAttribute('data-t')) })));
    expect(shown.toSorted((a, b) => a.y - b.y).map((item) => item.rank)).toEqual(shown.map((_, k) => k));
  });
});

test.describe('review side by side', () => {
  test('an outdated translation: source beside translation, changed words marked, reached from the dashboard', async ({ page, request }) => {
    expect(outdated, 'the sample content needs an outdated translation with a changed paragraph').toBeDefined();
    if (!outdated) return;
    const code = outdated.locale;
    const foreign = onlyOwnRequests(page);
    await page.goto(url(code, { kind: 'dashboard' }));
    await page.locator(`#t-${outdated.slug}-${code}`).getByRole('link', { name: ui(code, 'dashboard.seeChanges') }).click();
    await expect(page).toHaveURL(url(code, { kind: 'review', slug: outdated.slug }));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveCount(2);
    await expect(table.locator('tr[data-change="changed"] del, tr[data-change="changed"] ins').first()).toBeVisible();
    await expect(page.locator('code').filter({ hasText: `done ${outdated.slug} --to ${code}` })).toBeVisible();
    expect(foreign).toEqual([]);
    expect(await (await request.get('/sitemap-0.xml')).text()).not.toContain('/compare/');
    // JavaScript size, CSP and axe are checked for this page type in web-standards.spec.ts.
  });

  test('stacks the pair on a phone without sideways scrolling', async ({ page }) => {
    if (!outdated) return;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url(outdated.locale, { kind: 'review', slug: outdated.slug }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const cells = page.locator('tbody tr').first().locator('td');
    const [a, b] = await cells.evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect()));
    expect(b?.top ?? 0).toBeGreaterThan((a?.top ?? 0) + (a?.height ?? 0) - 1);
  });

  test('a missing translation offers the command and the web editor pre-filled with the draft', async ({ page }) => {
    expect(missing, 'the sample content needs a missing translation').toBeDefined();
    if (!missing) return;
    await page.goto(url(missing.locale, { kind: 'dashboard' }));
    await page.locator(`#t-${missing.slug}-${missing.locale}`).getByRole('link', { name: ui(missing.locale, 'worklist.start') }).click();
    await expect(page.locator('code').filter({ hasText: `new ${missing.slug} --to ${missing.locale}` })).toBeVisible();
    const editor = await page.getByRole('link', { name: ui(missing.locale, 'worklist.startInEditor') }).getAttribute('href');
    const link = new URL(editor ?? '');
    expect(link.searchParams.get('filename')).toBe(`content/posts/${missing.slug}/${missing.locale}.md`);
    expect(link.searchParams.get('value')).toMatch(/^---\ntitle: [\s\S]+\ndraft: true\n---\n/);
  });
});

test('the bilingual view is off by default: no page and no link', async ({ page, request }) => {
  const post = cliRecords.find((record) => record.status === 'up-to-date');
  if (!post) return;
  expect((await request.get(url(post.locale, { kind: 'bilingual', slug: post.slug }))).status()).toBe(404);
  await page.goto(url(post.locale, { kind: 'post', slug: post.slug }));
  await expect(page.getByRole('link', { name: ui(post.locale, 'bilingual.link') })).toHaveCount(0);
});
