/**
 * The previous build's output, deleted while this build works rather than before.
 *
 * Astro empties the output folder just before it bundles, synchronously: after a
 * 2,000-post build that is ~18,000 files and folders deleted while nothing else runs
 * (3–9 s of a rebuild's bundle phase in the build's CPU profile, mostly waiting for
 * the disk). Moved aside in one rename instead, the old output is deleted in the
 * background while Vite bundles and the pages render; the build waits for that
 * before it ends. Before it goes, the pages an incremental build can keep are linked
 * back (kept-pages.ts).
 * @module
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';

// Under Astro's cacheDir: a build that was stopped halfway leaves its old output here for the next to delete.
const ASIDE = 'tandem/old-output';

/**
 * Moves `outDir` (if there is one) under `cacheDir`, at once; returns where it went, or
 * undefined when it was left for Astro to empty: it cannot be moved in one rename (another
 * file system, a mount point) or holds a `.git` folder (a deploy checkout).
 */
export function moveOldOutput(outDir: string, cacheDir: string): string | undefined {
  if (!existsSync(outDir) || existsSync(path.join(outDir, '.git'))) return undefined;
  const aside = path.join(cacheDir, ASIDE);
  // Named by process and time: builds of the same project at once never collide.
  const moved = path.join(aside, `${process.pid}-${Date.now()}`);
  try {
    mkdirSync(aside, { recursive: true });
    renameSync(outDir, moved);
    return moved;
  } catch {
    return undefined;
  }
}

/**
 * Deletes, in the background, the outputs moved aside (this build's and whatever stopped
 * builds left); the promise settles when all is gone (it never rejects: what cannot be
 * deleted now is deleted by the next build).
 */
export function deleteOldOutput(cacheDir: string): Promise<void> {
  const aside = path.join(cacheDir, ASIDE);
  if (!existsSync(aside)) return Promise.resolve();
  return rm(aside, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
}
