import { execFileSync } from 'node:child_process';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { TRANSLATION_STATES, type TranslationStatus } from '../../src/translation/index.ts';
import { locales, ui, url } from './fixtures.ts';

const root = path.resolve(import.meta.dirname, '../..');
// The CLI's own output, so the page is checked against what translators get in a terminal.
const cliRecords = JSON.parse(execFileSync(process.execPath, ['src/cli/bin.ts', 'status', '--json'], { cwd: root, encoding: 'utf8' })) as TranslationStatus[];
const outdated = cliRecords.find((record) => record.status === 'outdated');

const visibleRows = (page: Page) => page.locator('tbody tr:visible');

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

    test('coverage counts match `tandem status --json` exactly', async ({ page }) => {
      await page.goto(dashboard);
      for (const target of locales) {
        const expected = cliRecords.filter((record) => record.locale === target.code);
        const section = page.locator(`section.coverage[data-locale="${target.code}"]`);
        if (expected.length === 0) {
          await expect(section).toHaveCount(0);
          continue;
        }
        for (const state of TRANSLATION_STATES) {
          const count = expected.filter((record) => record.status === state).length;
          await expect(section.locator(`[data-state="${state}"] dd`)).toHaveAttribute('data-count', String(count));
          await expect(section.locator(`[data-state="${state}"] dt`)).toHaveText(ui(locale.code, `status.${state}`));
        }
        // Derived (converted) versions need no work: they count as current.
        const current = expected.filter((record) => record.status === 'up-to-date' || record.status === 'derived').length;
        await expect(section).toContainText(ui(locale.code, 'dashboard.upToDateSummary', { count: current, total: expected.length, percent: Math.floor((current / expected.length) * 100) }));
      }
      await expect(visibleRows(page)).toHaveCount(cliRecords.length);
    });

    test('filters by state and by language, and sorts by work left — with the keyboard', async ({ page }) => {
      await page.goto(dashboard);
      const states = page.getByRole('group', { name: ui(locale.code, 'dashboard.filterState') });
      await states.getByRole('radio', { name: ui(locale.code, 'dashboard.all') }).focus();
      // Arrow keys move through a radio group: All → Missing → Draft → Needs review → Outdated.
      for (let i = 0; i < TRANSLATION_STATES.indexOf('outdated') + 1; i++) await page.keyboard.press('ArrowRight');
      await expect(states.getByRole('radio', { name: ui(locale.code, 'status.outdated') })).toBeChecked();
      const outdatedCount = cliRecords.filter((record) => record.status === 'outdated').length;
      await expect(visibleRows(page)).toHaveCount(outdatedCount);
      for (const state of await visibleRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-state')))) expect(state).toBe('outdated');

      await states.getByRole('radio', { name: ui(locale.code, 'dashboard.all') }).check();
      const target = cliRecords[0]?.locale ?? '';
      const targetLabel = locales.find((l) => l.code === target)?.label ?? '';
      await page.getByRole('group', { name: ui(locale.code, 'dashboard.filterLocale') }).getByRole('radio', { name: targetLabel }).check();
      await expect(visibleRows(page)).toHaveCount(cliRecords.filter((record) => record.locale === target).length);

      await page.getByRole('radio', { name: ui(locale.code, 'dashboard.sortWork') }).check();
      const work = await visibleRows(page).locator('td[data-work]').evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-work'))));
      expect(work).toEqual(work.toSorted((a, b) => b - a));
    });

    test('shows what changed in an outdated translation\'s source, old and new side by side', async ({ page }) => {
      expect(outdated, 'the sample content needs an outdated translation').toBeDefined();
      if (outdated?.status !== 'outdated') return;
      await page.goto(dashboard);
      const row = page.locator(`tbody[data-order="date"] tr[data-slug="${outdated.slug}"][data-locale="${outdated.locale}"]`);
      await row.getByRole('link', { name: ui(locale.code, 'dashboard.seeChanges') }).click();
      const section = page.locator(`section#changes-${outdated.slug}-${outdated.locale}`);
      await expect(section).toBeInViewport();
      await expect(section.locator('li')).toHaveCount(outdated.changes.length);
      const changed = outdated.changes.find((change) => change.kind === 'changed' && !change.field);
      if (changed) {
        await expect(section.locator('del, ins').first()).toBeVisible();
        await expect(section.getByText(ui(locale.code, 'dashboard.before')).first()).toBeVisible();
        await expect(section.getByText(ui(locale.code, 'dashboard.after')).first()).toBeVisible();
      }
      await expect(section.locator('code')).toHaveText(`npm run tandem -- done ${outdated.slug} --to ${outdated.locale}`);
    });

    test('has no accessibility violations', async ({ page }) => {
      // Every post has a row per locale (derived ones too): axe takes a while over the whole table.
      test.slow();
      await page.goto(dashboard);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });
}

test.describe('dashboard without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('lists every translation', async ({ page }) => {
    await page.goto(url(locales[0]?.code ?? '', { kind: 'dashboard' }));
    await expect(visibleRows(page)).toHaveCount(cliRecords.length);
  });
});
