import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { localizedPath } from '../i18n/urls.ts';
import { convertedIds } from '../pipeline/index.ts';
import { versionOrigin, type ConverterOf } from './derived.ts';
import { mediaPages } from './media-files.ts';
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
  /** Each derived locale's text conversion: its pages' heading ids are made from the converted text. */
  converterOf: ConverterOf;
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

/**
 * A post's or static page's page in a locale, with the ids src/site/site-run.ts and views.ts give
 * it: a derived locale without a file of its own shows its parent's version converted, while that
 * is published; otherwise the page shows its `shownVersion`, unconverted (the original, under a
 * notice, when neither the locale nor its parent has a published version). The ids are worked out
 * when a link first names one: a converter's dictionaries take a quarter of a second to build, and
 * most checks never need them.
 */
function versionPage(doc: Post | Page, code: string, { config, anchorsOf, converterOf }: PageContext): KnownPage {
  let anchors: ReadonlySet<string> | undefined | null = null;
  const idsOn = () => {
    const origin = versionOrigin(doc, code, config);
    const convert = origin?.kind === 'derived' && !origin.version.draft ? converterOf(code) : undefined;
    if (origin && convert) return new Set(convertedIds(anchorsOf(origin.version), convert));
    const version = shownVersion(doc, code);
    return version && anchorsOf(version);
  };
  return {
    get anchors() {
      if (anchors === null) anchors = idsOn();
      return anchors;
    },
  };
}

const postPages: PageSource = function* (context) {
  for (const locale of context.config.locales) {
    for (const post of context.content.posts) yield [localizedPath(locale, { kind: 'post', slug: post.slug }), versionPage(post, locale.code, context)];
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
const themePages: PageSource = function* (context) {
  const { content, config } = context;
  for (const locale of config.locales) {
    for (const page of content.pages) yield [localizedPath(locale, { kind: 'page', slug: page.slug }), versionPage(page, locale.code, context)];
    for (const type of config.postTypes) {
      const count = content.posts.filter((post) => post.type === type).length;
      for (let page = 1; page <= Math.max(1, Math.ceil(count / config.postsPerPage)); page++) yield [localizedPath(locale, { kind: 'type', type, page }), {}];
    }
  }
};

// Each translation's side-by-side review (or, while it is missing, its start page), in the translation's
// language; a version converted from another locale has nothing to review.
const reviewPages: PageSource = function* ({ content, config }) {
  for (const post of content.posts) {
    for (const locale of config.locales) if (locale.code !== post.sourceLocale && (locale.derivedFrom === undefined || post.versions[locale.code])) yield [localizedPath(locale, { kind: 'review', slug: post.slug }), {}];
  }
};

/**
 * The language a post's bilingual view in `code` pairs with, or undefined when there is
 * none (or the view is off): a published translation pairs with its source; the source
 * with the first locale (in config order) that has a published translation.
 * `published(code)` says whether the post is published in a locale.
 * @example bilingualPartnerOf('en', 'zh', (code) => code === 'en' || code === 'zh', { ...config, bilingual: true }) // 'en'
 */
export function bilingualPartnerOf(sourceLocale: string, code: string, published: (code: string) => boolean, config: SiteConfig): string | undefined {
  if (!config.bilingual || !published(code)) return undefined;
  if (code !== sourceLocale) return sourceLocale;
  return config.locales.map((l) => l.code).find((other) => other !== code && published(other));
}

// The bilingual reading view of each post (src/pages/[locale]/posts/[slug]/bilingual.astro), where
// it pairs two languages; a derived locale is published where the version it is converted from is.
const bilingualPages: PageSource = function* ({ content, config }) {
  if (!config.bilingual) return;
  for (const post of content.posts) {
    const published = (code: string) => versionOrigin(post, code, config)?.version.draft === false;
    for (const locale of config.locales) if (bilingualPartnerOf(post.sourceLocale, locale.code, published, config)) yield [localizedPath(locale, { kind: 'bilingual', slug: post.slug }), {}];
  }
};

// The search page of each locale (src/pages/[locale]/search/).
const searchPages: PageSource = function* ({ config }) {
  for (const locale of config.locales) yield [localizedPath(locale, { kind: 'search' }), {}];
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
 * post-type listings, bilingual views, search, redirects for old addresses) adds its source here,
 * so links to its pages are checked like any other.
 */
export const pageSources: PageSource[] = [postPages, listingPages, themePages, reviewPages, bilingualPages, searchPages, publicFiles, mediaPages];

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
