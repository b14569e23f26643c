/**
 * The fast path for frontmatter that did not change: YAML already parsed on an
 * earlier run is taken from a cache keyed by a hash of its text. Parsing YAML
 * is most of the cost of reading content (10,000 posts: ~28,000 documents),
 * while hashing a few hundred bytes costs next to nothing. One file, rewritten
 * atomically with only the entries this run used, so it tracks the content.
 * @module
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readKept, writeKept } from '../lib/kept-json.ts';
import { parseYaml, type ParsedYaml } from './frontmatter.ts';
import type { ContentProblem } from './problems.ts';

// Parsed values come from the yaml package and these rules for what may be stored.
const VERSION = `1:${(createRequire(import.meta.url)('yaml/package.json') as { version: string }).version}`;
const MAX_DEPTH = 32;

/**
 * Whether a value survives JSON unchanged, so the cache gives back exactly what
 * the parser gave (no Infinity, NaN, Maps or Dates).
 * @example isJsonSafe({ title: 'A', tags: ['x'] }) // true
 * @example isJsonSafe({ n: Infinity }) // false
 */
export function isJsonSafe(value: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every((item) => isJsonSafe(item, depth + 1));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value).every((item) => isJsonSafe(item, depth + 1));
  }
  return false;
}

/**
 * Where the cache of a project lives: Astro's default cacheDir.
 * @example yamlCacheFile('/site') // '/site/node_modules/.astro/tandem/yaml-cache.json'
 */
export function yamlCacheFile(root: string): string {
  return path.join(root, 'node_modules', '.astro', 'tandem', 'yaml-cache.json');
}

/** Parsed YAML by text, read from and saved to one cache file. */
export class YamlCache {
  private readonly file: string;
  private readonly previous: Record<string, unknown>;
  private readonly used: Record<string, unknown> = {};
  private changed = false;

  constructor(file: string) {
    this.file = file;
    // No cache yet, an unreadable or a stale one: everything is parsed.
    this.previous = readKept<Record<string, unknown>>(file, VERSION) ?? {};
  }

  /** parseYaml, answered from the cache when the same text parsed cleanly before. Problem lines are still exact. */
  parse(source: string, file: string, firstLine: number, problems: ContentProblem[]): ParsedYaml | undefined {
    const key = createHash('sha256').update(source).digest('base64url').slice(0, 22);
    if (Object.hasOwn(this.previous, key) || Object.hasOwn(this.used, key)) {
      const data = Object.hasOwn(this.used, key) ? this.used[key] : this.previous[key];
      this.used[key] = data;
      let full: ParsedYaml | undefined;
      // Lines are wanted only to report a problem: the text is parsed again then.
      return { data, lineOf: (at) => (full ??= parseYaml(source, file, firstLine, []))?.lineOf(at) };
    }
    const parsed = parseYaml(source, file, firstLine, problems);
    if (parsed && isJsonSafe(parsed.data)) {
      this.used[key] = parsed.data;
      this.changed = true;
    }
    return parsed;
  }

  /** Writes what this run used, when anything was added or dropped; a failure to write only costs speed. */
  async save(): Promise<void> {
    if (!this.changed && Object.keys(this.previous).length === Object.keys(this.used).length) return;
    await writeKept(this.file, VERSION, this.used);
  }
}
