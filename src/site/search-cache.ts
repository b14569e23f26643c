/**
 * The search bundles kept between builds, in Astro's cacheDir: one folder per shard
 * (`<language key>/<bucket>/`), each holding the key it was built for, so a rebuild
 * copies every shard whose pages did not change instead of indexing it again. Also the
 * staging folders the shards' pages are linked into for Pagefind to read.
 * @module
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installedVersion } from '../lib/installed-package.ts';
import type { SearchPage } from './search-pages.ts';

const KEY_FILE = '.tandem-key';
const STAGING = '.staging';

// Bumped when what a stored bundle holds changes; Pagefind's own version is part of the key too.
const FORMAT = 2;
let pagefindVersion: string | undefined;

/**
 * The key a shard's bundle is stored under: its digest (search-shards.ts), this format and
 * Pagefind's version, so a new Pagefind indexes every shard again.
 * @example bundleKey('ab12…') // '2 1.6.0 ab12…'
 */
export function bundleKey(digest: string): string {
  // Not import.meta.dirname: the build runs this module under Vite, which gives it only `url`.
  pagefindVersion ??= installedVersion('pagefind', path.dirname(fileURLToPath(import.meta.url))) ?? 'missing';
  return `${FORMAT} ${pagefindVersion} ${digest}`;
}

/**
 * Where a shard's bundle is kept between builds: `<cacheDir>/<language key>/<bucket>/`.
 * @example storedBundle('/p/node_modules/.astro/tandem/search', { key: 'en-gb', bucket: 2 }) // '/p/node_modules/.astro/tandem/search/en-gb/2'
 */
export function storedBundle(cacheDir: string, shard: { key: string; bucket: number }): string {
  return path.join(cacheDir, shard.key, String(shard.bucket));
}

/** Whether the stored bundle `stored` was built for `key`. */
export async function storedFor(stored: string, key: string): Promise<boolean> {
  return (await readFile(path.join(stored, KEY_FILE), 'utf8').catch(() => '')) === key;
}

/** Puts the stored bundle `stored` (see storedFor) at `bundle`. */
export async function reuseBundle(stored: string, bundle: string): Promise<void> {
  linkTree(stored, bundle);
  await rm(path.join(bundle, KEY_FILE), { force: true });
}

/**
 * Puts each file `from` at `to` (making folders as needed): hard links where the file
 * system allows (thousands of small files, and none is ever written in place: a new
 * bundle or staging folder replaces the old one whole), copies where it does not. In turn
 * and synchronously: thousands of awaited calls take many times as long.
 */
function linkFiles(files: readonly { from: string; to: string }[]): void {
  const made = new Set<string>();
  for (const { from, to } of files) {
    const folder = path.dirname(to);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  }
}

/** Puts every file under `from` at the same place under `to` (see linkFiles). */
function linkTree(from: string, to: string): void {
  const entries = readdirSync(from, { recursive: true, withFileTypes: true });
  mkdirSync(to, { recursive: true });
  const files = entries.filter((entry) => !entry.isDirectory()).map((entry) => path.join(entry.parentPath, entry.name));
  linkFiles(files.map((file) => ({ from: file, to: path.join(to, path.relative(from, file)) })));
}

/**
 * Where a bundle for `stored` is put together before it replaces it: beside it, on the same
 * file system, so a build reading the cache never sees half a bundle.
 * @example stagedBundle('/cache/en-gb/2') // '/cache/en-gb/2.<pid>.tmp'
 */
export function stagedBundle(stored: string): string {
  return `${stored}.${process.pid}.tmp`;
}

/** Stores a copy of the site's `bundle` (hard links) as `stored`, for `key`. */
export async function storeBundle(bundle: string, stored: string, key: string): Promise<void> {
  const staging = stagedBundle(stored);
  try {
    await rm(staging, { recursive: true, force: true });
    linkTree(bundle, staging);
    await adoptBundle(staging, stored, key);
  } catch {
    // The site is built; a bundle that could not be stored is only indexed again next time.
  } finally {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** Stores the bundle just put together at `built` (see stagedBundle) as `stored`, for `key`, by renaming it. */
export async function adoptBundle(built: string, stored: string, key: string): Promise<void> {
  try {
    await writeFile(path.join(built, KEY_FILE), key);
    await rm(stored, { recursive: true, force: true });
    await rename(built, stored);
  } catch {
    // Another build stored this shard meanwhile: its bundle stands, and this one is only indexed again if it is needed.
  }
}

/**
 * Removes the stored shards this build did not produce (a language or bucket that no
 * longer exists), so the cache holds one site's index, not every index it ever had.
 * `kept` lists shard ids (`<language key>/<bucket>`).
 */
export async function pruneStored(cacheDir: string, kept: readonly string[]): Promise<void> {
  const keep = new Set(kept);
  for (const language of await readdir(cacheDir, { withFileTypes: true }).catch(() => [])) {
    if (!language.isDirectory() || language.name === STAGING) continue;
    const buckets = await readdir(path.join(cacheDir, language.name)).catch(() => []);
    const stale = buckets.filter((bucket) => !keep.has(`${language.name}/${bucket}`));
    await Promise.all(stale.map((bucket) => rm(path.join(cacheDir, language.name, bucket), { recursive: true, force: true })));
    if (stale.length === buckets.length) await rm(path.join(cacheDir, language.name), { recursive: true, force: true });
  }
}

/**
 * A fresh folder holding `pages` at their paths under `site` (hard links where the file
 * system allows, else copies), for Pagefind to index as a directory: one call instead of
 * one message per page, and the URLs Pagefind gives them are those of the site.
 */
export async function stagePages(site: string, pages: readonly SearchPage[], cacheDir: string | undefined): Promise<string> {
  let parent = tmpdir();
  if (cacheDir) {
    parent = path.join(cacheDir, STAGING);
    await mkdir(parent, { recursive: true });
  }
  const folder = await mkdtemp(path.join(parent, `${process.pid}-`));
  linkFiles(pages.map((page) => ({ from: page.file, to: path.join(folder, path.relative(site, page.file)) })));
  return folder;
}

/** Removes staging folders left by builds that were stopped halfway (their process is gone). */
export async function clearStaleStaging(cacheDir: string): Promise<void> {
  const parent = path.join(cacheDir, STAGING);
  for (const name of await readdir(parent).catch(() => [])) {
    const pid = Number(name.split('-')[0]);
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) await rm(path.join(parent, name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
