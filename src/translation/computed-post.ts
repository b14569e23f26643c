/**
 * What a status run keeps of a post it read and computed, wherever it was computed (the
 * CLI's thread or a worker: status-shard.ts), and how the files read for it are recorded.
 * @module
 */
import path from 'node:path';
import type { ReadObserver } from '../content/content-files.ts';
import type { KnownPost } from '../content/known-posts.ts';
import { digestOf, stampOf } from '../lib/file-stamp.ts';
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
