import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type APIRequestContext, type Page, type Route } from '@playwright/test';
import { pageHead } from '../../src/i18n/sitemap.ts';
import { cspHash } from '../../src/site/content-policy.ts';
import { axeViolations, test } from './shared-pages.ts';
import { content, defaultLocale, langOf, locales, otherLocale, publishedIn, samplePost, ui, url } from './fixtures.ts';

const translated = samplePost('fully translated post', (p) => locales.every((l) => publishedIn(p, l.code)));
const sourceOnly = samplePost('post with only its source version', (p) => Object.keys(p.versions).length === 1);
const tagged = samplePost('tagged post', (p) => p.tags.length > 0);

/** Every page type in every locale, plus the language-neutral pages. */
const pageTypes = [
  ['root', '/'],
  ['site-wide 404', '/no-such-page/'],
  ...locales.flatMap((locale) => [
    [`${locale.code} home`, url(locale.code, { kind: 'home' })],
    [`${locale.code} post`, url(locale.code, { kind: 'post', slug: translated.slug })],
    [`${locale.code} single-language post`, url(locale.code, { kind: 'post', slug: sourceOnly.slug })],
    [`${locale.code} topics`, url(locale.code, { kind: 'tags' })],
    [`${locale.code} topic`, url(locale.code, { kind: 'tag', tag: tagged.tags[0] ?? '' })],
    [`${locale.code} 404`, url(locale.code, { kind: 'not-found' })],
    [`${locale.code} translation dashboard`, url(locale.code, { kind: 'dashboard' })],
    [`${locale.code} static page`, url(locale.code, { kind: 'page', slug: 'about' })],
    [`${locale.code} post type listing`, url(locale.code, { kind: 'type', type: 'event' })],
  ]),
  ['side-by-side review', url(otherLocale(translated), { kind: 'review', slug: translated.slug })],
] as const;

/** Records requests to other origins and CSP violations while a page loads. */
function watch(page: Page, origin: string) {
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (!['data:', 'blob:'].includes(target.protocol) && target.origin !== origin) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return { foreign, violations };
}

for (const [name, path] of pageTypes) {
  test.describe(name, () => {
    // One load for both: waiting for the network to go quiet is most of a page's test time.
    test('makes no third-party requests, breaks no CSP rule and ships at most 2 KB of JavaScript', async ({ page, baseURL }) => {
      const seen = watch(page, new URL(baseURL ?? '').origin);
      const external: number[] = [];
      page.on('response', async (response) => {
        if (response.request().resourceType() === 'script') external.push((await response.body()).byteLength);
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(seen.foreign).toEqual([]);
      expect(seen.violations).toEqual([]);
      const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
      expect(csp).toMatch(/^default-src 'self';/);
      // Scripts from the site's files and, only when the page has inline ones, their hashes.
      for (const directive of csp.split('; ').filter((part) => /^(script|style)-src /.test(part))) expect(directive).toMatch(/^(script|style)-src 'self'( '[^']+')+$/);
      expect(csp).not.toContain('unsafe-inline');
      const inline = await page.locator('script:not([src])').evaluateAll((scripts) => scripts.reduce((sum, s) => sum + new TextEncoder().encode(s.textContent ?? '').byteLength, 0));
      expect(inline + external.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2048);
    });

    test('has no accessibility violations (axe)', async ({ readingPage }) => {
      // The root page sends script-enabled readers on at once; check what it shows without JavaScript.
      const withoutScripts = async (route: Route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '') });
      };
      if (path === '/') await readingPage.route('/', withoutScripts);
      try {
        await readingPage.goto(path);
        expect(await axeViolations(readingPage)).toEqual([]);
      } finally {
        if (path === '/') await readingPage.unroute('/', withoutScripts);
      }
    });
  });
}

// A control: the same check, on a page with known faults, must find them, or a green run above would prove nothing.
test('control: axe finds an image without alt text and a page without a language', async ({ readingPage }) => {
  await readingPage.setContent('<!doctype html><title>control</title><main><img src="/favicon.svg"></main>');
  expect(await axeViolations(readingPage)).toEqual(expect.arrayContaining([expect.stringMatching(/^image-alt: /), expect.stringMatching(/^html-has-lang: /)]));
});

test('every built page\'s policy allows exactly the inline scripts and styles that page has', () => {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  const hashes = (html: string, tag: 'script' | 'style') =>
    [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))]
      // Script files are allowed as 'self'; JSON data is not run.
      .filter(([, attributes = '']) => !/\bsrc=|\btype="(?!module")/.test(attributes))
      .map(([, , code = '']) => `'${cspHash(code)}'`);
  const listed = (policy: string, directive: string) => (policy.split(/;\s*/).find((part) => part.startsWith(`${directive} `)) ?? '').match(/'sha256-[^']+'/g) ?? [];
  const sorted = (values: string[]) => [...new Set(values)].sort();
  const wrong: string[] = [];
  for (const file of pages) {
    const html = readFileSync(path.join(dist, file), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");
    if (!policy) wrong.push(`${file}: no policy`);
    else {
      for (const [tag, directive] of [['script', 'script-src'], ['style', 'style-src']] as const) {
        if (sorted(hashes(html, tag)).join() !== sorted(listed(policy, directive)).join()) wrong.push(`${file}: ${directive} lists ${listed(policy, directive).join(' ')} for ${hashes(html, tag).join(' ')}`);
      }
    }
  }
  expect(pages.length).toBeGreaterThan(100);
  expect(wrong).toEqual([]);
});

