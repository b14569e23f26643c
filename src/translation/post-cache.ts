/**
 * The status records of posts (and static pages, alike) whose folders did not
 * change since the last `tandem status`: a post's records depend only on its folder's listing, the
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
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { POSTS_FOLDER, relativeTo } from '../content/content-files.ts';
import type { KnownPost, KnownPosts } from '../content/known-posts.ts';
import type { TagLabels } from '../content/model.ts';
import type { StatusPool } from './status-pool.ts';
import type { ShardFolder, ShardPost, StatusShard } from './status-shard.ts';
import { runThreads, startPool, statusParallelism, threadsFor, type Parallelism } from './status-parallelism.ts';
import type { ContentReport } from '../content/read-content.ts';
import { entriesOf, fileSystemClock, isRacy, listingKey, stampOf, type ListedEntry } from '../lib/file-stamp.ts';
import { asciiJson, readKept, writeKeptJson } from '../lib/kept-json.ts';
import { statusCacheVersion } from './code-key.ts';
import { computedPost, filesAsRecorded, observeInto, parts, SEP, type ComputedPost, type FilesRead } from './computed-post.ts';
import { recordFromText, recordText, textsJson } from './records-json.ts';
import type { Translatable, TranslationStatus } from './status.ts';

interface Entry extends ComputedPost {
  /** The folder's own stamp from just before it was listed. */
  folder?: string;
}

interface Stored {
  /** The file system's clock, in nanoseconds, before any file recorded was read: files changed since are racy. */
  since: string;
  posts: Record<string, Entry>;
}

/**
 * Where the post cache of a project lives.
 * @example postCacheFile('/site') // '/site/node_modules/.astro/tandem/post-cache.json'
 */
export function postCacheFile(root: string): string {
  return path.join(root, 'node_modules', '.astro', 'tandem', 'post-cache.json');
}

/** Status records by post folder, validated by the stamps and digests of the files read for them. */
export class PostCache implements KnownPosts {
  private readonly file: string;
  private readonly root: string;
  private readonly config: SiteConfig;
  private readonly parallelism: Parallelism;
  private readonly version: string;
  private readonly since: bigint | undefined;
  private readonly previous: Record<string, Entry>;
  // What the next run keeps, by folder: an entry, or its bytes as written (`"<folder>":<entry>`) where it was computed.
  private readonly used = new Map<string, Entry | Uint8Array>();
  // Folders not recognised (by path relative to the root): their listing, to store what is computed for them.
  private readonly pending = new Map<string, string>();
  // Folders listed this run: their stamps from before the listing, and whether the next run can trust them (not racy).
  private readonly folders = new Map<string, { stamp: string; settled: boolean }>();
  // Listings given back by `listing`, with the key they were read from.
  private readonly keptListings = new WeakMap<readonly ListedEntry[], string>();
  // What was read this run, by folder (absolute) and name.
  private readonly seen: FilesRead = new Map();
  // Posts computed ahead by readAhead or prepare, by folder (relative to the root), with the entries of their shard.
  private readonly computed = new Map<string, ShardPost & { entries: Uint8Array }>();
  // Folders listed (and their posts computed) by readAhead, by folder (relative to the root), and its listing of content/posts.
  private readonly ahead = new Map<string, ShardFolder>();
  private postsListing: ListedEntry[] | undefined;
  // The file system's clock before this run first read a file to record; null when it cannot be taken (nothing is recorded then).
  private now: bigint | null | undefined;
  private changed = false;
  // Started early by the constructor, or by prepare when it finds enough posts to compute.
  private pool: Promise<StatusPool> | undefined;

  constructor(file: string, root: string, config: SiteConfig, parallelism: Parallelism = statusParallelism(undefined)) {
    this.file = file;
    this.root = root;
    this.config = config;
    this.parallelism = parallelism;
    this.version = statusCacheVersion(root, config);
    // No cache yet, an unreadable or a stale one: every post is read.
    const stored = readKept<Stored>(file, this.version);
    this.since = typeof stored?.since === 'string' && /^\d+$/.test(stored.since) ? BigInt(stored.since) : undefined;
    this.previous = (this.since !== undefined && stored?.posts) || {};
    // Nothing known (a fresh checkout, another version) and many posts: the workers start now (if not before), to load their code while the folders are listed.
    this.pool = runThreads(root, parallelism, Object.keys(this.previous).length === 0);
  }

