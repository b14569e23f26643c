import type { ListedEntry } from '../lib/file-stamp.ts';
import type { ReadObserver } from './content-files.ts';
import type { PostAlias, TagLabels } from './model.ts';

/** A post not read because an earlier run read the same bytes: what the checks across posts need of it. */
export interface KnownPost {
  slug: string;
  dir: string;
  /** The post's date, in milliseconds, to order it among the others. */
  date: number;
  aliases: PostAlias[];
}

/** Recognises post folders read before (the CLI's status cache). */
export interface KnownPosts {
  /** The post in `dir` (absolute; its entries listed) if its files are exactly as when it was last read without problems. */
  lookup(dir: string, entries: readonly ListedEntry[]): KnownPost | undefined;
  /** The entries of a folder of content/posts, or of content/posts itself (absolute), as last listed, if it is known to hold the same ones still; else undefined, and the caller lists it. */
  listing(dir: string): ListedEntry[] | undefined;
  /**
   * Told of the tags posts may use before any post folder is listed: it may list and
   * work out ahead (on other threads) the post folders it knows nothing of yet, which
   * `listing` then answers for.
   */
  readAhead?(tags: TagLabels): Promise<void>;
  /**
   * Told of every post folder about to be looked up (absolute, with its entries) and of the
   * tags posts may use, before the first lookup: it may work out the posts it does not know yet ahead (on other threads).
   */
  prepare?(listing: ReadonlyMap<string, readonly ListedEntry[]>, tags: TagLabels): Promise<void>;
  /** Told of each file read of the posts not recognised, to recognise them next time. */
  observe: ReadObserver;
}

/**
 * The order posts are listed in: newest first, then by slug.
 * @example newestFirst(2, 'a', 1, 'b') // negative: the first comes first
 */
export function newestFirst(dateA: number, slugA: string, dateB: number, slugB: string): number {
  return dateB - dateA || slugA.localeCompare(slugB);
}
