// What a reader sees of the theme, on a phone and a desktop, in every locale: a header that never
// changes height, nothing wider than the screen, tight headings, monospace code, the first paragraph
// on the first phone screen whatever notices a post carries, dark mode that passes axe, and a
// screenshot of every page type kept with the test results (looked at, not compared).
import { expect, test, type Page } from '@playwright/test';
import { siteConfig } from '../../src/config/site.ts';
import { content, locales, publishedIn, samplePost, ui, url } from './fixtures.ts';
import { axeViolations } from './shared-pages.ts';

const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;
const withImage = samplePost('post with a lead image', (p) => p.image !== undefined && locales.every((l) => publishedIn(p, l.code)));
const event = samplePost('event notice', (p) => p.type === 'event' && p.event !== undefined);
const sourceOnly = samplePost('post with only its source version', (p) => Object.keys(p.versions).length === 1);
const [translatedPage, untranslatedPage] = [
  content.pages.find((p) => locales.every((l) => publishedIn(p, l.code))),
  content.pages.find((p) => locales.some((l) => !publishedIn(p, l.code))),
];
const withCode = content.pages.find((p) => Object.values(p.versions).some((v) => v?.body.includes('`')));
if (!translatedPage || !untranslatedPage || !withCode) throw new Error('The sample content needs a translated page, an untranslated page and a page with code');

function pageTypes(code: string): [string, string][] {
  return [
    ['home', url(code, { kind: 'home' })],
    ['post-with-image', url(code, { kind: 'post', slug: withImage.slug })],
    ['event', url(code, { kind: 'post', slug: event.slug })],
    ['single-language-post', url(code, { kind: 'post', slug: sourceOnly.slug })],
    ['page', url(code, { kind: 'page', slug: translatedPage?.slug ?? '' })],
    ['page-with-code', url(code, { kind: 'page', slug: withCode?.slug ?? '' })],
    ['untranslated-page', url(code, { kind: 'page', slug: untranslatedPage?.slug ?? '' })],
    ['type-listing', url(code, { kind: 'type', type: 'event' })],
    ['topics', url(code, { kind: 'tags' })],
    ['404', url(code, { kind: 'not-found' })],
  ];
}

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(device, () => {
    test.use({ viewport });
    for (const locale of locales) {
      test(`${locale.code}: every page type keeps the header, fits the screen, has tight headings and monospace code`, async ({ page }, testInfo) => {
        const heights = new Set<number>();
        let codeSeen = 0;
        for (const [name, path] of pageTypes(locale.code)) {
          await page.goto(path);
          const m = await page.evaluate(() => ({
            header: document.querySelector('.masthead')?.getBoundingClientRect().height ?? 0,
            overflow: document.documentElement.scrollWidth - window.innerWidth,
            loose: [...document.querySelectorAll('main h1, main h2, main h3, main h4')]
              .map((h) => ({ text: h.textContent ?? '', ratio: Number.parseFloat(getComputedStyle(h).lineHeight) / Number.parseFloat(getComputedStyle(h).fontSize) }))
              .filter((h) => !(h.ratio <= 1.4)),
            code: [...document.querySelectorAll('main code')].map((c) => getComputedStyle(c).fontFamily),
          }));
          heights.add(m.header);
          expect.soft(m.overflow, `${name}: wider than the screen`).toBeLessThanOrEqual(0);
          expect.soft(m.loose, `${name}: headings with line-height above 1.4`).toEqual([]);
          for (const family of m.code) expect.soft(family, `${name}: code font`).toMatch(/^ui-monospace/);
          codeSeen += m.code.length;
          // Kept in test-results/ for people to look at; not compared with anything.
          await page.screenshot({ path: testInfo.outputPath(`${locale.code}-${device}-${name}.png`) });
        }
        expect(heights.size, `header heights: ${[...heights].join(', ')}`).toBe(1);
        expect(codeSeen).toBeGreaterThan(0);
      });
    }
  });
}

