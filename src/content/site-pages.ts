import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { localizedPath } from '../i18n/urls.ts';
import type { Content, Page, Post, PostVersion } from './model.ts';

/** A page the build will make: the ids on it, when known (links to others' fragments are not checked). */
export interface KnownPage {
  anchors?: ReadonlySet<string>;
}

/** What a page source can list pages from. */
export interface PageContext {
  root: string;
  content: Content;
  config: SiteConfig;
  /** The ids of a rendered language version (headings, footnotes, an author's anchors). */
  anchorsOf(version: PostVersion): ReadonlySet<string>;
}

/** Lists pages of one kind as `[path, page]`, paths as the site links them (`/en/posts/x/`). */
export type PageSource = (context: PageContext) => Iterable<readonly [string, KnownPage]>;

/**
 * The version a post's page in a locale shows: its own when published, else the
 * original (the site shows it under a notice), as src/site/views.ts decides.
 */
export function shownVersion(post: Post | Page, code: string): PostVersion | undefined {
  const own = post.versions[code];
  return own && !own.draft ? own : post.versions[post.sourceLocale];
}

const postPages: PageSource = function* ({ content, config, anchorsOf }) {
  for (const locale of config.locales) {
    for (const post of content.posts) {
      const version = shownVersion(post, locale.code);
      yield [localizedPath(locale, { kind: 'post', slug: post.slug }), { anchors: version && anchorsOf(version) }];
    }
  }
};

const listingPages: PageSource = function* ({ content, config }) {
  yield ['/', {}];
  const pages = Math.max(1, Math.ceil(content.posts.length / config.postsPerPage));
  for (const locale of config.locales) {
    for (let page = 1; page <= pages; page++) yield [localizedPath(locale, { kind: 'home', page }), {}];
    yield [localizedPath(locale, { kind: 'tags' }), {}];
    for (const tag of Object.keys(content.tags)) yield [localizedPath(locale, { kind: 'tag', tag }), {}];
    yield [localizedPath(locale, { kind: 'dashboard' }), {}];
    yield [localizedPath(locale, { kind: 'not-found' }), {}];
    yield [`/${locale.path}/rss.xml`, {}];
  }
  yield ['/robots.txt', {}];
  yield ['/sitemap-index.xml', {}];
};

// Static pages (/en/about/) and each post type's paginated listing (/en/types/event/2/).
const themePages: PageSource = function* ({ content, config, anchorsOf }) {
  for (const locale of config.locales) {
    for (const page of content.pages) {
      const version = shownVersion(page, locale.code);
      yield [localizedPath(locale, { kind: 'page', slug: page.slug }), { anchors: version && anchorsOf(version) }];
    }
    for (const type of config.postTypes) {
      const count = content.posts.filter((post) => post.type === type).length;
      for (let page = 1; page <= Math.max(1, Math.ceil(count / config.postsPerPage)); page++) yield [localizedPath(locale, { kind: 'type', type, page }), {}];
    }
  }
};

// Each translation's side-by-side review (or, while it is missing, its start page), in the translation's language.
const reviewPages: PageSource = function* ({ content, config }) {
  for (const post of content.posts) {
    for (const locale of config.locales) if (locale.code !== post.sourceLocale) yield [localizedPath(locale, { kind: 'review', slug: post.slug }), {}];
  }
};

// Files under public/ are copied to the site as they are: images, PDFs, the favicon.
const MAX_PUBLIC_DEPTH = 8;
const publicFiles: PageSource = function* ({ root }) {
  const walk = function* (dir: string, depth: number): Generator<readonly [string, KnownPage]> {
    if (depth > MAX_PUBLIC_DEPTH || !existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const absolute = path.join(dir, entry.name);
      if (entry.isDirectory()) yield* walk(absolute, depth + 1);
      else if (entry.isFile()) yield [`/${path.relative(path.join(root, 'public'), absolute).split(path.sep).join('/')}`, {}];
    }
  };
  yield* walk(path.join(root, 'public'), 0);
};

/**
 * Every kind of page the site builds. A feature that adds pages (static pages,
 * post-type listings, search, redirects for old addresses) adds its source here,
 * so links to its pages are checked like any other.
 */
export const pageSources: PageSource[] = [postPages, listingPages, themePages, reviewPages, publicFiles];

/**
 * Every path the build will make, with the ids on each page where known: what
 * internal links are checked against.
 * @example knownPages(context).has('/en/posts/soas-students-vote-solidarity/') // true
 */
export function knownPages(context: PageContext, sources: readonly PageSource[] = pageSources): Map<string, KnownPage> {
  const pages = new Map<string, KnownPage>();
  for (const source of sources) for (const [page, known] of source(context)) pages.set(page, known);
  return pages;
}
