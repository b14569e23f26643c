// A link checker over the built site: starting from every locale's home and the root, it follows
// every internal link and fails on any page that does not answer 200 or any #fragment with no
// matching id on its target page.
import { expect, test } from '@playwright/test';
import { locales, url } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

test('no broken internal links or fragment anchors in any locale', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL ?? '').origin;
  const queue = ['/', ...locales.map((l) => url(l.code, { kind: 'home' }))];
  const ids = new Map<string, Set<string>>();
  const linksFrom = new Map<string, string[]>();
  const broken: string[] = [];

  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (ids.has(path)) continue;
    const response = await page.goto(path);
    if (response?.status() !== 200) {
      broken.push(`${path} answered ${response?.status()}`);
      ids.set(path, new Set());
      continue;
    }
    ids.set(path, new Set(await page.locator('[id]').evaluateAll((elements) => elements.map((e) => e.id))));
    const hrefs = await page.locator('a[href], link[rel="alternate"][href]').evaluateAll((links) => links.map((l) => (l as HTMLAnchorElement).href));
    const internal = hrefs.map((href) => new URL(href)).filter((target) => target.origin === origin || target.hostname === 'localhost');
    linksFrom.set(path, internal.map((target) => `${target.pathname}${target.hash}`));
    for (const target of internal) {
      if (!target.pathname.endsWith('.xml') && !ids.has(target.pathname)) queue.push(target.pathname);
    }
  }

  for (const [from, links] of linksFrom) {
    for (const link of links) {
      const [path = '', fragment] = link.split('#');
      if (path.endsWith('.xml')) continue;
      if (fragment && !ids.get(path)?.has(decodeURIComponent(fragment))) broken.push(`${from} → ${link}: no element with id "${decodeURIComponent(fragment)}"`);
    }
  }
  expect(broken).toEqual([]);
  expect(ids.size).toBeGreaterThan(20);
});