  /** The file system's clock, taken once (see fileSystemClock). */
  private clock(): bigint | undefined {
    this.now ??= fileSystemClock(`${this.file}.clock`);
    return this.now ?? undefined;
  }

  /**
   * A folder's entries as last listed, when its stamp says none was added,
   * removed or renamed since (as for files, unless racy), or as readAhead listed
   * them this run; else its stamp is taken, before the caller lists it.
   */
  listing(dir: string): ListedEntry[] | undefined {
    const relative = relativeTo(this.root, dir);
    // content/posts itself: its listing from readAhead, if this run read ahead; it has no stamp kept.
    if (relative === POSTS_FOLDER) return this.postsListing;
    const listed = this.ahead.get(relative);
    if (listed) {
      const entries = entriesOf(listed.listing);
      // A post computed ahead is answered by lookup as it is; one with a problem is read again, and kept as any other.
      if (listed.post) return entries;
      if (listed.listed) this.folders.set(relative, listed.listed);
      this.keptListings.set(entries, listed.listing);
      return entries;
    }
    const entry = this.previous[relative];
    const stats = entry?.folder === undefined ? undefined : lstatSync(dir, { bigint: true, throwIfNoEntry: false });
    if (entry && stats?.isDirectory() && entry.folder === stampOf(stats) && this.since !== undefined && !isRacy(stats, this.since)) {
      const entries = entriesOf(entry.listing);
      this.keptListings.set(entries, entry.listing);
      return entries;
    }
    const clock = this.clock();
    const now = clock === undefined ? undefined : lstatSync(dir, { bigint: true, throwIfNoEntry: false });
    if (clock !== undefined && now) this.folders.set(relative, { stamp: stampOf(now), settled: !isRacy(now, clock) });
    return undefined;
  }

  /**
   * On a fresh checkout (nothing known), lists and computes every folder of
   * content/posts ahead, on every thread the machine offers when there are enough
   * to pay for starting the threads: each folder is listed by the thread that
   * reads its post, so no thread waits for one to list them all first. The folders
   * below a group folder are left to prepare, once the reader has found them.
   */
  async readAhead(tags: TagLabels): Promise<void> {
    if (Object.keys(this.previous).length > 0 || this.clock() === undefined) return;
    const posts = path.join(this.root, POSTS_FOLDER);
    let folders: StatusShard['folders'] = [];
    try {
      // Kept for the reader, which walks content/posts after this: listed once.
      this.postsListing = readdirSync(posts, { withFileTypes: true });
      folders = this.postsListing.flatMap((entry) => (entry.isDirectory() && !entry.name.startsWith('.') ? [[path.join(posts, entry.name)] as const] : []));
    } catch {
      // No posts folder: the reader reports it.
    }
    for (const folder of await this.computeFolders(folders, tags)) this.ahead.set(relativeTo(this.root, folder.dir), folder);
  }

  /**
   * Reads and computes the posts not known, in shards of a few dozen (so that
   * each post's text is garbage before the next shard is read, rather than
   * every post's text held until all are computed), on every thread the machine
   * offers when there are enough posts to pay for starting the threads: lookup
   * then answers with them as with posts known from before. A post with a
   * problem is left to the reader, to be reported with the others.
   */
  async prepare(listing: ReadonlyMap<string, readonly ListedEntry[]>, tags: TagLabels): Promise<void> {
    const unknown: [string, string, string?][] = [];
    for (const [dir, entries] of listing) {
      const relative = relativeTo(this.root, dir);
      // Tried ahead already: a post with a problem is left to the reader, as below.
      if (this.ahead.has(relative)) continue;
      const entry = this.previous[relative];
      const key = entry && (this.keptListings.get(entries) ?? listingKey(entries));
      // With the folder's stamp to keep, as lookup keeps it.
      if (!entry || entry.listing !== key) unknown.push([dir, key ?? listingKey(entries), this.folders.get(relative)?.stamp ?? entry?.folder]);
    }
    // The clock before any of them is read, as for the posts read here (see lookup); without one, nothing could be kept.
    const worth = unknown.length > 0 && this.clock() !== undefined;
    await this.computeFolders(worth ? unknown : [], tags);
  }

