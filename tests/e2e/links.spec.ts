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

  // Pages are fetched and parsed by the browser's own HTML parser (DOMParser), not opened:
  // the same ids and links, without loading every page's styles and images.
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (ids.has(path)) continue;
    const response = await page.request.get(path);
    if (response.status() !== 200) {
      broken.push(`${path} answered ${response.status()}`);
      ids.set(path, new Set());
      continue;
    }
    const found = await page.evaluate(
      ({ html, base }) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        return {
          ids: Array.from(doc.querySelectorAll('[id]'), (e) => e.id),
          hrefs: Array.from(doc.querySelectorAll('a[href], link[rel="alternate"][href]'), (l) => new URL(l.getAttribute('href') ?? '', base).href),
        };
      },
      { html: await response.text(), base: new URL(path, origin).href },
    );
    ids.set(path, new Set(found.ids));
    const internal = found.hrefs.map((href) => new URL(href)).filter((target) => target.origin === origin || target.hostname === 'localhost');
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
