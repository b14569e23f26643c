/**
 * What a stored rendering depends on besides its input: the pipeline's own
 * code and the exact version of every package it runs, so a cache keyed on it
 * is never served by a different renderer (an `npm update` of micromark, an
 * edit to a plugin here).
 * @module
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The packages render.ts and parser.ts import; their dependencies are found from their package.json.
const PIPELINE_PACKAGES = [
  'unified',
  'remark-parse',
  'remark-gfm',
  'remark-rehype',
  'rehype-raw',
  'rehype-sanitize',
  'rehype-external-links',
  'rehype-stringify',
  'github-slugger',
  'hast-util-to-html',
  'hast-util-to-string',
  'mdast-util-to-string',
  'micromark-util-edit-map',
  'unist-util-visit',
];
// A dependency tree is finite, but a broken install could loop; no real pipeline comes near this.
const MAX_PACKAGES = 2000;

interface PackageJson {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
}

/** The folder of an installed package, found from a file inside it (exports maps hide package.json). */
function packageDir(name: string, from: string): string | undefined {
  let entry: string;
  try {
    entry = createRequire(from).resolve(name);
  } catch {
    return undefined;
  }
  const marker = `${path.sep}node_modules${path.sep}${name.split('/').join(path.sep)}${path.sep}`;
  const at = entry.lastIndexOf(marker);
  return at === -1 ? undefined : entry.slice(0, at + marker.length - 1);
}

/**
 * `name@version` of every package the pipeline runs (direct and transitive),
 * sorted, as installed now.
 * @example pipelinePackages().find((p) => p.startsWith('micromark@')) // 'micromark@4.0.2'
 */
export function pipelinePackages(): string[] {
  const found = new Map<string, string>();
  const queue: [string, string][] = PIPELINE_PACKAGES.map((name) => [name, import.meta.url]);
  while (queue.length > 0 && found.size < MAX_PACKAGES) {
    const [name, from] = queue.shift() as [string, string];
    const dir = packageDir(name, from);
    if (!dir || found.has(dir)) continue;
    let json: PackageJson;
    try {
      json = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageJson;
    } catch {
      continue;
    }
    found.set(dir, `${json.name ?? name}@${json.version ?? '?'}`);
    const here = path.join(dir, 'package.json');
    for (const dependency of Object.keys(json.dependencies ?? {})) queue.push([dependency, here]);
  }
  return [...new Set(found.values())].sort();
}

const cached = new Map<string, string>();

/**
 * A short hash of the pipeline's code (src/pipeline/*.ts), the versions of
 * every package it runs, and the code of any `modules` a caller's stored
 * results also depend on. Computed once per process for each set of modules.
 * @example pipelineVersionKey() // '3f1c…' (16 hex characters)
 * @example pipelineVersionKey(new URL('./render-task.ts', import.meta.url)) // another key, changing with that file too
 */
export function pipelineVersionKey(...modules: URL[]): string {
  const id = modules.map(String).join('\n');
  const known = cached.get(id);
  if (known) return known;
  const hash = createHash('sha256');
  const dir = fileURLToPath(new URL('./', import.meta.url));
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.ts')).sort()) hash.update(`${name}\0${readFileSync(path.join(dir, name), 'utf8')}\0`);
  for (const pkg of pipelinePackages()) hash.update(`${pkg}\0`);
  for (const module of modules) hash.update(readFileSync(module));
  const key = hash.digest('hex').slice(0, 16);
  cached.set(id, key);
  return key;
}
