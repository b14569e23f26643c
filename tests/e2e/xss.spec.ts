// The sanitizer is the only defence: each XSS vector is rendered by the real
// pipeline, served on the site's origin with no Content-Security-Policy, and
// loaded in Chromium, which must show the text around it and nothing else:
// no dialog, no "XSS-" console line, no window.__xss, no script error and no
// request to any other origin, even after every element gets the events that
// inline handlers listen for.
import { expect, test, type Page } from '@playwright/test';
import { renderMarkdown } from '../../src/pipeline/index.ts';
import { corpus, marker, vectors, type XssVector } from '../unit/pipeline/xss-vectors.ts';

const lang = 'en-GB';

// Through the whole pipeline, never its plain-text fallback: a vector shown as escaped text would pass
// without the sanitizer being tested (in this runner the reference parser once failed to load, and did).
function rendered(markdown: string): string {
  return renderMarkdown(markdown, { lang, onFallback: (reason) => { throw new Error(`Rendered as plain text: ${reason}`); } }).html;
}

function documentFor(body: string): string {
  // Deliberately bare: no CSP header or meta, no site script, nothing that could mask a hole.
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>XSS corpus</title></head><body><main><article>${body}</article></main></body></html>`;
}

/** What happened while a page was open that should not have. */
interface Incidents {
  dialogs: string[];
  console: string[];
  errors: string[];
  offsite: string[];
  popups: string[];
}

/** Serves each body at `/__xss/<name>/` on the preview origin and records every incident on the page. */
async function serve(page: Page, origin: string, bodies: ReadonlyMap<string, string>): Promise<Incidents> {
  const incidents: Incidents = { dialogs: [], console: [], errors: [], offsite: [], popups: [] };
  page.on('dialog', (dialog) => {
    incidents.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('console', (message) => {
    if (/XSS/i.test(message.text())) incidents.console.push(message.text());
  });
  page.on('pageerror', (error) => incidents.errors.push(error.message));
  page.on('popup', (popup) => incidents.popups.push(popup.url()));
  page.on('websocket', (socket) => incidents.offsite.push(socket.url()));
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) {
      incidents.offsite.push(url.href);
      return route.abort('blockedbyclient');
    }
    const body = bodies.get(/^\/__xss\/([^/]+)\/$/.exec(url.pathname)?.[1] ?? '');
    if (body !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: documentFor(body) });
    // Same-origin images such as src="x" may fail; they must not reach the real server's pages.
    return route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
  });
  return incidents;
}

/** Fires every event an inline handler could listen for, on every element, then waits for timers. */
async function provoke(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const events = ['mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup', 'mouseout', 'pointerover', 'pointerdown', 'focus', 'focusin', 'blur', 'keydown', 'keyup', 'input', 'change', 'toggle', 'load', 'error', 'animationstart', 'transitionend', 'wheel', 'copy', 'begin'];
    // No click: it would follow links, whose targets are checked below instead.
    for (const element of document.querySelectorAll('body *')) {
      for (const type of events) element.dispatchEvent(new Event(type, { bubbles: false }));
      if (element instanceof HTMLElement) element.focus();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
  await page.keyboard.press('Tab');
  await page.mouse.move(10, 10);
  await page.mouse.move(400, 300);
}

/** What of the sanitized DOM could still act: elements, handlers and URLs that should never be there. */
async function leftovers(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) => {
    const found: string[] = [];
    const forbidden = 'script, style, iframe, frame, object, embed, svg, math, form, base, meta, link, template, noscript, textarea, video, audio, picture, source, button, select, applet';
    for (const element of main.querySelectorAll(forbidden)) found.push(`<${element.localName}>`);
    for (const element of main.querySelectorAll('*')) {
      for (const { name, value } of element.attributes) {
        if (/^on|^(style|srcset|background|poster|formaction|action|ping|xlink:href|name|tabindex|accesskey|autofocus)$/i.test(name)) found.push(`${element.localName}[${name}]`);
        if (['href', 'src', 'cite'].includes(name)) {
          const protocol = new URL(value, document.baseURI).protocol;
          if (!['http:', 'https:', 'mailto:', 'tel:'].includes(protocol)) found.push(`${element.localName}[${name}=${value}]`);
        }
        if (name === 'id' && !/^(user-content-|h-)/.test(value)) found.push(`#${value}`);
      }
    }
    if (document.baseURI !== location.href) found.push(`base ${document.baseURI}`);
    if ((window as unknown as { __xss?: unknown }).__xss !== undefined) found.push('window.__xss');
    return found;
  });
}

async function check(page: Page, incidents: Incidents, name: string, markers: readonly XssVector[]): Promise<void> {
  const path = `/__xss/${name}/`;
  const response = await page.goto(path, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toBeUndefined();
  await provoke(page);
  for (const vector of markers) await expect(page.getByText(marker(vector.id), { exact: true })).toBeVisible();
  expect(await leftovers(page)).toEqual([]);
  expect(await page.evaluate(() => location.pathname)).toBe(path);
  expect(incidents).toEqual({ dialogs: [], console: [], errors: [], offsite: [], popups: [] });
}

const origin = (baseURL: string | undefined) => new URL(baseURL ?? '').origin;

test.describe.configure({ mode: 'parallel' });

test(`all ${vectors.length} vectors in one post: none runs or loads, and every marker between them renders`, async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const html = rendered(corpus());
  const incidents = await serve(page, origin(baseURL), new Map([['all', html]]));
  await check(page, incidents, 'all', vectors);
  await expect(page.getByText('Start of the corpus.')).toBeVisible();
});

// One page per vector, so a vector that only works alone (or breaks the page) is caught too;
// a test per category keeps it to one browser context each.
for (const [category, list] of Map.groupBy(vectors, (vector) => vector.category)) {
  test(`each ${category} vector on a page of its own: ${list.map((v) => v.id).join(', ')}`, async ({ page, baseURL }) => {
    test.setTimeout(15_000 + list.length * 3_000);
    const bodies = new Map(list.map((v) => [v.id, rendered(`Before ${v.id}.\n\n${v.markdown}\n\n${marker(v.id)}`)]));
    const incidents = await serve(page, origin(baseURL), bodies);
    for (const vector of list) {
      await test.step(vector.id, async () => {
        await check(page, incidents, vector.id, [vector]);
        await expect(page.getByText(`Before ${vector.id}.`, { exact: true })).toBeVisible();
      });
    }
  });
}

// A control: the same detectors, fed markup that skipped the sanitizer, must fire,
// or a green run above would prove nothing.
test('control: unsanitized markup trips every detector', async ({ page, baseURL }) => {
  const raw = '<img src="x" onerror="window.__xss=1;console.log(\'XSS-control\');alert(1)"><img src="https://xss.invalid/control.png"><a href="javascript:alert(2)" id="plain">x</a>';
  const incidents = await serve(page, origin(baseURL), new Map([['control', raw]]));
  await page.goto('/__xss/control/');
  await expect.poll(() => incidents.dialogs.length).toBeGreaterThan(0);
  expect(incidents.console).toContain('XSS-control');
  expect(incidents.offsite).toContain('https://xss.invalid/control.png');
  expect(await leftovers(page)).toEqual(expect.arrayContaining(['img[onerror]', 'a[href=javascript:alert(2)]', '#plain', 'window.__xss']));
});
