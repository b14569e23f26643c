import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { phraseLists, useTranslations } from '../../../src/i18n/site-i18n.ts';
import type { Loader } from 'astro/loaders';
import { postsLoader, type TandemLoaderOptions } from '../../../src/site/loader.ts';
import { pagesLoader } from '../../../src/site/pages-loader.ts';
import { siteRun } from '../../../src/site/site-run.ts';
import { bodiesDir, readBody } from '../../../src/site/version-bodies.ts';
import { repoRoot } from '../helpers.ts';

// The sample site's posts through the loader in every mode: in the build's own
// thread or in worker threads, rendered or read back from the render cache.
// What the pages are built from must be the same bytes every time.
let work: string;
let translations: TandemLoaderOptions['translations'];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'tandem-loader-'));
  translations = useTranslations;
});
afterAll(() => rm(work, { recursive: true, force: true }));

interface Run {
  /** The entries as stored, each version's body read back into it (see version-bodies.ts). */
  data: string;
  /** The entries as stored. */
  stored: string;
  info: string[];
  warnings: string[];
}

type Stored = { versions: Record<string, { bodyId: string }> };

function withBodies(data: Stored, cacheDir: string): Stored {
  const dir = bodiesDir(pathToFileURL(`${cacheDir}/`));
  return { ...data, versions: Object.fromEntries(Object.entries(data.versions).map(([code, version]) => [code, { ...version, ...readBody(dir, version.bodyId) }])) };
}

