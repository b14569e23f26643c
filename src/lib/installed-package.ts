/**
 * Which version of a package is installed where Node would find it, read from its
 * `package.json`: for cache keys that must change when a dependency does.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The installed `package.json` of a package as Node would find it from `dir`:
 * the nearest `node_modules/<name>` up the folder tree.
 */
export function findPackage(name: string, dir: string): { dir: string; version: string; dependencies: string[] } | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    const file = path.join(current, 'node_modules', name, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { version?: string; dependencies?: Record<string, string> };
      return { dir: path.dirname(file), version: json.version ?? '?', dependencies: Object.keys(json.dependencies ?? {}) };
    }
    if (path.dirname(current) === current) return undefined;
  }
}

/**
 * The installed version of a package as Node would find it from the folder `from`.
 * @example installedVersion('pagefind', '/project/src/site') // '1.6.0'
 */
export function installedVersion(name: string, from: string): string | undefined {
  return findPackage(name, from)?.version;
}