test.describe('language alternates', () => {
  // A page's versions are declared in the sitemap (not in every page's head), and linked with hreflang by its switcher.
  const sitemapEntry = async (request: APIRequestContext, path: string) => {
    const xml = await (await request.get('/sitemap-0.xml')).text();
    const entry = xml.split('<url>').find((part) => part.startsWith(`<loc>http://localhost:4321${path}</loc>`));
    return entry && Array.from(entry.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g), ([, lang, href]) => [lang, new URL(href ?? '').pathname]);
  };
  const switcherVersions = (page: Page, code: string) =>
    page.getByRole('navigation', { name: ui(code, 'switcher.label') }).locator('a[hreflang]').evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));

  test('a translated post: the sitemap lists every real version and x-default, the switcher links to the others with hreflang, the head repeats none of it', async ({ page, request }) => {
    const path = url(translated.sourceLocale, { kind: 'post', slug: translated.slug });
    expect(await sitemapEntry(request, path)).toEqual([
      ...locales.map((l) => [l.lang, url(l.code, { kind: 'post', slug: translated.slug })]),
      ['x-default', url(defaultLocale.code, { kind: 'post', slug: translated.slug })],
    ]);
    await page.goto(path);
    expect(await switcherVersions(page, translated.sourceLocale)).toEqual(locales.filter((l) => l.code !== translated.sourceLocale).map((l) => [l.lang, url(l.code, { kind: 'post', slug: translated.slug })]));
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', new RegExp(`^${new Intl.Locale(langOf(translated.sourceLocale)).language}_[A-Z]{2}$`));
  });

  test('what the sitemap reads back from a built page is what the page recorded as it rendered', () => {
    const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
    for (const post of [translated, sourceOnly]) {
      for (const locale of locales) {
        const path = url(locale.code, { kind: 'post', slug: post.slug });
        const head = pageHead(readFileSync(`${dist}${path.slice(1)}index.html`, 'utf8'));
        const real = locales.filter((l) => publishedIn(post, l.code));
        const expected = head.noindex ? [] : real.map((l) => ({ lang: l.lang, url: `http://localhost:4321${url(l.code, { kind: 'post', slug: post.slug })}` }));
        expect(head.alternates, path).toEqual(expected);
      }
    }
  });

  test('a single-language post has no other versions; its fallback copy is none, is noindex and canonicalises to the original', async ({ page, request }) => {
    expect(await sitemapEntry(request, url(sourceOnly.sourceLocale, { kind: 'post', slug: sourceOnly.slug }))).toEqual([]);
    await page.goto(url(sourceOnly.sourceLocale, { kind: 'post', slug: sourceOnly.slug }));
    expect(await switcherVersions(page, sourceOnly.sourceLocale)).toEqual([]);
    await page.goto(url(otherLocale(sourceOnly), { kind: 'post', slug: sourceOnly.slug }));
    expect(await sitemapEntry(request, url(otherLocale(sourceOnly), { kind: 'post', slug: sourceOnly.slug }))).toBeUndefined();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${url(sourceOnly.sourceLocale, { kind: 'post', slug: sourceOnly.slug })}$`));
  });
});

test.describe('feeds and sitemap', () => {
  for (const locale of locales) {
    test(`the ${locale.code} feed holds only posts published in ${locale.code}`, async ({ page, request }) => {
      await page.goto(url(locale.code, { kind: 'home' }));
      // One feed link, the page's own language, with no hreflang (which would claim it is a version of the page).
      await expect(page.locator('link[type="application/rss+xml"][hreflang]')).toHaveCount(0);
      const feedHref = new URL((await page.locator('link[type="application/rss+xml"]').getAttribute('href')) ?? '').pathname;
      const xml = await (await request.get(feedHref ?? '')).text();
      expect(xml).toContain(`<language>${locale.lang}</language>`);
      const expected = content.posts.filter((p) => publishedIn(p, locale.code)).slice(0, 50);
      expect(xml.match(/<item>/g)).toHaveLength(expected.length);
      for (const post of content.posts) {
        expect(xml.includes(`/${locale.path}/posts/${post.slug}/<`)).toBe(expected.includes(post));
      }
    });
  }

  test('the sitemap lists real pages with real alternates only, and robots.txt points to it', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/Sitemap: .*\/sitemap-index\.xml/);
    const xml = await (await request.get('/sitemap-0.xml')).text();
    expect(xml).not.toContain('/404/');
    expect(xml).not.toContain(`/${otherLocale(sourceOnly)}/posts/${sourceOnly.slug}/`);
    expect(xml).toContain(`/${sourceOnly.sourceLocale}/posts/${sourceOnly.slug}/`);
    for (const locale of locales) expect(xml).toContain(`hreflang="${locale.lang}" href="http://localhost:4321/${locale.path}/posts/${translated.slug}/"`);
  });
});
