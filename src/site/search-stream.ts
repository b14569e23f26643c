/**
 * Search pages handed over while the site is still being generated. Astro generates pages
 * on one core; indexed only after the last page, a cold build's Pagefind work (~24 s of CPU
 * at 2,000 posts) would leave that core's partner idle for the whole pages phase.
 *
 * The routes whose pages search indexes announce them from `getStaticPaths` (Astro runs
 * every route's `getStaticPaths` before it generates the first page), so each language's
 * shards (search-shards.ts) are known before any page is; the middleware hands over each
 * announced page's HTML as it is rendered, and a shard whose pages have all arrived goes to
 * the stream's consumer (search-index.ts), which indexes it into the search cache.
 *
 * The state is kept on `globalThis`: the integration and the pages are separate module
 * instances (the pages run from Astro's server bundle) in one process. Nothing here is ever
 * trusted: a shard indexed from what was handed over is used only when the built pages give
 * it the same key (search-index.ts), so a page announced wrongly, or changed after it was
 * rendered, costs its shard's indexing, never a wrong result.
 * @module
 */
import { safeDecode } from '../lib/safe-decode.ts';
import { languageKey, searchUrl } from './search-pages.ts';
import { PAGES_PER_SHARD, shardCount, shardOf } from './search-shards.ts';

/** A page search indexes, as its route knows it: its URL path and its `<html lang>`. */
export interface AnnouncedPage {
  path: string;
  lang: string;
}

/**
 * A page handed over: its built file (relative to the site's root, as Pagefind names it) and
 * its HTML as UTF-8 bytes (half a Chinese page's size as a string, and sent to the indexing
 * thread without a copy).
 */
export interface StreamedPage {
  file: string;
  bytes: Uint8Array;
}

/** A shard all of whose pages have been rendered. */
export interface StreamedShard {
  /** Pagefind's language key, the bucket and the language's shard count (search-shards.ts). */
  key: string;
  bucket: number;
  count: number;
  pages: StreamedPage[];
}

interface Bucket {
  key: string;
  bucket: number;
  count: number;
  waiting: Set<string>;
  pages: StreamedPage[];
}

interface Stream {
  pagesPerShard: number;
  /** Whether a shard is worth streaming (its bundle is not stored from an earlier build). */
  wanted: (shard: { key: string; bucket: number }) => boolean;
  ready: (shard: StreamedShard) => void;
  announced: Map<string, string>;
  /** Set at the first page handed over: announcing after that would change the shards. */
  buckets?: Map<string, Bucket>;
  spoiled: boolean;
}

const STATE = Symbol.for('tandem.search-stream');
type Global = typeof globalThis & { [STATE]?: Stream | undefined };

/**
 * Starts taking pages for `ready`; until then (the dev server, a build without search)
 * announcing and handing over pages does nothing.
 */
export function openSearchStream(options: Pick<Stream, 'pagesPerShard' | 'wanted' | 'ready'>): void {
  (globalThis as Global)[STATE] = { ...options, announced: new Map(), spoiled: false };
}

/** Stops taking pages; shards not complete by now are left to the built files. */
export function closeSearchStream(): void {
  (globalThis as Global)[STATE] = undefined;
}

/** Announces pages search will index (see the module's comment); pages are keyed by path, so announcing twice is harmless. */
export function announceSearchPages(pages: Iterable<AnnouncedPage>): void {
  const stream = (globalThis as Global)[STATE];
  if (!stream) return;
  const before = stream.announced.size;
  for (const page of pages) stream.announced.set(pageId(page.path), languageKey(page.lang));
  // Pages announced once shards are cut would move pages between them: stream nothing more.
  if (stream.buckets && stream.announced.size !== before) stream.spoiled = true;
}

/** Whether the page at `path` is wanted, so the middleware reads its HTML only then. */
export function wantsSearchPage(path: string): boolean {
  const stream = (globalThis as Global)[STATE];
  if (!stream || stream.spoiled) return false;
  return cut(stream).has(pageId(path));
}

