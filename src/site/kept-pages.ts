/**
 * The previous build's pages, kept in place for Astro's incremental build.
 *
 * Astro empties the output folder, then copies every page it can reuse back out of its
 * cache, one copyFile each: after one edit to a 2,000-post site, 9,000 copies and 8 s of the
 * rebuild. Astro reuses a page that is already in the output as it is, so the previous
 * output (moved aside when the build started, see old-output.ts) is put back before the
 * pages are generated, with everything taken out of it that this build must make again:
 * its assets, search bundles and other files, and any page not exactly as the last build
 * left it. Astro writes every page it renders again over the old one, and the pages this
 * build no longer makes are removed after it, so the output is the one a full build makes.
 *
 * A page stays only when it is exactly as the last build left it: that build ended (the
 * record is written last and read once), and the page's size, modification time and inode
 * are as recorded then (a page changed by hand, or by a tool after the build, is copied
 * from Astro's cache as before). A modification time at or after the moment of the record
 * cannot vouch for the page (an edit in that clock tick would not change it), so such a page
 * goes too. Folders holding no kept page are moved out whole, in one rename each.
 * @module
 */
import { mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { beginStampRecord, fileStamp, readStampRecord, recorded, writeStampRecord } from '../lib/stamp-record.ts';

// Under Astro's cacheDir, next to its own incremental-build manifest.
const RECORD = 'tandem/output-pages.json';
const VERSION = 2;
// File calls are synchronous: ~9,000 awaited stats, each a round trip to libuv's threads,
// take many times as long as the same calls made in turn.
// Deeper than any page a site has: the sweep is bounded however the folders are linked.
const MAX_DEPTH = 32;

// A file call that fails leaves its page to Astro, or its file to the next build.
function attempt<T>(call: () => T): T | undefined {
  try {
    return call();
  } catch {
    return undefined;
  }
}

/** Whether a file call went through (see attempt). */
function succeeds(call: () => void): boolean {
  try {
    call();
    return true;
  } catch {
    return false;
  }
}

/**
 * Puts the previous output (moved to `previous`) back at `outDir` with only the pages the
 * last finished build recorded, as it recorded them; everything else goes under `trash`
 * (deleted in the background by the caller). Returns the kept pages' paths (relative, with
 * `/`) and stamps; none when there is no record (the record is removed first, so a build
 * that stops halfway leaves none) or the output cannot be put back, and then `previous` is
 * left where it is.
 */
export async function keepPages(previous: string, outDir: string, cacheDir: string, trash: string): Promise<Map<string, string>> {
  const file = path.join(cacheDir, RECORD);
  const record = await readStampRecord<null>(file, VERSION);
  await rm(file, { force: true });
  const kept = new Map<string, string>();
  if (!record || !succeeds(() => renameSync(previous, outDir))) return kept;
  // Every folder on the way to a recorded page: any other folder holds nothing to keep.
  const onTheWay = new Set<string>();
  for (const page of record.entries.keys()) {
    for (let dir = path.dirname(page); dir !== '.' && !onTheWay.has(dir); dir = path.dirname(dir)) onTheWay.add(dir);
  }
  let moved = 0;
  const toTrash = (relative: string) => {
    const target = path.join(trash, String(moved++));
    succeeds(() => mkdirSync(trash, { recursive: true }));
    // What cannot be moved aside is deleted here and now.
    if (!succeeds(() => renameSync(path.join(outDir, relative), target))) rmSync(path.join(outDir, relative), { recursive: true, force: true });
  };
  const sweep = (relative: string, depth: number) => {
    for (const entry of readdirSync(path.join(outDir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory() && onTheWay.has(child) && depth < MAX_DEPTH) sweep(child, depth + 1);
      else if (entry.isDirectory()) toTrash(child);
      else {
        const stats = record.entries.has(child) ? attempt(() => statSync(path.join(outDir, child), { bigint: true })) : undefined;
        if (stats?.isFile() && recorded(record, child, stats)) kept.set(child, fileStamp(stats));
        else succeeds(() => unlinkSync(path.join(outDir, child)));
      }
    }
  };
  sweep('', 0);
  return kept;
}

/**
 * Removes the kept pages this build did not make (a post deleted since, say) and the folders
 * that leaves empty. A page counts as made when `made` says so, or when this build wrote it
 * again (its stamp changed): Astro renders the pages it does not track on every build.
 */
export function dropUnmade(outDir: string, kept: ReadonlyMap<string, string>, made: (page: string) => boolean): void {
  for (const [page, stamp] of kept) {
    if (made(page)) continue;
    const file = path.join(outDir, page);
    const stats = attempt(() => statSync(file, { bigint: true }));
    if (stats && fileStamp(stats) !== stamp) continue;
    succeeds(() => unlinkSync(file));
    removeEmptyFolders(path.dirname(file), outDir);
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
  for (const page of new Set(made)) {
    const stats = attempt(() => statSync(path.join(outDir, page), { bigint: true }));
    if (stats?.isFile()) record.entries.set(page, { stamp: fileStamp(stats), value: null });
  }
  await writeStampRecord(file, VERSION, record);
}

// Search must not index a kept page this build did not make: it waits until they are gone.
let settled: Promise<void> = Promise.resolve();
let settle: () => void = () => undefined;

/** Resolves once the kept pages this build did not make are removed (at once when none were kept). */
export function pagesSettled(): Promise<void> {
  return settled;
}

/** Makes pagesSettled wait (`false`: kept pages this build may not make are still there) or resolve (`true`). */
export function setPagesSettled(done: boolean): void {
  settle();
  if (done) settled = Promise.resolve();
  else settled = new Promise((resolve) => (settle = resolve));
}

/** Removes `folder` and its parents while they are empty, up to (not including) `root`. */
function removeEmptyFolders(folder: string, root: string): void {
  for (let dir = folder; dir.startsWith(`${root}${path.sep}`); dir = path.dirname(dir)) {
    if ((attempt(() => readdirSync(dir)) ?? ['?']).length > 0) return;
    succeeds(() => rmdirSync(dir));
  }
}
