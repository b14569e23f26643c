/**
 * The status records of posts whose folders did not change since the last
 * `tandem status`: a post's records depend only on the bytes of its folder's
 * Markdown, YAML and base records, the site's configuration, `content/tags.yaml`
 * (for the checks that decide whether the post is valid) and this code. A
 * folder hashing to a key seen before gets its records back unread, unparsed
 * and unvalidated: only hashing is left of the work. Keys are content hashes,
 * never file times, so an edit is never missed whatever the clocks say. One
 * file in Astro's cacheDir, rewritten atomically with the entries this run used.
 * @module
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, readSync, type Dirent } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteConfig } from '../config/schema.ts';
import type { KnownPost, KnownPosts } from '../content/known-posts.ts';
import { readKept, writeKept } from '../lib/kept-json.ts';
import { pipelineVersionKey } from '../pipeline/version-key.ts';
import type { Translatable, TranslationStatus } from './status.ts';

interface Entry extends KnownPost {
  records: TranslationStatus[];
}

// What the records of a post can depend on besides its folder: the code that reads and judges it.
const SOURCE_DIRS = ['content', 'translation', 'config', 'i18n', 'lib'];
const PACKAGES = ['yaml', 'zod'];
// The files of a post folder that status reads; other files count by name only (an image's bytes change nothing).
const READ = /\.(md|yaml|json)$/;

/**
 * Where the post cache of a project lives.
 * @example postCacheFile('/site') // '/site/node_modules/.astro/tandem/post-cache.json'
 */
export function postCacheFile(root: string): string {
  return path.join(root, 'node_modules', '.astro', 'tandem', 'post-cache.json');
}

function codeKey(): string {
  const src = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const hash = createHash('sha256').update(pipelineVersionKey());
  for (const dir of SOURCE_DIRS) {
    for (const name of readdirSync(path.join(src, dir)).filter((n) => n.endsWith('.ts')).sort()) hash.update(name).update(readFileSync(path.join(src, dir, name)));
  }
  const require = createRequire(import.meta.url);
  for (const name of PACKAGES) hash.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
  // Word counts and time zones come from Node's ICU.
  return hash.update(`${process.version} ${process.versions.icu} ${process.versions.tz}`).digest('hex');
}

/** Status records by the exact content of post folders, read from and saved to one cache file. */
export class PostCache implements KnownPosts {
  private readonly file: string;
  private readonly root: string;
  private readonly version: string;
  private readonly previous: Record<string, Entry>;
  private readonly used: Record<string, Entry> = {};
  // Folders not found in the cache (by path relative to the root): their key and entries, to store what is computed for them.
  private readonly pending = new Map<string, { key: string; dir: string; entries: readonly Dirent[] }>();
  private changed = false;

  constructor(file: string, root: string, config: SiteConfig) {
    this.file = file;
    this.root = root;
    let tags = '';
    try {
      tags = readFileSync(path.join(root, 'content', 'tags.yaml'), 'utf8');
    } catch {
      // No tags file: the key says so by its empty text.
    }
    this.version = createHash('sha256').update(codeKey()).update(JSON.stringify(config)).update(tags).digest('hex');
    // No cache yet, an unreadable or a stale one: every post is read.
    this.previous = readKept<Record<string, Entry>>(file, this.version) ?? {};
  }

  /** The key of a post folder: its path, its entries' names and kinds, and the bytes of the files status reads. */
  private keyOf(dir: string, entries: readonly Dirent[]): string | undefined {
    // A link is a problem the reader reports: never answered from the cache.
    if (entries.some((e) => e.isSymbolicLink())) return undefined;
    const hash = createHash('sha256').update(path.relative(this.root, dir));
    try {
      for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : 1))) {
        hash.update(`\u0000${entry.name}\u0000${entry.isFile() ? 'f' : 'o'}\u0000`);
        if (entry.isFile() && READ.test(entry.name)) this.hashFile(path.join(dir, entry.name), hash);
      }
    } catch {
      return undefined;
    }
    return hash.digest('base64url');
  }

  // Reads through one buffer, reused: tens of thousands of small files cost a fresh allocation each otherwise.
  private buffer = Buffer.allocUnsafe(1 << 16);

  private hashFile(file: string, hash: Hash): void {
    const fd = openSync(file, 'r');
    try {
      for (let size = readSync(fd, this.buffer); size > 0; size = readSync(fd, this.buffer)) hash.update(this.buffer.subarray(0, size));
    } finally {
      closeSync(fd);
    }
  }

  lookup(dir: string, entries: readonly Dirent[]): KnownPost | undefined {
    const key = this.keyOf(dir, entries);
    if (key === undefined) return undefined;
    const entry = this.used[key] ?? this.previous[key];
    if (!entry) {
      this.pending.set(path.relative(this.root, dir).split(path.sep).join('/'), { key, dir, entries });
      return undefined;
    }
    this.used[key] = entry;
    return entry;
  }

  /** The records of a post that lookup recognised. */
  recordsOf(post: KnownPost): TranslationStatus[] {
    return (post as Entry).records;
  }

  /**
   * Keeps the records computed for a post read this run, if its folder still
   * hashes as it did before it was read (an edit meanwhile leaves it out).
   */
  remember(post: Translatable, records: TranslationStatus[]): void {
    const pending = this.pending.get(post.dir);
    if (pending === undefined || post.kind === 'page' || this.keyOf(pending.dir, pending.entries) !== pending.key) return;
    this.used[pending.key] = { slug: post.slug, dir: post.dir, date: post.date.getTime(), aliases: post.aliases, records };
    this.changed = true;
  }

  /** Writes what this run used, when anything was added or dropped; a failure to write only costs speed. */
  async save(): Promise<void> {
    if (!this.changed && Object.keys(this.previous).length === Object.keys(this.used).length) return;
    await writeKept(this.file, this.version, this.used);
  }
}
