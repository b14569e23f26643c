/**
 * Clearing the output folder without waiting for it. Astro empties `outDir` with one
 * synchronous delete before it bundles: at thousands of pages and search files that blocks
 * the build for seconds. Renamed away first (one system call), the old output is deleted
 * in the background while the build runs, and Astro finds the folder already empty.
 * @module
 */
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

const PREFIX = 'old-output-';

/**
 * Moves `dir` into `trash` (a folder on the same file system, made if needed) and starts
 * deleting it; resolves once it is moved, with the deletion to wait for before the process
 * ends. Leaves `dir` where it is, for Astro to empty, when it holds `.git` (which Astro
 * keeps) or cannot be moved (another file system, a permission).
 * Earlier builds' leftovers in `trash` (a build stopped halfway) are deleted too.
 * @example const { deleted } = await setAside('/site/dist', '/site/node_modules/.astro/tandem/trash'); … await deleted;
 */
export async function setAside(dir: string, trash: string): Promise<{ deleted: Promise<void> }> {
  const leftovers = (await readdir(trash).catch(() => [])).filter((name) => name.startsWith(PREFIX)).map((name) => path.join(trash, name));
  const entries = await readdir(dir).catch(() => undefined);
  let moved: string | undefined;
  if (entries && entries.length > 0 && !entries.includes('.git')) {
    const target = path.join(trash, `${PREFIX}${process.pid}-${Date.now()}`);
    try {
      await mkdir(trash, { recursive: true });
      await rename(dir, target);
      moved = target;
    } catch {
      // Astro empties it as usual.
    }
  }
  const doomed = moved ? [...leftovers, moved] : leftovers;
  return { deleted: Promise.all(doomed.map((folder) => rm(folder, { recursive: true, force: true, maxRetries: 3 }))).then(() => undefined, () => undefined) };
}
