// The table of contents of long posts: a labelled landmark in the page's
// language, one link per h2–h4 in the post's language, each moving to its heading.
import { expect, test } from '@playwright/test';
import type { Post } from '../../src/content/model.ts';
import { converted, langOf, locales, publishedIn, readerVersion, samplePost, ui, url } from './fixtures.ts';

/** The h2–h4 texts of a version's Markdown, as the table of contents lists them (converted for a derived locale). */
function headingsOf(post: Post, code: string): string[] {
  const body = readerVersion(post, code)?.body ?? '';
  return [...body.matchAll(/^#{2,4}[ \t]+(.+?)[ \t#]*$/gm)].map((match) => converted(code, match[1] ?? ''));
}

const published = (post: Post) => locales.every((l) => publishedIn(post, l.code));
const long = samplePost('the cotton statement, translated, with four sections', (p) => p.slug === 'cotton-supply-chain-statement' && published(p) && locales.every((l) => headingsOf(p, l.code).length >= 4));
const short = samplePost('translated post with fewer than three sections', (p) => published(p) && locales.every((l) => headingsOf(p, l.code).length < 3));

for (const locale of locales) {
  test(`${locale.code}: a long post lists its sections, and each link moves to its heading`, async ({ page }) => {
    const expected = headingsOf(long, locale.code);
    await page.goto(url(locale.code, { kind: 'post', slug: long.slug }));
    const toc = page.getByRole('navigation', { name: ui(locale.code, 'post.contents') });
    await expect(toc).toBeVisible();
    expect(await toc.getByRole('list').first().evaluate((list) => list.closest('[lang]')?.getAttribute('lang'))).toBe(langOf(locale.code));
    const links = toc.getByRole('link');
    await expect(links).toHaveText(expected);
    // From the last section up, so every click has to scroll.
    for (const text of [...expected].reverse()) {
      const link = toc.getByRole('link', { name: text, exact: true });
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toMatch(/^#h-/);
      await link.click();
      await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(decodeURIComponent(href));
      const heading = page.getByRole('heading', { name: text, exact: true });
      await expect(heading).toHaveAttribute('id', decodeURIComponent(href.slice(1)));
      await expect(heading).toBeInViewport();
    }
  });

  test(`${locale.code}: a post with fewer than three sections has no table of contents`, async ({ page }) => {
    await page.goto(url(locale.code, { kind: 'post', slug: short.slug }));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: ui(locale.code, 'post.contents') })).toHaveCount(0);
  });
}
