/**
 * Temporary projects for the benchmark: a snapshot of Tandem taken when the run starts
 * (so concurrent edits to the repository cannot change what is measured halfway), and
 * copies of it with a generated content/ folder. node_modules is a real folder whose
 * entries link to the repository's packages, so Astro's caches (node_modules/.astro,
 * node_modules/.vite) belong to the temporary project and never touch the repository's.
 * @module
 */
import { cp, mkdir, readdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';

/** What a Tandem site needs besides content and node_modules. */
export const PROJECT_ENTRIES = ['src', 'locales', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Links every package of `from` (the repository's node_modules) into `<project>/node_modules`, leaving out caches. */
export async function linkNodeModules(from: string, project: string): Promise<void> {
  const target = path.join(project, 'node_modules');
  await mkdir(target, { recursive: true });
  const entries = await readdir(from);
  await Promise.all(
    entries.filter((name) => name !== '.astro' && name !== '.vite' && name !== '.cache' && name !== '.package-lock.json').map((name) => symlink(path.join(from, name), path.join(target, name))),
  );
}

/** Copies the project's own files (not content/, dist/ or node_modules/) from `from` to `to`. */
export async function copyProject(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of PROJECT_ENTRIES) {
    await cp(path.join(from, entry), path.join(to, entry), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}

/** Removes a build's output and every cache Astro keeps, so the next build starts cold. */
export async function clearBuildCaches(project: string): Promise<void> {
  for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) await rm(path.join(project, dir), { recursive: true, force: true });
}

/** The `astro build` command line for a project, run by this Node (the project's Node 24). */
export function astroBuild(repoNodeModules: string): [string, string[]] {
  return [process.execPath, [path.join(repoNodeModules, 'astro/bin/astro.mjs'), 'build']];
}