  // Computes `folders` (with their listings, or none to list them) on the threads the pool started early, or on as many as they are worth; stops the threads.
  private async computeFolders(folders: StatusShard['folders'], tags: TagLabels): Promise<ShardFolder[]> {
    if (folders.length > 0) this.pool ??= startPool(threadsFor(folders.length, this.parallelism));
    const pool = await this.pool;
    this.pool = undefined;
    try {
      const computed = folders.length > 0 && pool ? await pool.compute({ root: this.root, config: this.config, tags, clock: String(this.clock()) }, folders) : [];
      for (const { folders: shard, entries } of computed) for (const { post } of shard) if (post) this.computed.set(post.post.dir, { ...post, entries });
      return computed.flatMap((shard) => shard.folders);
    } finally {
      await pool?.close();
    }
  }

  lookup(dir: string, entries: readonly ListedEntry[]): KnownPost | undefined {
    // A link is a problem the reader reports: never answered from the cache.
    if (entries.some((e) => e.isSymbolicLink())) return undefined;
    const relative = relativeTo(this.root, dir);
    const computed = this.computed.get(relative);
    if (computed) {
      // Kept as serialised where it was computed, with the folder's stamp.
      this.used.set(relative, computed.entries.subarray(...computed.entry));
      this.changed = true;
      return computed.post;
    }
    const listing = this.keptListings.get(entries) ?? listingKey(entries);
    const entry = this.previous[relative];
    const files = entry?.listing === listing ? filesAsRecorded(dir, entry.files, this.since, () => this.clock()) : undefined;
    if (!entry || !files) {
      // Before the post's files are read, so that their stamps can be trusted next time.
      this.clock();
      this.pending.set(relative, listing);
      return undefined;
    }
    // Listed again (a file was saved by a rename, say) with the same names: the folder's new stamp is kept, if the next run can trust it.
    const listed = this.folders.get(relative);
    const folder = listed?.stamp ?? entry.folder;
    if (files !== entry.files || listed?.settled) this.changed = true;
    this.used.set(relative, files === entry.files && folder === entry.folder ? entry : { ...entry, files, folder });
    return entry;
  }

  /** Records a file read for a post not recognised. */
  observe = observeInto(this.seen);

  /** The records of a post that lookup recognised. */
  recordsOf = (post: KnownPost): TranslationStatus[] => parts((post as Entry).records).map(recordFromText);

  /** The records of every post and page recognised, in their order (posts newest first, then pages by slug), when none was read. */
  recordsOfAll(report: Pick<ContentReport, 'known' | 'knownPages'>): TranslationStatus[] {
    return [...(report.known ?? []), ...(report.knownPages ?? [])].flatMap(this.recordsOf);
  }

  /** recordsJson of recordsOfAll, from the texts kept: nothing is parsed or serialised again. */
  *printedAll(report: Pick<ContentReport, 'known' | 'knownPages'>): Generator<string> {
    // Each post's texts joined as they are kept, without cutting 20,000 records apart to join them again.
    const posts = [...(report.known ?? []), ...(report.knownPages ?? [])].map((post) => (post as Entry).records).filter((records) => records !== '');
    yield* textsJson(posts.map((records) => records.replaceAll(SEP, ',\n')));
  }

  /** Keeps the records computed for a post or page read this run, with the files they were computed from. */
  remember(post: Translatable, records: TranslationStatus[]): void {
    const listing = this.pending.get(post.dir);
    if (listing === undefined || this.now === null || this.now === undefined) return;
    this.used.set(post.dir, { ...computedPost(post, records, listing, this.seen.get(path.join(this.root, post.dir)) ?? {}), folder: this.folders.get(post.dir)?.stamp ?? this.previous[post.dir]?.folder });
    this.changed = true;
  }

  /** Writes what this run used, when anything was added, re-stamped or dropped; a failure to write only costs speed. */
  async save(): Promise<void> {
    if (!this.changed && Object.keys(this.previous).length === this.used.size) return;
    const since = this.now ?? this.since;
    if (since === undefined) return;
    // The Stored object, as bytes put together entry by entry: those computed ahead come serialised already.
    const comma = Buffer.from(',');
    const parts: Uint8Array[] = [Buffer.from(`{"since":${asciiJson(String(since))},"posts":{`)];
    for (const [dir, entry] of this.used) parts.push(entry instanceof Uint8Array ? entry : Buffer.from(`${asciiJson(dir)}:${asciiJson(entry)}`, 'latin1'), comma);
    parts[parts.length - 1] = Buffer.from('}}');
    await writeKeptJson(this.file, this.version, parts);
  }
}
