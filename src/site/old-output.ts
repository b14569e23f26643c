/**
 * The previous build's output, deleted while this build works rather than before.
 *
 * Astro empties the output folder just before it bundles, synchronously: after a
 * 2,000-post build that is ~18,000 files and folders deleted while nothing else runs
 * (3–9 s of a rebuild's bundle phase in the build's CPU profile, mostly waiting for
 * the disk). Moved aside in one rename instead, the old output is deleted in the
 * background while Vite bundles and the pages render; the build waits for that
 * before it ends.
 * @module
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';

// Under Astro's cacheDir: a build that was stopped halfway leaves its old output here for the next to delete.
const ASIDE = 'tandem/old-output';

/**
 * Moves `outDir` (if there is one) under `cacheDir`, at once, and deletes it in the
 * background with whatever stopped builds left there; the promise settles when all
 * is gone (it never rejects: what cannot be deleted now is deleted by the next build).
 * The folder is left for Astro to empty when it cannot be moved in one rename
 * (another file system, a mount point) or holds a `.git` folder (a deploy checkout).
 */
export function deleteOldOutput(outDir: string, cacheDir: string): Promise<void> {
  const aside = path.join(cacheDir, ASIDE);
  if (existsSync(outDir) && !existsSync(path.join(outDir, '.git'))) {
    try {
      mkdirSync(aside, { recursive: true });
      // Named by process and time: builds of the same project at once never collide.
      renameSync(outDir, path.join(aside, `${process.pid}-${Date.now()}`));
    } catch {
      // Astro empties it as usual.
    }
  }
  if (!existsSync(aside)) return Promise.resolve();
  return rm(aside, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
}
