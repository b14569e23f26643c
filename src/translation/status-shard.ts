/**
 * The status records of a share of the post folders, computed apart from the
 * rest (in a worker thread, or in the CLI's own between its messages; see
 * status-pool.ts): each post is read and its records computed exactly as a
 * whole run does, and kept as the PostCache keeps a post it read itself. Posts
 * with a problem, in their files or their base records, are left out: the
 * whole read that follows reports them with every other problem.
 * @module
 */
import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import type { Post, TagLabels } from '../content/model.ts';
import { ContentValidationError } from '../content/problems.ts';
import { readPostFolders } from '../content/read-content.ts';
import { entriesOf } from '../lib/file-stamp.ts';
import { computeStatuses, targetsOf } from './compute.ts';
import { asciiJson } from '../lib/kept-json.ts';
import { computedPost, observeInto, type FilesRead, type ShardPost } from './computed-post.ts';
import type { TranslationStatus } from './status.ts';
import type { ReadObserver } from '../content/content-files.ts';

/** A share of the post folders: each absolute, with its listing (see listingKey). Plain data, for a worker. */
export interface StatusShard {
  root: string;
  config: SiteConfig;
  tags: TagLabels;
  folders: (readonly [dir: string, listing: string])[];
}

/**
 * The posts of a shard that read without problems, with their records and files, and serialised.
 * @example await computeShard({ root, config, tags, folders: [[dir, listingKey(entries)]] }) // [{ post: { slug, dir, records, files, … }, json }]
 */
export async function computeShard({ root, config, tags, folders }: StatusShard): Promise<ShardPost[]> {
  const seen: FilesRead = new Map();
  const observe = observeInto(seen);
  const posts = readPostFolders({ root, config, tags, observe }, folders.map(([dir, listing]) => [dir, entriesOf(listing)] as const));
  const read = posts.flatMap((post, k) => (post ? [{ post, listing: folders[k]?.[1] ?? '' }] : []));
  const records = await statusesByPost(root, config, read.map(({ post }) => post), observe);
  return read.flatMap(({ post, listing }, k) => {
    const own = records[k];
    if (!own) return [];
    const computed = computedPost(post, own, listing, seen.get(path.join(root, post.dir)) ?? {});
    return [{ post: computed, json: asciiJson(computed) }];
  });
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
