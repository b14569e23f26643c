/**
 * How a language's search index is cut into shards: Pagefind has no incremental mode and
 * holds a whole index in memory, so a large site is indexed as several smaller bundles that
 * the search page merges (Pagefind's `mergeIndex`). A page's shard depends only on its URL
 * and the shard count, so an edit re-indexes one shard, and the count changes only when a
 * language doubles in size.
 * @module
 */
import { createHash } from 'node:crypto';
import type { SearchPage } from './search-pages.ts';

/** Pages per shard by default: Pagefind's extended build needs ~0.25–0.7 MB per page while indexing. */
export const PAGES_PER_SHARD = 512;

/** One shard of a language's index: its pages, and a digest of their URLs and what Pagefind reads of them (same digest, same bundle). */
export interface SearchShard {
  /** `<language key>/<bucket>`: where its bundle is kept between builds. */
  id: string;
  key: string;
  bucket: number;
  pages: SearchPage[];
  digest: string;
}

/**
 * How many shards a language of `pages` pages is cut into: the smallest power of two that
 * keeps shards at most `perShard` pages on average, so growing past a threshold splits
 * every shard in two instead of moving pages between all of them.
 * @example shardCount(40, 512) // 1
 * @example shardCount(1473, 512) // 4
 */
export function shardCount(pages: number, perShard = PAGES_PER_SHARD): number {
  const size = Math.max(1, Math.floor(perShard));
  let count = 1;
  while (pages > count * size) count *= 2;
  return count;
}

/**
 * The bucket a page's URL falls in, of `count`: stable across builds and machines.
 * @example shardOf('/en/posts/a/', 1) // 0
 */
export function shardOf(url: string, count: number): number {
  return createHash('sha256').update(url).digest().readUInt32BE(0) % count;
}

/**
 * Cuts a language's pages (with their digests) into shards; empty buckets are left out,
 * and the shards come in bucket order.
 */
export function splitShards(key: string, pages: readonly SearchPage[], perShard = PAGES_PER_SHARD): SearchShard[] {
  const count = shardCount(pages.length, perShard);
  const buckets = Array.from({ length: count }, () => [] as SearchPage[]);
  for (const page of pages) buckets[shardOf(page.url, count)]?.push(page);
  return buckets.flatMap((bucket, index) => (bucket.length === 0 ? [] : [{ id: `${key}/${index}`, key, bucket: index, pages: bucket, digest: shardDigest(count, bucket) }]));
}

/**
 * The digest of a shard of a language cut into `count`: its pages' URLs and digests, in URL order.
 * @example shardDigest(1, [{ url: '/en/posts/a/', digest: 'd1' }]) // sha256 of "1\0/en/posts/a/\0d1\0"
 */
export function shardDigest(count: number, pages: readonly Pick<SearchPage, 'url' | 'digest'>[]): string {
  const hash = createHash('sha256').update(`${count}\0`);
  for (const page of [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) hash.update(`${page.url}\0${page.digest}\0`);
  return hash.digest('hex');
}
