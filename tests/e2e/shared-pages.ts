import AxeBuilder from '@axe-core/playwright';
import { test as base, type Page, type PlaywrightWorkerArgs, type WorkerFixture } from '@playwright/test';

/** A worker fixture: a page in a context of its own, with the project's device settings (viewport, base URL…). */
function workerPage(javaScriptEnabled: boolean): [WorkerFixture<Page, PlaywrightWorkerArgs>, { scope: 'worker' }] {
  return [
    async ({ browser }, use, { project }) => {
      const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = project.use;
      const context = await browser.newContext({ baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, javaScriptEnabled });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ];
}

/**
 * Playwright's `test` with pages kept open for the whole worker, for tests that only look at what
 * a page shows: they must leave no storage, routes or listeners behind. On a 2-core machine a new
 * context costs ~0.5 s and axe compiles its 500 KB again in every fresh renderer; checking four
 * pages with axe took 7–8 s in one page against 21–22 s in a page each (measured).
 */
export const test = base.extend<object, { readingPage: Page; noScriptPage: Page }>({
  readingPage: workerPage(true),
  noScriptPage: workerPage(false),
});

/**
 * What axe finds wrong on the page as it is now, a line per rule (`id: help (targets)`), so a
 * failing test names the rule and the elements.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe in the page alone. The default also opens a blank page to merge results
  // across frames, which these pages never have (the sanitizer removes iframes): half the time.
  const { violations } = await new AxeBuilder({ page }).setLegacyMode().analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
