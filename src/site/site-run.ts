/**
 * One pass over the site's content for both loaders (posts and static pages):
 * read and validate everything, render every version once (written and
 * derived alike, in the worker pool and through the render cache), check the
 * renderings, render again only the versions whose links the check rewrites,
 * and compute the posts' translation statuses from the same parse.
 * @module
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import { converterFor, convertersOf, type PhraseLists } from '../i18n/derived-locales.ts';
import { getLocale, localizedPath } from '../i18n/urls.ts';
import { relocateHref, type RenderedMarkdown } from '../pipeline/index.ts';
import { checkContent, computeStatuses, type TranslationStatus } from '../translation/index.ts';
import { ContentValidationError, convertFields, readContent, versionOrigin, type Content, type Page, type Post, type PostVersion } from '../content/index.ts';
import { workerCount } from '../lib/worker-count.ts';
import type { RenderResult } from './render-task.ts';
import { SiteRenderer, type VersionJob } from './render-versions.ts';
import { bodiesDir, BodyStore, versionBody } from './version-bodies.ts';

/**
 * A language version as the site shows it: its fields, its excerpt, and `bodyId`, the stored
 * body (HTML, headings, blocks: see version-bodies.ts) its own page reads; what only the checks
 * need is left out. `derivedFrom` names the locale whose version was converted to make it (its
 * `file` is that version's file). The body's `blocks` are a written post version's top-level
 * blocks as written, from the rendering's parse, for the side-by-side review pages (absent for
 * converted versions, static pages and bodies shown as plain text).
 */
export type RenderedVersion = Omit<PostVersion, 'body'> &
  Omit<RenderedMarkdown, 'html' | 'headings' | 'units' | 'links' | 'images' | 'refused' | 'undefinedLabels' | 'lostText' | 'fallback' | 'anchors' | 'duplicateIds'> & { units: number; derivedFrom?: string; bodyId: string };

/** What the loaders need to run the site's content. */
export interface SiteRunOptions {
  config: SiteConfig;
  /** UI strings per locale code, for the few words the pipeline writes (footnote labels). */
  translations: (code: string) => Translate;
  /** Each derived locale's phrase list (see `derivedFrom` and `convert` in the locale config). */
  phraseLists?: PhraseLists;
  /** Threads that render, the build's own included (0 or 1: the build's alone); default TANDEM_WORKERS, else one per CPU for large sites. */
  workers?: number | 'auto';
  /** Keep renderings across builds in Astro's cacheDir (default true; TANDEM_RENDER_CACHE=0 turns it off). */
  cache?: boolean;
}

/** The content of the site, checked, with every version each post and page shows. */
export interface SiteRun {
  content: Content;
  /** Per post or page (by object), per locale code: the version shown. */
  versions: Map<Post | Page, Partial<Record<string, RenderedVersion>>>;
  /** Each post's translation statuses, by slug (static pages' are the pages loader's). */
  statuses: Map<string, TranslationStatus[]>;
  /** Versions shown in all; renderings made (a version whose links the checks rewrite is rendered twice) and taken from the render cache. */
  total: number;
  rendered: number;
  reused: number;
}

/** A version to show: `job` renders it; `version` holds its fields (converted, for a derived locale). */
interface Shown {
  doc: Post | Page;
  job: VersionJob;
  version: PostVersion;
  derivedFrom?: string;
}

function shownVersion({ version, derivedFrom }: Shown, rendering: RenderResult): RenderedVersion {
  const { body: _body, ...fields } = version;
  const { links: _links, images: _images, refused: _refused, undefinedLabels: _labels, lostText: _lost, fallback: _fallback, blocks: _blocks, anchors: _anchors, duplicateIds: _duplicates, html: _html, headings: _headings, ...page } = rendering;
  return { ...fields, ...page, ...(derivedFrom !== undefined && { derivedFrom }) };
}

/** Every locale's version of a post or page: its own file, or its parent locale's converted. */
function shownVersions(doc: Post | Page, options: SiteRunOptions, rewrites: ReadonlyMap<string, Record<string, string>>): Shown[] {
  const shown: Shown[] = [];
  const isPost = 'date' in doc;
  for (const locale of options.config.locales) {
    const origin = versionOrigin(doc, locale.code, options.config);
    const page = localizedPath(locale, isPost ? { kind: 'post', slug: doc.slug } : { kind: 'page', slug: doc.slug });
    if (origin?.kind === 'written') {
      // The source's blocks for translation status; every written version's for its review page.
      shown.push({ doc, version: origin.version, job: { version: origin.version, locale: locale.code, fingerprint: isPost, rewrites: rewrites.get(origin.version.file), page } });
    }
    const convert = converterFor(locale, options.phraseLists ?? {});
    if (origin?.kind === 'derived' && convert) {
      // The checks' link rewrites name the parent's addresses; the converted page's links are moved first.
      const relocation = { from: `/${getLocale(options.config, origin.from).path}/`, to: `/${locale.path}/` };
      const own = rewrites.get(origin.version.file);
      const moved = own && Object.fromEntries(Object.entries(own).map(([from, to]) => [relocateHref(from, convert, relocation), relocateHref(to, convert, relocation)]));
      const job = { version: origin.version, locale: locale.code, fingerprint: false, rewrites: moved, page };
      shown.push({ doc, version: convertFields(origin.version, locale.code, convert), job, derivedFrom: origin.from });
    }
  }
  return shown;
}

