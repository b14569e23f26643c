/**
 * `npm run bench:lighthouse`: Lighthouse (mobile emulation: slow 4G, 4× CPU slowdown) on the
 * built site's main page types in every locale, through `astro preview`, in local Chromium
 * with no network beyond the site. Prints each page's four category scores and the audits that
 * cost points, and writes them to bench-results/lighthouse.json. Run `npm run build` first.
 * Scores depend on the machine's load: run it on an otherwise idle machine.
 * @module
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { siteConfig } from '../../src/config/site.ts';
import { readContent } from '../../src/content/index.ts';
import { localizedPath, type Route } from '../../src/i18n/urls.ts';
import { chromiumPath } from '../e2e/chromium.ts';

const root = path.resolve(import.meta.dirname, '../..');
const port = Number(process.env.TANDEM_BENCH_PORT ?? 4330);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { content } = await readContent({ root, config: siteConfig });
const post = content.posts.find((p) => p.image) ?? content.posts[0];
const page = content.pages[0];
const routes: [string, Route][] = [
  ['home', { kind: 'home' }],
  ['post', { kind: 'post', slug: post?.slug ?? '' }],
  ...(page ? [['page', { kind: 'page', slug: page.slug }] as [string, Route]] : []),
  ['type listing', { kind: 'type', type: siteConfig.postTypes[0] ?? '' }],
];
const targets = siteConfig.locales.flatMap((locale) => routes.map(([name, route]) => ({ name: `${locale.code} ${name}`, path: localizedPath(locale, route) })));

const server = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], { cwd: root, stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;
for (let tries = 0; ; tries++) {
  try {
    if ((await fetch(`${base}/`)).ok) break;
  } catch {
    if (tries > 100) throw new Error(`astro preview did not start on port ${port}`);
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}

const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const results: { name: string; path: string; scores: Record<string, number>; lost: string[] }[] = [];
try {
  for (const target of targets) {
    const run = await lighthouse(`${base}${target.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!run) throw new Error(`Lighthouse returned nothing for ${target.path}`);
    const { categories, audits } = run.lhr;
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]));
    const lost = Object.values(audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode))
      .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    results.push({ ...target, scores, lost });
    console.log(`${target.name.padEnd(18)} ${CATEGORIES.map((id) => `${id} ${scores[id]}`).join('  ')}${lost.length ? `\n${' '.repeat(19)}below 1: ${lost.join(', ')}` : ''}`);
  }
} finally {
  await chrome.kill();
  server.kill();
}
await mkdir(path.join(root, 'bench-results'), { recursive: true });
await writeFile(path.join(root, 'bench-results', 'lighthouse.json'), `${JSON.stringify(results, null, 2)}\n`);