async function load(root: string, cacheDir: string, options: Partial<TandemLoaderOptions>, make: (options: TandemLoaderOptions) => Loader = postsLoader): Promise<Run> {
  const entries = new Map<string, { id: string; data: unknown; digest?: string }>();
  const info: string[] = [];
  const warnings: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: { id: string; data: unknown; digest?: string }) => entries.set(entry.id, entry),
    keys: () => [...entries.keys()],
    delete: (id: string) => entries.delete(id),
    clear: () => entries.clear(),
  };
  const loader = make({ config: siteConfig, translations, phraseLists, root, ...options });
  const context = {
    store,
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${cacheDir}/`) },
    generateDigest: (data: string) => createHash('sha1').update(data).digest('hex'),
    logger: { info: (m: string) => info.push(m), warn: (m: string) => warnings.push(m) },
  };
  await loader.load(context as unknown as Parameters<typeof loader.load>[0]);
  const data = JSON.stringify([...entries.values()].map((entry) => withBodies(entry.data as Stored, cacheDir)));
  return { data, stored: JSON.stringify([...entries.values()].map((entry) => entry.data)), info, warnings };
}

describe('posts loader', () => {
  it('stores the same bytes with and without workers and the render cache', async () => {
    const cacheDir = path.join(work, 'cache');
    const plain = await load(repoRoot, cacheDir, { workers: 0, cache: false });
    const workers = await load(repoRoot, cacheDir, { workers: 2, cache: true });
    const cached = await load(repoRoot, cacheDir, { workers: 0, cache: true });
    expect(plain.data.length).toBeGreaterThan(10_000);
    expect(workers.data).toBe(plain.data);
    expect(cached.data).toBe(plain.data);
    expect(workers.info.join('\n')).toMatch(/\((\d+) rendered, 0 from the render cache\)/);
    expect(cached.info.join('\n')).toMatch(/\(0 rendered, \d+ from the render cache\)/);
    // The review pages read written versions' blocks from the store; converted versions have no file of their own to review.
    const versions = (JSON.parse(plain.data) as { versions: Record<string, { blocks?: unknown; derivedFrom?: string }> }[]).flatMap((post) => Object.values(post.versions));
    expect(versions.filter((v) => v.derivedFrom === undefined).every((v) => Array.isArray(v.blocks))).toBe(true);
    expect(versions.filter((v) => v.derivedFrom !== undefined).map((v) => v.blocks)).toEqual(versions.filter((v) => v.derivedFrom !== undefined).map(() => undefined));
    // The bodies are not in the store itself: Astro bundles the store into the build (see version-bodies.ts).
    expect(plain.stored).not.toMatch(/"(html|headings|blocks)":/);
    expect(plain.stored.length * 3).toBeLessThan(plain.data.length);
  });

  it('re-renders only the version that changed, and a damaged cache entry', async () => {
    const root = path.join(work, 'site');
    const cacheDir = path.join(work, 'cache-edit');
    await cp(path.join(repoRoot, 'content'), path.join(root, 'content'), { recursive: true });
    await load(root, cacheDir, { workers: 0 });
    const [slug] = await readdir(path.join(root, 'content/posts'));
    const file = path.join(root, 'content/posts', slug ?? '', `${siteConfig.defaultLocale}.md`);
    await writeFile(file, `${await readFile(file, 'utf8')}\nA new closing paragraph.\n`);
    // One entry of the pack cut short, as a write interrupted by a crash would leave it.
    const [pack = ''] = await readdir(path.join(cacheDir, 'tandem/render'));
    const lines = (await readFile(path.join(cacheDir, 'tandem/render', pack), 'utf8')).split('\n');
    await writeFile(path.join(cacheDir, 'tandem/render', pack), [lines[0]?.slice(0, 80), ...lines.slice(1)].join('\n'));
    const edited = await load(root, cacheDir, { workers: 0 });
    expect(edited.info.join('\n')).toMatch(/\(2 rendered, \d+ from the render cache\)/);
    expect(edited.data).toContain('A new closing paragraph.');
  });
});

describe('derived versions in the render cache', () => {
  it('are rendered again when their phrase list changes, and only they are', async () => {
    const cacheDir = pathToFileURL(`${path.join(work, 'cache-phrases')}/`);
    const options: TandemLoaderOptions = { config: siteConfig, translations, phraseLists, workers: 0 };
    const first = await siteRun(options, repoRoot, cacheDir, 'posts');
    const derived = [...first.versions.values()].flatMap((versions) => Object.values(versions)).filter((version) => version?.derivedFrom).length;
    const code = siteConfig.locales.find((locale) => locale.derivedFrom)?.code ?? '';
    const changed = await siteRun({ ...options, phraseLists: { ...phraseLists, [code]: { ...phraseLists[code], 示威: '遊行' } } }, repoRoot, cacheDir, 'posts');
    expect(derived).toBeGreaterThan(0);
    // Each derived version once, and again if the checks rewrite its links (as the first run did).
    expect(changed.rendered).toBeGreaterThanOrEqual(derived);
    expect(changed.rendered).toBeLessThanOrEqual(derived + first.rendered - first.total);
    expect(changed.reused).toBeGreaterThan(0);
  });
});

describe('site run', () => {
  it('is made once for the posts and pages loaders of one sync, and again for the next sync', async () => {
    const options: TandemLoaderOptions = { config: siteConfig, translations, phraseLists, workers: 0, cache: false };
    const cacheDir = pathToFileURL(`${path.join(work, 'cache-runs')}/`);
    const first = siteRun(options, repoRoot, cacheDir, 'posts');
    expect(siteRun(options, repoRoot, cacheDir, 'pages')).toBe(first);
    const next = siteRun(options, repoRoot, cacheDir, 'posts');
    expect(next).not.toBe(first);
    const [a, b] = await Promise.all([first, next]);
    expect(b.versions.size).toBe(a.versions.size);
    expect(a.content.pages.length).toBeGreaterThan(0);
  });

  it('is made again when content changed in between', async () => {
    const root = path.join(work, 'site-run');
    await cp(path.join(repoRoot, 'content'), path.join(root, 'content'), { recursive: true });
    const options: TandemLoaderOptions = { config: siteConfig, translations, phraseLists, workers: 0, cache: false };
    const cacheDir = path.join(work, 'cache-changed');
    const first = siteRun(options, root, pathToFileURL(`${cacheDir}/`), 'posts');
    await first;
    const [slug] = await readdir(path.join(root, 'content/pages'));
    const file = path.join(root, 'content/pages', slug ?? '', `${siteConfig.defaultLocale}.md`);
    await writeFile(file, `${await readFile(file, 'utf8')}\nA new closing paragraph.\n`);
    const pages = siteRun(options, root, pathToFileURL(`${cacheDir}/`), 'pages');
    expect(pages).not.toBe(first);
    expect(JSON.stringify([...(await pages).versions.values()].map((versions) => withBodies({ versions } as Stored, cacheDir)))).toContain('A new closing paragraph.');
  });

  it('gives the pages loader the pages rendered as the posts loader renders posts', async () => {
    const cacheDir = path.join(work, 'cache-pages');
    const pages = await load(repoRoot, cacheDir, { workers: 0, cache: false }, pagesLoader);
    const [about] = JSON.parse(pages.data) as { slug: string; versions: Record<string, { html: string; derivedFrom?: string }> }[];
    expect(about?.versions[siteConfig.defaultLocale]?.html).toMatch(/^<(p|h2)/);
    // Derived locales' versions are converted from their parent's, like posts'.
    const derived = siteConfig.locales.find((locale) => locale.derivedFrom);
    expect(about?.versions[derived?.code ?? '']?.derivedFrom).toBe(derived?.derivedFrom);
  });
});
