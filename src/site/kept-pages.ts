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
import { link, mkdir, readdir, readFile, rm, rmdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { inTurn } from '../lib/in-turn.ts';
import { beginStampRecord, fileStamp, readStampRecord, recorded, writeStampRecord } from '../lib/stamp-record.ts';

// Under Astro's cacheDir, next to its own incremental-build manifest.
const RECORD = 'tandem/output-pages.json';
const VERSION = 2;
// Enough file operations at once to keep the disk busy, few enough for any open-file limit.
const AT_ONCE = 64;

/**
 * Links into `outDir` the pages of the previous output (moved to `previous`) that are as the
 * last finished build recorded them; returns their paths (relative, with `/`) and stamps. The record is
 * removed first, so a build that stops halfway leaves none. Never rejects for a page: one
 * that cannot be linked is left to Astro.
 */
export async function keepPages(previous: string, outDir: string, cacheDir: string): Promise<Map<string, string>> {
  const file = path.join(cacheDir, RECORD);
  const record = await readStampRecord<null>(file, VERSION);
  await rm(file, { force: true });
  const kept = new Map<string, string>();
  if (!record) return kept;
  const folders = new Map<string, Promise<unknown>>();
  await inTurn([...record.entries.keys()], AT_ONCE, async (page) => {
    const from = path.join(previous, page);
    const stats = await stat(from, { bigint: true }).catch(() => undefined);
    if (!stats?.isFile() || !recorded(record, page, stats)) return;
    const to = path.join(outDir, page);
    const folder = path.dirname(to);
    if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }).catch(() => undefined));
    await folders.get(folder);
    // A page that cannot be linked (a file system without hard links) is copied by Astro as before.
    await link(from, to).then(
      () => kept.set(page, fileStamp(stats)),
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
    if (stats && fileStamp(stats) !== stamp) continue;
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
  const file = path.join(cacheDir, RECORD);
  const record = await beginStampRecord<null>(file);
  await inTurn([...new Set(made)], AT_ONCE, async (page) => {
    const stats = await stat(path.join(outDir, page), { bigint: true }).catch(() => undefined);
    if (stats?.isFile()) record.entries.set(page, { stamp: fileStamp(stats), value: null });
  });
  await writeStampRecord(file, VERSION, record);
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
