/**
 * What a status run keeps of a post it read and computed, wherever it was computed (the
 * CLI's thread or a worker: status-shard.ts), and how the files read for it are recorded.
 * @module
 */
import { lstatSync, type BigIntStats } from 'node:fs';
import path from 'node:path';
import { readBytes, type ReadObserver } from '../content/content-files.ts';
import type { KnownPost } from '../content/known-posts.ts';
import { digestOf, isRacy, stampOf } from '../lib/file-stamp.ts';
import { recordText } from './records-json.ts';
import type { Translatable, TranslationStatus } from './status.ts';

/** A file read for a post: its stamp and the digest of its bytes. */
export type FileRecord = [stamp: string, digest: string];
/** The files read, by folder (absolute) and name. */
export type FilesRead = Map<string, Record<string, FileRecord>>;

// Records and files are each kept as one string, their parts joined by NUL (which neither file names nor
// JSON text hold): 10,000 posts then read back as a few objects each rather than dozens, for less to collect.
export const SEP = '\u0000';
export const parts = (packed: string) => (packed === '' ? [] : packed.split(SEP));

/** What is kept of a post read and computed in a run, here or by a worker (see status-shard.ts). */
export interface ComputedPost extends KnownPost {
  /** The post's records as printed (see recordText), joined by NUL: reading them back costs less than objects, printing them nothing. */
  records: string;
  /** The folder's listing when it was read (see listingKey). */
  listing: string;
  /** The files read for the post: name, stamp and digest of each, joined by NUL. */
  files: string;
}

/**
 * A ReadObserver that records each file's stamp and digest into `seen`.
 * @example observeInto(seen)(path, bytes, stats) // seen.get(dir)[name] = [stamp, digest]
 */
export function observeInto(seen: FilesRead): ReadObserver {
  return (absolute, bytes, stats) => {
    const dir = path.dirname(absolute);
    let files = seen.get(dir);
    if (!files) seen.set(dir, (files = {}));
    files[path.basename(absolute)] = [stampOf(stats), digestOf(bytes)];
  };
}

/**
 * What is kept of a post read in this run: its records, its folder's listing and the files read for it (by name).
 * @example computedPost(post, records, listingKey(entries), seen.get(folder) ?? {}).records // recordText of each, NUL-joined
 */
export function computedPost(post: Translatable, records: readonly TranslationStatus[], listing: string, files: Record<string, FileRecord>): ComputedPost {
  const packed = Object.entries(files).flatMap(([name, [stamp, digest]]) => [name, stamp, digest]);
  return { slug: post.slug, dir: post.dir, date: post.date.getTime(), aliases: post.aliases, records: records.map(recordText).join(SEP), listing, files: packed.join(SEP) };
}

/**
 * A post's recorded `files` (packed: name, stamp, digest) as they are now, if each still
 * holds the bytes recorded; undefined if any does not. A stamp recorded before `since`
 * (the run that recorded it began reading then) vouches for its file; any other file is
 * read and hashed, and restamped when its bytes are the same and the new stamp can vouch
 * next time (taken after `clock`, the file system's time, when there is one).
 */
export function filesAsRecorded(dir: string, files: string, since: bigint | undefined, clock: () => bigint | undefined): string | undefined {
  const fields = parts(files);
  let restamp = false;
  for (let k = 0; k + 2 < fields.length; k += 3) {
    const [name = '', stamp, digest] = [fields[k], fields[k + 1], fields[k + 2]];
    const absolute = path.join(dir, name);
    const stats = lstatSync(absolute, { bigint: true, throwIfNoEntry: false });
    if (!stats?.isFile()) return undefined;
    if (stamp === stampOf(stats) && since !== undefined && !isRacy(stats, since)) continue;
    const now = clock();
    let read: { bytes: Buffer; stats: BigIntStats } | undefined;
    try {
      readBytes(absolute, (_, bytes, stats) => (read = { bytes, stats }));
    } catch {
      return undefined;
    }
    if (!read || digestOf(read.bytes) !== digest) return undefined;
    const restamped = stampOf(read.stats);
    // Same bytes: recorded anew when that lets the next run trust the stamp (a file stamped in the future never can).
    if (now !== undefined && (restamped !== stamp || !isRacy(read.stats, now))) {
      fields[k + 1] = restamped;
      restamp = true;
    }
  }
  return restamp ? fields.join(SEP) : files;
}
