/**
 * Keys for Astro's incremental builds (`experimental.incrementalBuild`): a page whose key
 * and code are those of the previous build is copied from it instead of rendered again,
 * so a rebuild after one edit renders that post's pages, not the site's thousands.
 *
 * A stale page is worse than a slow build, so a key covers everything a page shows that
 * Astro does not track itself. Astro tracks the page's code (its module graph), the
 * config and the lockfile; the key adds the page's own data (its props, whole) and what
 * the frame of every page shows: the static pages (menu, footer, sidebar's about), tag
 * labels, section and topic counts, the UI strings and phrase lists, and the footer's
 * year. Pages that read a Markdown file at render time add that file's bytes.
 * @module
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../config/site.ts';
import { uiSources } from '../i18n/site-i18n.ts';
import { digestOf } from '../lib/data-digest.ts';
import { getPages, getPosts, getTagLabels, oncePerBuild } from './collections.ts';
import { postCountsOf } from './post-counts.ts';

interface Frame {
  digest: string;
  /** Each post's own digest: listings hold the same posts thousands of times. */
  posts: WeakMap<object, string>;
}
/** What the frame of every page shows, as one digest, and each post's digest. */
const frameKey = oncePerBuild(async (): Promise<Frame> => {
  const [posts, labels, pages] = await Promise.all([getPosts(), getTagLabels(), getPages()]);
  const digest = digestOf({ pages, labels, counts: postCountsOf(posts, siteConfig.postTypes, Object.keys(labels)), ui: uiSources, year: new Date().getUTCFullYear() });
  return { digest, posts: new WeakMap(posts.map((post) => [post, digestOf(post)])) };
});

/**
 * The incremental-build key of a page rendered from `props` alone (plus the frame), and
 * from the Markdown `files` (project-relative) it reads while rendering. None under the
 * dev server, which renders every request and ignores keys.
 */
export async function pageKey(props: unknown, files: readonly string[] = []): Promise<string | undefined> {
  if (import.meta.env.DEV) return undefined;
  // Synchronous: 4,000 review pages' files read through libuv's threads cost ~3× the CPU of reading them in turn.
  const read = files.map(fileDigest);
  const { digest, posts } = await frameKey();
  return digestOf({ frame: digest, props, files: read }, posts);
}

// A Markdown file's bytes as a key part, or 'missing' (the page shows that it is gone).
function fileDigest(file: string): string {
  try {
    return createHash('sha256').update(readFileSync(path.resolve(file))).digest('base64url');
  } catch {
    return 'missing';
  }
}

/** Paths from `getStaticPaths()` (or `paginate()`) with each one's key from its props. */
export function withKeys<P extends { props?: unknown }>(paths: readonly P[]): Promise<(P & { cacheKey: string | undefined })[]> {
  return Promise.all(paths.map(async (entry) => ({ ...entry, cacheKey: await pageKey(entry.props) })));
}