test.describe('phone: the first paragraph is on the first screen', () => {
  test.use({ viewport: VIEWPORTS.phone });
  for (const locale of locales) {
    test(`${locale.code}: every post and page, whatever notices, update notes, events and images it has`, async ({ page }) => {
      const paths = [...content.posts.map((p) => url(locale.code, { kind: 'post', slug: p.slug })), ...content.pages.map((p) => url(locale.code, { kind: 'page', slug: p.slug }))];
      const late: string[] = [];
      for (const path of paths) {
        await page.goto(path);
        const top = await page.locator('main .prose > p').first().evaluate((p) => p.getBoundingClientRect().top);
        if (top >= VIEWPORTS.phone.height) late.push(`${path}: ${Math.round(top)} px`);
      }
      expect(late).toEqual([]);
    });
  }
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  // A listing in one language and a post under a notice in the other: between them every colour the theme sets.
  const [first, second = first] = locales;
  for (const [name, path] of [['a listing', url(first?.code ?? '', { kind: 'home' })], ['a post under a notice', url(second?.code ?? '', { kind: 'post', slug: sourceOnly.slug })]]) {
    test(`${name} passes axe, contrast included`, async ({ page }) => {
      await page.goto(path ?? '');
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test('post types: each type lists only its posts, and posts name their type with a link to it', async ({ page }) => {
  const [locale] = locales;
  if (!locale) throw new Error('no locale');
  await page.goto(url(locale.code, { kind: 'type', type: 'event' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui(locale.code, 'postType.event.heading'));
  await expect(page.locator('.post-list > li')).toHaveCount(content.posts.filter((p) => p.type === 'event').length);
  await page.goto(url(locale.code, { kind: 'post', slug: event.slug }));
  await page.getByRole('link', { name: new RegExp(ui(locale.code, 'postType.event')) }).first().click();
  await expect(page).toHaveURL(url(locale.code, { kind: 'type', type: 'event' }));
});

test('lead images are resized by the build, sized, and lazy below the first entry', async ({ page }) => {
  await page.goto(url(locales[0]?.code ?? '', { kind: 'home' }));
  const images = await page.locator('.post-list img').evaluateAll((imgs) => imgs.map((img) => ({ src: img.getAttribute('src') ?? '', width: img.getAttribute('width'), height: img.getAttribute('height'), loading: img.getAttribute('loading'), alt: img.getAttribute('alt') })));
  expect(images.length).toBeGreaterThan(1);
  for (const [index, image] of images.entries()) {
    expect(image.src).toMatch(/^\/_astro\/.+\.webp$/);
    expect(Number(image.width)).toBeGreaterThan(0);
    expect(Number(image.height)).toBeGreaterThan(0);
    expect(image.alt).toBeTruthy();
    if (index > 0) expect(image.loading).toBe('lazy');
  }
});

test('social previews: a post with a lead image shares it as an article with its date; other pages share the site image', async ({ page }) => {
  await page.goto(url(locales[0]?.code ?? '', { kind: 'post', slug: withImage.slug }));
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /^https?:\/\/.+\/_astro\/.+\.jpg$/);
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute('content', withImage.date.toISOString().slice(0, 10));
  await page.goto(url(locales[0]?.code ?? '', { kind: 'home' }));
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /^https?:\/\/.+\/_astro\/social\..+\.png$/);
});

test.describe('the logo', () => {
  // Drawn by the shared stylesheet beside the campaign's name in the masthead and the footer: no page carries its markup.
  const logos = (page: Page) =>
    page.evaluate(() =>
      ['.brand', '.footer-brand'].map((selector) => {
        const style = getComputedStyle(document.querySelector(selector) as Element, '::before');
        return { image: style.backgroundImage, width: Number.parseFloat(style.width), height: Number.parseFloat(style.height) };
      }),
    );
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    test(`${device}: shows in the masthead and the footer, painted for the colour scheme`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(url(locales[0]?.code ?? '', { kind: 'post', slug: withImage.slug }));
      await expect(page.locator('.masthead svg, .site-footer svg')).toHaveCount(0);
      const light = await logos(page);
      for (const logo of light) {
        expect(logo.image).toMatch(/^url\("data:image\/svg\+xml;base64,/);
        expect(logo.width).toBeGreaterThan(20);
        expect(logo.height).toBe(logo.width);
      }
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await logos(page);
      expect(dark[0]?.image).toMatch(/^url\("data:image\/svg\+xml;base64,/);
      expect(dark[0]?.image).not.toBe(light[0]?.image);
    });
  }
});

test('print leaves out the masthead, sidebar and footer', async ({ page }) => {
  for (const path of [url(locales[0]?.code ?? '', { kind: 'post', slug: withImage.slug }), url(locales[0]?.code ?? '', { kind: 'home' })]) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.masthead', '.site-footer']) await expect(page.locator(selector)).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // The home page has a sidebar; on screen it shows.
  await expect(page.locator('.sidebar')).toHaveCount(1);
  await expect(page.locator('.sidebar')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.sidebar')).toBeVisible();
});

test('a post page reaches every topic, the feed and the campaign\'s accounts without a sidebar', async ({ page }) => {
  const [locale] = locales;
  if (!locale) throw new Error('no locale');
  await page.goto(url(locale.code, { kind: 'post', slug: withImage.slug }));
  await expect(page.getByRole('complementary', { name: ui(locale.code, 'theme.sidebar') })).toHaveCount(0);
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: ui(locale.code, 'nav.tags'), exact: true })).toHaveAttribute('href', url(locale.code, { kind: 'tags' }));
  await expect(footer.getByRole('link', { name: ui(locale.code, 'theme.feed'), exact: true })).toHaveAttribute('href', url(locale.code, { kind: 'feed' }));
  for (const account of siteConfig.identity.footer.flatMap((link) => ('href' in link ? [link] : []))) {
    await expect(footer.getByRole('link', { name: account.name, exact: true })).toHaveAttribute('href', account.href);
  }
});

test.describe('404 and addresses', () => {
  const other = locales.find((l) => l.code !== locales[0]?.code) ?? locales[0];
  if (!other) throw new Error('no locale');

  test(`a missing /${other.path}/ address answers 404 with that language first, the site header and recent posts`, async ({ page }) => {
    const response = await page.goto(`/${other.path}/posts/no-such-post/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('.masthead')).toBeVisible();
    await expect(page.locator('[data-not-found]').first()).toHaveAttribute('lang', other.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui(other.code, 'notFound.title'));
    await expect(page.locator(`[data-not-found="${other.path}"] .not-found-posts a`)).toHaveCount(5);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the 404 page shows every language, and each locale has its own 404.html for hosts that look for the nearest one', async ({ page, request }) => {
      await page.goto('/no/such/page/');
      for (const locale of locales) await expect(page.locator(`[data-not-found="${locale.path}"]`)).toBeVisible();
      const own = await (await request.get(`/${other.path}/404.html`)).text();
      expect(own).toContain(`<html lang="${other.lang}"`);
      expect(own.indexOf(`data-not-found="${other.path}"`)).toBeLessThan(own.indexOf('data-not-found=', own.indexOf(`data-not-found="${other.path}"`) + 1) >>> 0);
    });
  });

  test('an address without its trailing slash reaches the page', async ({ request }) => {
    const response = await request.get(url(locales[0]?.code ?? '', { kind: 'post', slug: withImage.slug }).replace(/\/$/, ''));
    expect(response.status()).toBe(200);
  });

  test('_headers carries every page\'s policy as a header that also forbids framing, with nosniff and long caching of assets', async ({ page, request }) => {
    const headers = await (await request.get('/_headers')).text();
    const policy = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toMatch(/Referrer-Policy: \S+/);
    expect(headers).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    for (const path of ['/', url(locales[0]?.code ?? '', { kind: 'home' })]) {
      await page.goto(path);
      const meta = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
      for (const source of meta.match(/'sha256-[^']+'/g) ?? []) expect(policy).toContain(source);
    }
  });
});

test.describe('the menu, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  const [locale] = locales;
  if (!locale) throw new Error('no locale');
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    test(`${device}: leads to a post type's listing${device === 'phone' ? ' after opening it' : ''}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(url(locale.code, { kind: 'home' }));
      const nav = page.getByRole('navigation', { name: ui(locale.code, 'nav.label') });
      if (device === 'phone') {
        await expect(nav).toBeHidden();
        await page.locator('summary', { hasText: ui(locale.code, 'theme.menu') }).click();
      }
      await nav.getByRole('link', { name: ui(locale.code, 'postType.event.heading') }).click();
      await expect(page).toHaveURL(url(locale.code, { kind: 'type', type: 'event' }));
      await expect(page.getByRole('navigation', { name: ui(locale.code, 'nav.label'), includeHidden: true }).getByRole('link', { name: ui(locale.code, 'postType.event.heading'), includeHidden: true })).toHaveAttribute('aria-current', 'page');
    });
  }
});