async function runSite(options: SiteRunOptions, root: string, cacheDir: URL): Promise<SiteRun> {
  const useCache = (options.cache ?? true) && process.env.TANDEM_RENDER_CACHE !== '0';
  const bodies = new BodyStore(bodiesDir(cacheDir));
  const renderer = new SiteRenderer({ ...options, phraseLists: options.phraseLists ?? {}, workers: options.workers ?? workerCount(process.env.TANDEM_WORKERS), cacheDir: useCache ? cacheDir : undefined, bodies });
  try {
    renderer.expect(expectedVersions(root, options.config));
    const read = await readContent({ root, config: options.config });
    const docs = [...read.content.posts, ...read.content.pages];
    // Every version shown, rendered once, up front: the checks read the written ones, and
    // they are what is published, unless links need rewriting.
    const shown = docs.flatMap((doc) => shownVersions(doc, options, new Map()));
    const renderings = await renderer.render(shown.map((item) => item.job));
    const written = new Map<PostVersion, RenderResult>();
    for (const [index, item] of shown.entries()) if (!item.derivedFrom) written.set(item.version, renderings[index] as RenderResult);
    // Versions left out for problems are not rendered above; the checks still look at them.
    const render = (version: PostVersion) => written.get(version) ?? renderer.renderOne({ version, locale: version.locale, fingerprint: false });
    const { content, problems, rewrites } = await checkContent({ root, config: options.config, read, render, converterOf: convertersOf(options.config, options.phraseLists ?? {}) });
    if (problems.length > 0) throw new ContentValidationError(problems);
    const versions = new Map<Post | Page, Partial<Record<string, RenderedVersion>>>();
    const again = docs.filter((doc) => Object.values(doc.versions).some((version) => version && rewrites.has(version.file)));
    const rewritten = again.flatMap((doc) => shownVersions(doc, options, rewrites)).filter((item) => item.job.rewrites);
    const renderedAgain = new Map((await renderer.render(rewritten.map((item) => item.job))).map((rendering, index) => [`${rewritten[index]?.job.version.file}\0${rewritten[index]?.job.locale}`, rendering]));
    const published = shown.map((item, index) => renderedAgain.get(`${item.job.version.file}\0${item.job.locale}`) ?? (renderings[index] as RenderResult));
    bodies.store(published.map((rendering) => ({ id: rendering.bodyId, body: versionBody(rendering) })));
    bodies.save();
    for (const [index, item] of shown.entries()) {
      const entry = versions.get(item.doc) ?? {};
      entry[item.job.locale] = shownVersion(item, published[index] as RenderResult);
      versions.set(item.doc, entry);
    }
    const sources = new Map(shown.flatMap((item, index) => (item.job.fingerprint && item.job.locale === item.doc.sourceLocale ? [[item.doc, renderings[index]?.blocks] as const] : [])));
    const statuses = Map.groupBy(await computeStatuses({ root, config: options.config, content: { ...content, pages: [] }, blocksOf: (post) => sources.get(post) }), (record) => record.slug);
    return { content, versions, statuses, total: shown.length, rendered: renderer.rendered, reused: renderer.reused };
  } finally {
    bodies.discard();
    await renderer.close();
  }
}

/**
 * About how many versions the site shows, from its folders alone (before anything is read):
 * one per locale of every post and page.
 * @example expectedVersions('/site', config) // 6000 for 2,000 posts in three locales
 */
function expectedVersions(root: string, config: SiteConfig): number {
  const folders = (kind: string) => readdirSync(path.join(root, 'content', kind), { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;
  const count = (kind: string) => {
    try {
      return folders(kind);
    } catch {
      return 0;
    }
  };
  return (count('posts') + count('pages')) * config.locales.length;
}

/** Files under `content/` with their sizes and times: a run is reused only while they are the same. */
function contentStamp(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory() && depth < 8) walk(file, depth + 1);
      else if (entry.isFile()) {
        const stat = statSync(file, { throwIfNoEntry: false });
        hash.update(`${file}\0${stat?.size}\0${stat?.mtimeMs}\n`);
      }
    }
  };
  walk(path.join(root, 'content'), 0);
  return hash.digest('hex');
}

const runs = new WeakMap<SiteRunOptions, { root: string; stamp: string; run: Promise<SiteRun>; settled: boolean; takers: Set<string> }>();

/**
 * The site's content, checked and rendered, shared by the loaders made from the same
 * options in one sync (Astro runs them side by side): the first to ask starts the run,
 * the other gets the same one. A loader asking again, or content changed since a run
 * that has ended, starts a new run; once every loader has it, it is forgotten, so its
 * memory can go. A run still going is shared without walking `content/` again: content
 * changed meanwhile starts the next sync, which runs again.
 */
export function siteRun(options: SiteRunOptions, root: string, cacheDir: URL, taker: 'posts' | 'pages'): Promise<SiteRun> {
  let entry = runs.get(options);
  const shared = entry && entry.root === root && !entry.takers.has(taker) && (!entry.settled || entry.stamp === contentStamp(root));
  if (!entry || !shared) {
    const started = { root, stamp: contentStamp(root), run: runSite(options, root, cacheDir), settled: false, takers: new Set<string>() };
    started.run.then(
      () => (started.settled = true),
      () => (started.settled = true),
    );
    runs.set(options, (entry = started));
  }
  entry.takers.add(taker);
  if (entry.takers.size === 2) runs.delete(options);
  return entry.run;
}
