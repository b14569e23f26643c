// End to end: a WordPress export imported into an empty project, checked, built once, and
// served like a static host; old WordPress addresses must land on the new pages.
import { execFile } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { main } from '../../src/cli/main.ts';
import { siteConfig } from '../../src/config/site.ts';
import { pageLinks } from '../../src/content/linked-pages.ts';
import type { Io, Output } from '../../src/cli/output.ts';
import { locales, ui, url } from './fixtures.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(repoRoot, 'tests/import/fixtures');
const [first, second] = locales as [(typeof locales)[number], (typeof locales)[number]];
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'application/xml' };

let project: string;
let server: Server;
let base: string;

const quiet = (): Output => ({ write: () => undefined, style: (_, text) => text, color: false });
const tandem = (...args: string[]) => main([...args, '--root', project], { out: quiet(), err: quiet() } as Io, {});

/** A static host: `dir/` serves `dir/index.html`, paths are percent-decoded, unknown paths get 404.html. */
function serve(dist: string): Promise<Server> {
  const server = createServer((request, response) => {
    let file = path.join(dist, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = existsSync(file);
    response.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[path.extname(found ? file : '.html')] ?? 'application/octet-stream' });
    createReadStream(found ? file : path.join(dist, '404.html')).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  project = await mkdtemp(path.join(tmpdir(), 'tandem-import-site-'));
  for (const entry of ['src', 'locales', 'astro.config.mjs', 'tsconfig.json', 'package.json']) await cp(path.join(repoRoot, entry), path.join(project, entry), { recursive: true });
  await symlink(path.join(repoRoot, 'node_modules'), path.join(project, 'node_modules'));
  await mkdir(path.join(project, 'content'));
  expect(await tandem('import', 'wordpress', path.join(fixtures, 'polylang.xml'), '--media', path.join(fixtures, 'uploads'))).toBe(0);
  // The sample configuration's menu and footer link pages this export does not have, which check reports:
  // the site gets the sample's, as its editors would write their own.
  for (const slug of pageLinks(siteConfig).keys()) {
    const folder = path.join(project, 'content/pages', slug);
    if (!existsSync(folder)) await cp(path.join(repoRoot, 'content/pages', slug), folder, { recursive: true });
  }
  expect(await tandem('check')).toBe(0);
  await promisify(execFile)(process.execPath, [path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: project, timeout: 200_000 });
  server = await serve(path.join(project, 'dist'));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await rm(project, { recursive: true, force: true });
});

test('an old permalink lands on the new post, in its language, with the switcher linking the pair', async ({ page }) => {
  await page.goto(`${base}/2021/02/16/soas-students-back-uyghur-solidarity/`);
  const slug = 'soas-students-back-uyghur-solidarity';
  await expect(page).toHaveURL(`${base}${url(first.code, { kind: 'post', slug })}`);
  await expect(page.locator('html')).toHaveAttribute('lang', first.lang);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SOAS students vote to back Uyghur solidarity');
  const switcher = page.getByRole('navigation', { name: ui(first.code, 'switcher.label') });
  await expect(switcher.getByRole('link', { name: second.label })).toHaveAttribute('href', url(second.code, { kind: 'post', slug }));
  const image = page.getByRole('img', { name: 'Students raising their hands at the union general meeting' }).first();
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});

test('the other language\'s old address (Polylang, percent-encoded Chinese) lands on its version', async ({ page }) => {
  await page.goto(`${base}/zh/2021/02/17/soas-students-back-uyghur-solidarity-zh/`);
  await expect(page).toHaveURL(`${base}${url(second.code, { kind: 'post', slug: 'soas-students-back-uyghur-solidarity' })}`);
  await expect(page.locator('html')).toHaveAttribute('lang', second.lang);
  await page.goto(`${base}/zh/2020/07/05/%e5%a3%b0%e6%8f%b4%e7%bb%b4%e5%90%be%e5%b0%94%e5%b7%a5%e4%ba%ba/`);
  await expect(page).toHaveURL(`${base}${url(second.code, { kind: 'post', slug: 'sheng-yuan-wei-wu-er-gong-ren' })}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('声援被强迫劳动的维吾尔工人');
});

test('a static page keeps its old addresses too', async ({ page }) => {
  await page.goto(`${base}/about/`);
  await expect(page).toHaveURL(`${base}/${first.path}/about/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the campaign');
  await page.goto(`${base}/?page_id=141`);
  await expect(page).toHaveURL(`${base}/${second.path}/about/`);
  await expect(page.locator('html')).toHaveAttribute('lang', second.lang);
});

test('/?p=<id> goes through the home page to the post', async ({ page }) => {
  await page.goto(`${base}/?p=121`);
  await expect(page).toHaveURL(`${base}${url(second.code, { kind: 'post', slug: 'open-letter-day-of-action' })}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('反对北京和华盛顿：10月1日行动日公开信');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a redirect page still sends the reader on, and says where', async ({ page }) => {
    const response = await page.request.get(`${base}/2020/09/25/open-letter-day-of-action/`);
    const html = await response.text();
    expect(html).toMatch(/<meta name="robots" content="noindex"/);
    expect(html).toContain('<link rel="canonical" href="http://localhost:4321/en/posts/open-letter-day-of-action/"'.replace('/en/', `/${first.path}/`));
    await page.goto(`${base}/2020/09/25/open-letter-day-of-action/`);
    await expect(page).toHaveURL(`${base}${url(first.code, { kind: 'post', slug: 'open-letter-day-of-action' })}`);
  });
});

test('the build writes _redirects and an nginx map for servers that redirect themselves', async ({ request }) => {
  const redirects = await (await request.get(`${base}/_redirects`)).text();
  expect(redirects).toContain(`/2021/02/16/soas-students-back-uyghur-solidarity/ ${url(first.code, { kind: 'post', slug: 'soas-students-back-uyghur-solidarity' })} 301`);
  expect(redirects).toContain(`/ p=110 ${url(first.code, { kind: 'post', slug: 'soas-students-back-uyghur-solidarity' })} 301`);
  const nginx = await (await request.get(`${base}/nginx-redirects.conf`)).text();
  expect(nginx).toContain('map $request_uri $tandem_redirect {');
  expect(nginx).toContain(`"/?p=111" "${url(second.code, { kind: 'post', slug: 'soas-students-back-uyghur-solidarity' })}";`);
});