/**
 * Hands over the HTML rendered for `path` (its bytes, which are not copied: the caller gives them up); when it completes its shard, the shard goes to
 * the stream's consumer.
 */
export function streamSearchPage(path: string, bytes: Uint8Array): void {
  const stream = (globalThis as Global)[STATE];
  if (!stream || stream.spoiled) return;
  const id = pageId(path);
  const bucket = cut(stream).get(id);
  if (!bucket?.waiting.delete(id)) return;
  bucket.pages.push({ file: builtFile(path), bytes });
  if (bucket.waiting.size > 0) return;
  const { key, count, pages } = bucket;
  // The consumer holds the pages from now on.
  bucket.pages = [];
  stream.ready({ key, bucket: bucket.bucket, count, pages });
}

/**
 * Puts a route's paths in the order that completes search shards soonest: Astro generates
 * a route's pages in the order `getStaticPaths` gives them, and a shard is indexed only
 * once all its pages are. Pages search indexes come first, language by language (in the
 * order they come) and shard by shard; the others after them; each group in its own order.
 * @example bySearchShard(paths, (path) => path.search) // en shard 0's pages, en shard 1's…, zh's…, then fallback copies
 */
export function bySearchShard<T>(items: readonly T[], pageOf: (item: T) => AnnouncedPage | undefined, pagesPerShard = PAGES_PER_SHARD): T[] {
  const pages = items.map((item) => {
    const page = pageOf(item);
    return page && { key: languageKey(page.lang), url: searchUrl(builtFile(page.path)) };
  });
  const sizes = new Map<string, number>();
  for (const page of pages) if (page) sizes.set(page.key, (sizes.get(page.key) ?? 0) + 1);
  const languages = [...sizes.keys()];
  const rank = pages.map((page) => (page ? [languages.indexOf(page.key), shardOf(page.url, shardCount(sizes.get(page.key) ?? 0, pagesPerShard))] : [languages.length, 0]));
  const order = items.map((_, index) => index).sort((a, b) => rank[a]![0]! - rank[b]![0]! || rank[a]![1]! - rank[b]![1]! || a - b);
  return order.map((index) => items[index]!);
}

/**
 * The file Astro writes for a page path (the directory format), as Pagefind names it.
 * @example builtFile('/zh/posts/%E5%9B%A2/') // 'zh/posts/团/index.html'
 */
export function builtFile(path: string): string {
  const decoded = safeDecode(path).replace(/^\/+/, '');
  return decoded === '' || decoded.endsWith('/') ? `${decoded}index.html` : `${decoded}/index.html`;
}

/**
 * A page's path as routes and the generated request may spell it (with or without the
 * trailing slash, as `trailingSlash` has it), one way.
 * @example pageId('/en/posts/a/') // '/en/posts/a'
 */
export function pageId(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/** The announced pages' buckets, by page path: cut once, at the first page asked about. */
function cut(stream: Stream): Map<string, Bucket> {
  if (stream.buckets) return stream.buckets;
  const byLanguage = new Map<string, string[]>();
  for (const [path, key] of stream.announced) byLanguage.set(key, [...(byLanguage.get(key) ?? []), path]);
  const buckets = new Map<string, Bucket>();
  for (const [key, paths] of byLanguage) {
    const count = shardCount(paths.length, stream.pagesPerShard);
    const shards = new Map<number, Bucket>();
    for (const path of paths) {
      // The bucket of the URL Pagefind gives the page, as when the shards are cut from the built site.
      const bucket = shardOf(searchUrl(builtFile(path)), count);
      const shard = shards.get(bucket) ?? { key, bucket, count, waiting: new Set(), pages: [] };
      shard.waiting.add(path);
      shards.set(bucket, shard);
    }
    for (const shard of shards.values()) {
      if (!stream.wanted(shard)) continue;
      for (const path of shard.waiting) buckets.set(path, shard);
    }
  }
  stream.buckets = buckets;
  return buckets;
}
