/**
 * The status records of a share of the post folders, computed apart from the
 * rest (in a worker thread, or in the CLI's own; see status-pool.ts): each post
 * is read and its records computed exactly as a whole run does, and kept as the
 * PostCache keeps a post it read itself. A folder not listed yet (a fresh
 * checkout's) is listed here too, its stamp taken first, as PostCache.listing
 * would. Posts with a problem, in their files or their base records, are left
 * out: the whole read that follows reports them with every other problem.
 * @module
 */
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import type { Post, TagLabels } from '../content/model.ts';
import { ContentValidationError } from '../content/problems.ts';
import { META_FILE } from '../content/content-files.ts';
import { readPostFolders } from '../content/read-content.ts';
import { entriesOf, isRacy, listingKey, stampOf, type ListedEntry } from '../lib/file-stamp.ts';
import { computeStatuses, targetsOf } from './compute.ts';
import { asciiJson } from '../lib/kept-json.ts';
import { computedPost, observeInto, type FilesRead } from './computed-post.ts';
import type { TranslationStatus } from './status.ts';
import type { ComputedPost } from './computed-post.ts';
import type { KnownPost } from '../content/known-posts.ts';
import type { ReadObserver } from '../content/content-files.ts';

/**
 * A share of the post folders: each absolute, with its listing (see listingKey) and the
 * folder's stamp to keep, if any, or with neither for a folder to list here (then `clock`,
 * the file system's clock before the run read anything, says whether the next run may trust its stamp). Plain data, for a worker.
 */
export interface StatusShard {
  root: string;
  config: SiteConfig;
  tags: TagLabels;
  clock?: string;
  folders: (readonly [dir: string, listing?: string, folder?: string])[];
}

/**
 * The `k`th shard of `size` folders: what each thread computes when it takes number `k` (status-pool.ts).
 * @example nthShard({ root, config, tags, folders: [a, b, c] }, 1, 2) // { root, config, tags, folders: [c] }
 */
export function nthShard({ folders, ...base }: StatusShard, k: number, size: number): StatusShard {
  return { ...base, folders: folders.slice(k * size, (k + 1) * size) };
}

/** What computeShard gives: every folder that could be listed, and the cache entries of its posts. */
export interface ComputedShard {
  folders: ShardFolder[];
  /** The PostCache's entries of the posts computed (`"<folder>":<entry>` each, see ShardPost.entry), as ASCII JSON bytes. */
  entries: Uint8Array;
}

/** A folder of a shard: its listing (taken here, with the folder's stamp, if the shard had none) and its post, if it read without problems. */
export interface ShardFolder {
  dir: string;
  listing: string;
  /** The folder's stamp from just before it was listed here, and whether the next run can trust it (not racy). */
  listed?: { stamp: string; settled: boolean };
  post?: ShardPost;
}

/** A post computed here: what the reader and the printed records need of it, and where its cache entry is in the shard's entries. */
export interface ShardPost {
  post: KnownPost & Pick<ComputedPost, 'records'>;
  /** From start to end, in the shard's `entries`. */
  entry: readonly [start: number, end: number];
}

/**
 * Every folder of a shard that could be listed, with its post when it read without problems, and their cache entries.
 * @example await computeShard({ root, config, tags, folders: [[dir, listingKey(entries)]] }) // { folders: [{ dir, listing, post: { post: { slug, dir, records, … }, entry: [0, 1234] } }], entries }
 */
export async function computeShard({ root, config, tags, clock, folders }: StatusShard): Promise<ComputedShard> {
  const seen: FilesRead = new Map();
  const observe = observeInto(seen);
  const since = clock === undefined ? undefined : BigInt(clock);
  const stamps = new Map<string, string>();
  const shard = folders.flatMap(([dir, listing, folder]): ShardFolder[] => {
    if (folder !== undefined) stamps.set(dir, folder);
    if (listing !== undefined) return [{ dir, listing }];
    const listed = since === undefined ? undefined : listFolder(dir, since);
    return listed ? [{ dir, ...listed }] : [];
  });
  // Each listing read back once, for the check and the reader. A folder listed here is read only if it is a post's as the
  // reader would find it (see findPostDirs): a group of folders is left to it.
  const posts = shard.map((folder) => ({ folder, entries: entriesOf(folder.listing) })).filter(({ folder, entries }) => !folder.listed || isPostFolder(entries));
  const read = readPostFolders({ root, config, tags, observe }, posts.map(({ folder, entries }) => [folder.dir, entries] as const));
  const good = read.flatMap((post, k) => (post && posts[k] ? [{ post, folder: posts[k].folder }] : []));
  const records = await statusesByPost(root, config, good.map(({ post }) => post), observe);
  let entries = '';
  good.forEach(({ post, folder }, k) => {
    const own = records[k];
    if (!own) return;
    const computed = computedPost(post, own, folder.listing, seen.get(path.join(root, post.dir)) ?? {});
    const stamp = folder.listed?.stamp ?? stamps.get(folder.dir);
    const start = entries.length;
    // As the PostCache keeps it, with the folder's stamp (ASCII: a character is a byte).
    entries += `${asciiJson(post.dir)}:${asciiJson(stamp === undefined ? computed : { ...computed, folder: stamp })}`;
    const { slug, dir, date, aliases, records: text } = computed;
    folder.post = { post: { slug, dir, date, aliases, records: text }, entry: [start, entries.length] };
  });
  return { folders: shard, entries: Buffer.from(entries, 'latin1') };
}

// A folder's listing and its stamp from before it, or undefined when it is gone or cannot be listed (the reader lists it then, and reports what it finds).
function listFolder(dir: string, since: bigint): Pick<ShardFolder, 'listing' | 'listed'> | undefined {
  try {
    const stats = lstatSync(dir, { bigint: true, throwIfNoEntry: false });
    if (!stats?.isDirectory()) return undefined;
    return { listing: listingKey(readdirSync(dir, { withFileTypes: true })), listed: { stamp: stampOf(stats), settled: !isRacy(stats, since) } };
  } catch {
    return undefined;
  }
}

// A post's folder holds post.yaml and no folder: one that holds folders is read after the reader has looked inside them.
function isPostFolder(entries: readonly ListedEntry[]): boolean {
  return entries.some((entry) => entry.name === META_FILE) && !entries.some((entry) => entry.isDirectory());
}

// Each post's records (in computeStatuses' order: a post's locales follow one another), undefined for a post whose base records have a problem.
async function statusesByPost(root: string, config: SiteConfig, posts: Post[], observe: ReadObserver): Promise<(TranslationStatus[] | undefined)[]> {
  try {
    const all = await computeStatuses({ root, config, content: { posts, pages: [], tags: {} }, observe });
    let at = 0;
    return posts.map((post) => all.slice(at, (at += targetsOf(post, config).length)));
  } catch (error) {
    if (!(error instanceof ContentValidationError)) throw error;
    // Rare: which post the problem is in is found by computing each alone.
    if (posts.length === 1) return [undefined];
    return (await Promise.all(posts.map((post) => statusesByPost(root, config, [post], observe)))).flat();
  }
}
