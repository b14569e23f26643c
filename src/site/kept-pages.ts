/**
 * The previous build's pages, kept in place for Astro's incremental build.
 *
 * Astro empties the output folder, then copies every page it can reuse back out of its
 * cache, one copyFile each: after one edit to a 2,000-post site, 9,000 copies and 8 s of the
 * rebuild. Astro reuses a page that is already in the output as it is, so the pages of the
 * previous output are linked back into the new one before the pages are generated (a hard
 * link: no bytes are copied). Astro writes every page it renders again over its link, and
 * the pages this build no longer makes are removed after it, so the output is the one a
 * full build makes.
 *
 * A page is linked back only when it is exactly as the last build left it: that build ended
 * (the record is written last and read once), and the page's size, modification time and
 * inode are as recorded then (a page changed by hand, or by a tool after the build, is
 * copied from Astro's cache as before). A modification time at or after the moment of the
 * record cannot vouch for the page (an edit in that clock tick would not change it), so such
 * a page is not linked either.
 * @module
 */
import type { BigIntStats } from 'node:fs';
import { link, mkdir, readdir, readFile, rm, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inTurn } from '../lib/in-turn.ts';

// Under Astro's cacheDir, next to its own incremental-build manifest.
const RECORD = 'tandem/output-pages.json';
const VERSION = 1;
// Enough file operations at once to keep the disk busy, few enough for any open-file limit.
const AT_ONCE = 64;

interface PagesRecord {
  version: number;
  /** The file system's clock when the stamps were taken, ns. */
  at: string;
  /** Page path relative to the output folder → size:mtimeNs:ino:dev. */
  pages: Record<string, string>;
}

/**
 * What a page's stamp is made of; not the change time, which links (search staging) change.
 * @example pageStamp({ size: 5n, mtimeNs: 10n, ino: 7n, dev: 1n }) // '5:10:7:1'
 */
export function pageStamp(stats: Pick<BigIntStats, 'size' | 'mtimeNs' | 'ino' | 'dev'>): string {
  return `${stats.size}:${stats.mtimeNs}:${stats.ino}:${stats.dev}`;
}

async function readRecord(file: string): Promise<PagesRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(file, 'utf8')) as PagesRecord;
    return record.version === VERSION && typeof record.at === 'string' && typeof record.pages === 'object' ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Links into `outDir` the pages of the previous output (moved to `previous`) that are as the
 * last finished build recorded them; returns their paths (relative, with `/`) and stamps. The record is
 * removed first, so a build that stops halfway leaves none. Never rejects for a page: one
 * that cannot be linked is left to Astro.
 */
export async function keepPages(previous: string, outDir: string, cacheDir: string): Promise<Map<string, string>> {
  const file = path.join(cacheDir, RECORD);
  const record = await readRecord(file);
  await rm(file, { force: true });
  const kept = new Map<string, string>();
  if (!record) return kept;
  const at = BigInt(record.at);
  const folders = new Map<string, Promise<unknown>>();
  await inTurn(Object.entries(record.pages), AT_ONCE, async ([page, stamp]) => {
    const from = path.join(previous, page);
    const stats = await stat(from, { bigint: true }).catch(() => undefined);
    if (!stats?.isFile() || stats.mtimeNs >= at || pageStamp(stats) !== stamp) return;
    const to = path.join(outDir, page);
    const folder = path.dirname(to);
    if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }).catch(() => undefined));
    await folders.get(folder);
    // A page that cannot be linked (a file system without hard links) is copied by Astro as before.
    await link(from, to).then(
      () => kept.set(page, stamp),
      () => undefined,
    );
  });
  return kept;
}

/**
 * Removes the kept pages this build did not make (a post deleted since, say) and the folders
 * that leaves empty. A page counts as made when `made` says so, or when this build wrote it
 * again (its stamp changed): Astro renders the pages it does not track on every build.
 */
export async function dropUnmade(outDir: string, kept: ReadonlyMap<string, string>, made: (page: string) => boolean): Promise<void> {
  for (const [page, stamp] of kept) {
    if (made(page)) continue;
    const file = path.join(outDir, page);
    const stats = await stat(file, { bigint: true }).catch(() => undefined);
    if (stats && pageStamp(stats) !== stamp) continue;
    await unlink(file).catch(() => undefined);
    await removeEmptyFolders(path.dirname(file), outDir);
  }
}

/**
 * The pages Astro's incremental build made, from the manifest it writes just after generating
 * them (`incremental-build.json` in its cacheDir); undefined when it cannot be read.
 */
export async function astroMadePages(cacheDir: string): Promise<Set<string> | undefined> {
  try {
    const manifest = JSON.parse(await readFile(path.join(cacheDir, 'incremental-build.json'), 'utf8')) as { routes: Record<string, { paths: Record<string, { outputFile: string }> }> };
    return new Set(Object.values(manifest.routes).flatMap((route) => Object.values(route.paths).map((entry) => entry.outputFile)));
  } catch {
    return undefined;
  }
}

/** After a build: records the pages it made, for the next build to keep. */
export async function recordPages(outDir: string, cacheDir: string, made: readonly string[]): Promise<void> {
  // The clock is read from the file system itself, before any page is looked at.
  const file = path.join(cacheDir, RECORD);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, '');
  const at = (await stat(file, { bigint: true })).mtimeNs;
  const pages: Record<string, string> = {};
  await inTurn([...new Set(made)], AT_ONCE, async (page) => {
    const stats = await stat(path.join(outDir, page), { bigint: true }).catch(() => undefined);
    if (stats?.isFile()) pages[page] = pageStamp(stats);
  });
  const record: PagesRecord = { version: VERSION, at: String(at), pages };
  await writeFile(file, JSON.stringify(record));
}

// Search must not index a kept page this build did not make: it waits until they are gone.
let settled: Promise<void> = Promise.resolve();
let settle: () => void = () => undefined;

/** Resolves once the kept pages this build did not make are removed (at once when none were kept). */
export function pagesSettled(): Promise<void> {
  return settled;
}

/** Marks the kept pages as unsettled (`true`, while they may hold some this build does not make) or settled. */
export function markPagesUnsettled(unsettled: boolean): void {
  settle();
  if (unsettled) settled = new Promise((resolve) => (settle = resolve));
  else settled = Promise.resolve();
}

/** Removes `folder` and its parents while they are empty, up to (not including) `root`. */
async function removeEmptyFolders(folder: string, root: string): Promise<void> {
  for (let dir = folder; dir.startsWith(`${root}${path.sep}`); dir = path.dirname(dir)) {
    if ((await readdir(dir).catch(() => ['?'])).length > 0) return;
    await rmdir(dir).catch(() => undefined);
  }
}
