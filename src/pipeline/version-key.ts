import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPackage } from '../lib/installed-package.ts';

// Not import.meta.dirname: the build runs this module under Vite, which gives it only `url`.
const pipelineDir = path.dirname(fileURLToPath(import.meta.url));
const BARE_IMPORT = /\bfrom\s+'((?:@[\w.-]+\/)?[\w.-]+)[^']*'/g;

/**
 * The key of the pipeline in `dir` (see {@link pipelineVersionKey}): its `.ts`
 * sources and the versions of every package they import, found from `dir`.
 * @example versionKeyOf('/project/src/pipeline') // '77017583fee362d0f23ead02af7ab0b8'
 */
export function versionKeyOf(dir: string): string {
  return keyOfSources(readdirSync(dir).filter((name) => name.endsWith('.ts')).sort().map((name) => path.join(dir, name)));
}

/** The key of some modules: their text and the versions of every package they import, found from each one's folder. */
function keyOfSources(files: readonly string[]): string {
  const sources = files.map((file) => readFileSync(file, 'utf8'));
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = sources.flatMap((text, index) =>
    [...text.matchAll(BARE_IMPORT)].map((m) => ({ name: m[1] ?? '', from: path.dirname(files[index] ?? '') })).filter(({ name }) => !name.startsWith('node:')),
  );
  // Breadth-first over the dependency graph; the set of folders seen bounds it, cycles included.
  for (let item = queue.shift(); item; item = queue.shift()) {
    const found = findPackage(item.name, item.from);
    if (found && seen.has(found.dir)) continue;
    packages.add(`${item.name}@${found?.version ?? 'missing'}`);
    if (!found) continue;
    seen.add(found.dir);
    for (const dependency of found.dependencies) queue.push({ name: dependency, from: found.dir });
  }
  return createHash('sha256').update(JSON.stringify([sources, [...packages].sort()])).digest('hex').slice(0, 32);
}

let cached: string | undefined;
const extended = new Map<string, string>();

/**
 * A key that changes whenever what renders a post could: the pipeline's own
 * source, and the installed version of every package it uses, directly or not
 * (a security release of hast-util-sanitize changes it as surely as one of
 * rehype-sanitize). Stored renderings are reusable only under the same key.
 * `modules` are further source files a caller's stored results depend on (its
 * own rendering code), whose text and packages join the key. Computed once per process
 * (some hundred small files, ~0.1 s).
 * @example store.get(id)?.key === pipelineVersionKey() // reuse the stored rendering
 * @example pipelineVersionKey(new URL('./render-task.ts', import.meta.url)) // changes with that file too
 */
export function pipelineVersionKey(...modules: URL[]): string {
  cached ??= versionKeyOf(pipelineDir);
  if (modules.length === 0) return cached;
  const id = modules.map(String).join('\n');
  let key = extended.get(id);
  if (!key) {
    key = createHash('sha256').update(cached).update(keyOfSources(modules.map((module) => fileURLToPath(module)))).digest('hex').slice(0, 32);
    extended.set(id, key);
  }
  return key;
}
