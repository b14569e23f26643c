/**
 * The status records of posts whose folders did not change since the last
 * `tandem status`: a post's records depend only on its folder's listing, the
 * bytes of the files read for it (`post.yaml`, its language files, their base
 * records), the site's configuration, `content/tags.yaml` (for the checks that
 * decide whether the post is valid) and this code. Each file is recorded with
 * its digest and stamp, and trusted by git's index rule (see file-stamp.ts):
 * an unchanged stamp vouches for the bytes unless the file changed at or after
 * the moment they began to be read, when it is hashed again; a changed stamp
 * (a touch, a checkout) is hashed again too, and only different bytes make the
 * post be read. The bytes hashed are the ones the reader parsed: one read per
 * file. One file in Astro's cacheDir, written atomically with the entries this
 * run used, and only when something in it changed.
 * @module
 */
import { createHash } from 'node:crypto';
import { mkdirSync, lstatSync, readdirSync, readFileSync, statSync, writeFileSync, type BigIntStats, type Dirent } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteConfig } from '../config/schema.ts';
import { readBytes, relativeTo } from '../content/content-files.ts';
import type { KnownPost, KnownPosts } from '../content/known-posts.ts';
import { digestOf, isRacy, listingKey, stampOf } from '../lib/file-stamp.ts';
import { readKept, writeKept } from '../lib/kept-json.ts';
import { pipelineVersionKey } from '../pipeline/version-key.ts';
import type { Translatable, TranslationStatus } from './status.ts';

/** A file read for a post: its stamp and the digest of its bytes. */
type FileRecord = [stamp: string, digest: string];

interface Entry extends KnownPost {
  records: TranslationStatus[];
  /** The folder's listing when it was read (see listingKey). */
  listing: string;
  /** The files read for the post, by name. */
  files: Record<string, FileRecord>;
}

interface Stored {
  /** The file system's clock, in nanoseconds, before any file recorded was read: files changed since are racy. */
  since: string;
  posts: Record<string, Entry>;
}

// What the records of a post can depend on besides its folder: the code that reads and judges it.
const SOURCE_DIRS = ['content', 'translation', 'config', 'i18n', 'lib'];
const PACKAGES = ['yaml', 'zod'];

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

/** Status records by post folder, validated by the stamps and digests of the files read for them. */
export class PostCache implements KnownPosts {
  private readonly file: string;
  private readonly root: string;
  private readonly version: string;
  private readonly since: bigint | undefined;
  private readonly previous: Record<string, Entry>;
  private readonly used: Record<string, Entry> = {};
  // Folders not recognised (by path relative to the root): their listing, to store what is computed for them.
  private readonly pending = new Map<string, string>();
  // What was read this run, by folder (absolute) and name.
  private readonly seen = new Map<string, Record<string, FileRecord>>();
  // The file system's clock before this run first read a file to record; null when it cannot be taken (nothing is recorded then).
  private now: bigint | null | undefined;
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
    const stored = readKept<Stored>(file, this.version);
    this.since = typeof stored?.since === 'string' && /^\d+$/.test(stored.since) ? BigInt(stored.since) : undefined;
    this.previous = (this.since !== undefined && stored?.posts) || {};
  }

  /**
   * The file system's clock, as the time of a file written in the cache's folder
   * (the clock that stamps files, which the process's own may differ from).
   */
  private clock(): bigint | undefined {
    if (this.now === undefined) {
      try {
        const tick = `${this.file}.clock`;
        mkdirSync(path.dirname(tick), { recursive: true });
        writeFileSync(tick, '');
        this.now = statSync(tick, { bigint: true }).mtimeNs;
      } catch {
        this.now = null;
      }
    }
    return this.now ?? undefined;
  }

  lookup(dir: string, entries: readonly Dirent[]): KnownPost | undefined {
    // A link is a problem the reader reports: never answered from the cache.
    if (entries.some((e) => e.isSymbolicLink())) return undefined;
    const relative = relativeTo(this.root, dir);
    const listing = listingKey(entries);
    const entry = this.previous[relative];
    const files = entry?.listing === listing ? this.check(dir, entry.files) : undefined;
    if (!entry || !files) {
      // Before the post's files are read, so that their stamps can be trusted next time.
      this.clock();
      this.pending.set(relative, listing);
      return undefined;
    }
    this.used[relative] = files === entry.files ? entry : { ...entry, files };
    return entry;
  }

  /** `files` as they are now, if each still holds the bytes recorded; undefined if any does not. */
  private check(dir: string, files: Record<string, FileRecord>): Record<string, FileRecord> | undefined {
    let now = files;
    for (const [name, [stamp, digest]] of Object.entries(files)) {
      const absolute = path.join(dir, name);
      const stats = lstatSync(absolute, { bigint: true, throwIfNoEntry: false });
      if (!stats?.isFile()) return undefined;
      if (stamp === stampOf(stats) && this.since !== undefined && !isRacy(stats, this.since)) continue;
      const clock = this.clock();
      let read: { bytes: Buffer; stats: BigIntStats } | undefined;
      try {
        readBytes(absolute, (_, bytes, stats) => (read = { bytes, stats }));
      } catch {
        return undefined;
      }
      if (!read || digestOf(read.bytes) !== digest) return undefined;
      const restamped = stampOf(read.stats);
      // Same bytes: recorded anew when that lets the next run trust the stamp (a file stamped in the future never can).
      if (clock !== undefined && (restamped !== stamp || !isRacy(read.stats, clock))) {
        now = { ...now, [name]: [restamped, digest] };
        this.changed = true;
      }
    }
    return now;
  }

  /** Records a file read for a post not recognised. */
  observe = (absolute: string, bytes: Buffer, stats: BigIntStats): void => {
    const dir = path.dirname(absolute);
    let files = this.seen.get(dir);
    if (!files) this.seen.set(dir, (files = {}));
    files[path.basename(absolute)] = [stampOf(stats), digestOf(bytes)];
  };

  /** The records of a post that lookup recognised. */
  recordsOf(post: KnownPost): TranslationStatus[] {
    return (post as Entry).records;
  }

  /** Keeps the records computed for a post read this run, with the files they were computed from. */
  remember(post: Translatable, records: TranslationStatus[]): void {
    const listing = this.pending.get(post.dir);
    if (listing === undefined || post.kind === 'page' || this.now === null || this.now === undefined) return;
    const files = this.seen.get(path.join(this.root, post.dir)) ?? {};
    this.used[post.dir] = { slug: post.slug, dir: post.dir, date: post.date.getTime(), aliases: post.aliases, records, listing, files };
    this.changed = true;
  }

  /** Writes what this run used, when anything was added, re-stamped or dropped; a failure to write only costs speed. */
  async save(): Promise<void> {
    if (!this.changed && Object.keys(this.previous).length === Object.keys(this.used).length) return;
    const since = this.now ?? this.since;
    if (since === undefined) return;
    await writeKept(this.file, this.version, { since: String(since), posts: this.used } satisfies Stored);
  }
}
