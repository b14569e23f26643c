/**
 * The built pages search indexes, found by reading the built site as Pagefind
 * would: only pages that mark an element `data-pagefind-body`, grouped by their
 * `<html lang>`, so each language gets its own index (and Pagefind never parses
 * the listings, fallback copies and other pages it would skip anyway).
 * @module
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beginStampRecord, fileStamp, readStampRecord, recorded, writeStampRecord } from '../lib/stamp-record.ts';
import { htmlFiles } from './built-pages.ts';
import { searchedPart } from './search-part.ts';

/** Where the search bundles go, under the built site: served from the site itself, never a CDN. */
export const SEARCH_BUNDLE = 'pagefind';

/** Where each language's bundle lists its shards, which the search page merges into one index. */
export const SEARCH_MANIFEST = 'shards.json';

/** A page to index: its URL as Pagefind would give it, its built file, and a digest of what Pagefind reads of it (search-part.ts). */
export interface SearchPage {
  url: string;
  file: string;
  digest: string;
}

/** The pages of one language. */
export interface SearchLanguage {
  /** Pagefind's language key: the page's `lang`, lower case (`en-gb`, `zh-hant-hk`). */
  key: string;
  pages: SearchPage[];
}

const MARK = Buffer.from('data-pagefind-body');
const LANG = /<html[^>]*?\slang="([^"]+)"/i;

/**
 * The URL Pagefind gives a built file: its path from the site's root, `index.html` dropped.
 * @example searchUrl('en/posts/a/index.html') // '/en/posts/a/'
 * @example searchUrl('about.html') // '/about.html'
 */
export function searchUrl(relative: string): string {
  const url = `/${relative.split(path.sep).join('/')}`;
  return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}

/**
 * Pagefind's language key for a page language, which names that language's search bundle.
 * @example languageKey('zh-Hant-HK') // 'zh-hant-hk'
 */
export function languageKey(lang: string): string {
  return lang.toLowerCase();
}

/**
 * Where the search page of a language loads its bundle from, under the site's base path.
 * @example searchBundlePath('/', 'zh-Hant-HK') // '/pagefind/zh-hant-hk/'
 */
export function searchBundlePath(base: string, lang: string): string {
  return `${base.replace(/\/?$/, '/')}${SEARCH_BUNDLE}/${languageKey(lang)}/`;
}

/** What a page is to search: its language key and digest, or null when it is not indexed. */
type PageSearch = [key: string, digest: string] | null;

const RECORD_VERSION = 1;

/** Reads a built page for search (see PageSearch). */
function readPage(file: string): PageSearch {
  const bytes = readFileSync(file);
  // The bytes are searched first: most pages (listings, copies) are never decoded.
  if (bytes.indexOf(MARK) < 0) return null;
  const key = languageKey(LANG.exec(bytes.subarray(0, 4096).toString('utf8'))?.[1] ?? 'unknown');
  return [key, pageDigest(bytes.toString('utf8'))];
}

/** A digest of what Pagefind reads of a page (search-part.ts): pages with equal digests index alike. */
export function pageDigest(html: string): string {
  return createHash('sha256').update(searchedPart(html)).digest('hex');
}

/**
 * Every page of the built site `dir` that asks to be indexed, by language, in a
 * stable order (URL), each page with a digest of the part Pagefind reads.
 * Pages without a `lang` share the key `unknown`, as in Pagefind. With `recordFile`, what
 * each page is to search is kept there with its stamp (lib/stamp-record.ts), and a page
 * still as it was (a page a rebuild reused) is not read again.
 */
export async function searchLanguages(dir: string, recordFile?: string): Promise<SearchLanguage[]> {
  const files = htmlFiles(dir);
  const previous = recordFile ? await readStampRecord<PageSearch>(recordFile, RECORD_VERSION) : undefined;
  const next = recordFile ? await beginStampRecord<PageSearch>(recordFile) : undefined;
  // Pages are kept as paths and digests, not text: a large site's HTML need not sit in memory.
  const byKey = new Map<string, SearchPage[]>();
  for (const file of files) {
    const relative = path.relative(dir, file);
    // Stamped before the read: a page changed while it is read does not match its stamp next time.
    // Synchronous: thousands of awaited stats and reads take many times as long.
    const stats = next && statSync(file, { bigint: true });
    const hit = stats && recorded(previous, relative, stats);
    const found = hit ? hit.value : readPage(file);
    if (stats) next?.entries.set(relative, { stamp: fileStamp(stats), value: found });
    if (!found) continue;
    const [key, digest] = found;
    const pages = byKey.get(key) ?? [];
    pages.push({ url: searchUrl(relative), file, digest });
    byKey.set(key, pages);
  }
  if (recordFile && next) await writeStampRecord(recordFile, RECORD_VERSION, next);
  return [...byKey]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, pages]) => ({ key, pages: pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)) }));
}
