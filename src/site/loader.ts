import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { SiteConfig } from '../config/schema.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import { pipelineVersionKey, relocateHref, type RenderedMarkdown } from '../pipeline/index.ts';
import { checkContent, computeStatuses, type TranslationStatus } from '../translation/index.ts';
import { ContentValidationError, convertFields, loadTags, readContent, versionOrigin, withDerivedTagLabels, type ConverterOf, type Post, type PostVersion, type TagLabels } from '../content/index.ts';
import { getLocale } from '../i18n/urls.ts';
import { chooseLanguage } from '../i18n/env-language.ts';
import { describeError, formatProblem } from '../i18n/error-text.ts';
import { TandemError } from '../lib/errors.ts';
import { workerCount } from './render-pool.ts';
import { EMBED_KINDS, type RenderResult } from './render-task.ts';
import { SiteRenderer } from './render-versions.ts';

/**
 * A language version with its body rendered by the pipeline (what the checks alone need is left out).
 * `derivedFrom` names the locale whose version was converted to make it (its `file` is that version's file).
 * `blocks` are a written version's top-level blocks as written, from the rendering's parse, for the
 * side-by-side review pages (absent for converted versions and bodies shown as plain text).
 */
export type RenderedVersion = Omit<PostVersion, 'body'> &
  Omit<RenderedMarkdown, 'units' | 'links' | 'lostText' | 'fallback'> & { units: number; derivedFrom?: string; blocks?: string[] };

/** What the site stores per post: shared facts, rendered versions, and each translation's status. */
export type SitePost = Omit<Post, 'versions'> & {
  versions: Partial<Record<string, RenderedVersion>>;
  /** One record per locale other than the source, as `tandem status --json` prints them. */
  translations: TranslationStatus[];
};

/** Options of the posts loader. */
export interface TandemLoaderOptions {
  config: SiteConfig;
  /** Project root holding `content/`; defaults to Astro's root. */
  root?: string;
  /** UI strings per locale code, for the few words the pipeline writes (footnote labels). */
  translations: (code: string) => Translate;
  /** Text conversion of each derived locale (see `derivedFrom` in the locale config). */
  converters?: ConverterOf;
  /** Digest of what the converters depend on (phrase lists), so a change re-renders stored posts. */
  convertersKey?: string;
  /** Render worker threads (0 or 1: in the build process); default TANDEM_WORKERS, else one per CPU for large sites. */
  workers?: number | 'auto';
  /** Keep renderings across builds in Astro's cacheDir (default true; TANDEM_RENDER_CACHE=0 turns it off). */
  cache?: boolean;
}

function toRenderedVersion(version: PostVersion, rendering: RenderResult): RenderedVersion {
  const { body: _body, ...rest } = version;
  const { links: _links, lostText: _lost, fallback: _fallback, blocks, ...page } = rendering;
  return { ...rest, ...page, ...(blocks && { blocks: blocks.map((block) => block.text) }) };
}

/**
 * Every locale's version of a post or static page as the site shows it: written versions
 * through `render` (which may reuse a rendering), derived ones converted from their
 * parent's version and rendered here. `rewrites` gives a file's link rewrites, if any.
 */
export function siteVersions(
  doc: Pick<Post, 'versions'>,
  options: TandemLoaderOptions,
  renderer: SiteRenderer,
  render: (version: PostVersion) => RenderResult,
  rewrites: (file: string) => Record<string, string> | undefined = () => undefined,
): Partial<Record<string, RenderedVersion>> {
  const versions: Partial<Record<string, RenderedVersion>> = {};
  for (const locale of options.config.locales) {
    const origin = versionOrigin(doc, locale.code, options.config);
    if (origin?.kind === 'written') versions[locale.code] = toRenderedVersion(origin.version, render(origin.version));
    const convert = options.converters?.(locale.code);
    if (origin?.kind === 'derived' && convert) {
      const version = convertFields(origin.version, locale.code, convert);
      // Links into the parent locale's pages lead to this locale's converted pages instead.
      const relocateLinks = { from: `/${getLocale(options.config, origin.from).path}/`, to: `/${locale.path}/` };
      // The checks' link rewrites name the parent's addresses; the converted page's links are moved first.
      const own = rewrites(origin.version.file);
      const moved = own && Object.fromEntries(Object.entries(own).map(([from, to]) => [relocateHref(from, convert, relocateLinks), relocateHref(to, convert, relocateLinks)]));
      versions[locale.code] = { ...toRenderedVersion(version, renderer.renderOne(version, moved, { convertText: convert, relocateLinks })), derivedFrom: origin.from };
    }
  }
  return versions;
}

/** A renderer for the site's loaders, with the worker pool and render cache as configured. */
export function siteRenderer(options: TandemLoaderOptions, cacheDir: URL | undefined): SiteRenderer {
  const useCache = (options.cache ?? true) && process.env.TANDEM_RENDER_CACHE !== '0';
  return new SiteRenderer({ ...options, workers: options.workers ?? workerCount(process.env.TANDEM_WORKERS), cacheDir: useCache ? cacheDir : undefined });
}

/** What a stored rendering depends on besides its text: every label the pipeline writes, the pipeline's code and every package it uses. */
export function rendererKey(options: TandemLoaderOptions): string {
  const labelKeys = ['post.footnotes', 'post.footnoteBack', ...EMBED_KINDS.map((kind) => `embed.${kind}` as const)] as const;
  const labels = options.config.locales.map((l) => labelKeys.map((key) => options.translations(l.code)(key)));
  return JSON.stringify([labels, options.config.locales, options.convertersKey]) + pipelineVersionKey();
}

/**
 * Loads `content/posts/<slug>/…` into the `posts` collection: validates everything
 * (failing the build with every problem listed), then renders each version once
 * through the shared pipeline. Unchanged posts keep their stored rendering.
 */
export function postsLoader(options: TandemLoaderOptions): Loader {
  return {
    name: 'tandem-posts',
    async load({ store, config: astroConfig, generateDigest, logger }) {
      const root = options.root ?? fileURLToPath(astroConfig.root);
      const renderer = siteRenderer(options, astroConfig.cacheDir);
      // Every version is rendered once, up front (in worker threads): the checks read
      // those renderings, and they are what is published, unless links need rewriting.
      const read = await readContent({ root, config: options.config });
      const renderings = await renderer.render(read.content.posts);
      const fresh = renderer.rendered;
      const render = (version: PostVersion) => renderings.get(version) ?? renderer.renderOne(version);
      const { content, problems, rewrites } = await checkContent({ root, config: options.config, read, render });
      if (problems.length > 0) throw inBuildLanguage(new ContentValidationError(problems), options);
      const rewritten = await renderer.render(content.posts.filter((post) => Object.values(post.versions).some((v) => v && rewrites.has(v.file))), rewrites);
      for (const [version, rendering] of rewritten) if (rewrites.has(version.file)) renderings.set(version, rendering);
      const blocksOf = (post: Post) => renderings.get(post.versions[post.sourceLocale] as PostVersion)?.blocks;
      // Static pages' statuses are the pages loader's.
      const statuses = Map.groupBy(await computeStatuses({ root, config: options.config, content: { ...content, pages: [] }, blocksOf }), (record) => record.slug);
      const seen = new Set<string>();
      let changed = 0;
      for (const post of content.posts) {
        seen.add(post.slug);
        const versions = siteVersions(post, options, renderer, render, (file) => rewrites.get(file));
        const data: SitePost = { ...post, versions, translations: statuses.get(post.slug) ?? [] };
        const digest = generateDigest(JSON.stringify(data));
        if (store.get(post.slug)?.digest === digest) continue;
        store.set({ id: post.slug, data, digest });
        changed++;
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      const versions = renderings.size;
      logger.info(`${content.posts.length} posts, ${versions} versions (${fresh} rendered, ${versions - fresh} from the render cache); ${changed} posts changed`);
    },
  };
}

/**
 * Words a TandemError in the language the CLI would use (TANDEM_LANG, LANG…), as
 * the build log shows it; content problems are not bugs, so no stack trace follows.
 */
export function inBuildLanguage(error: unknown, options: Pick<TandemLoaderOptions, 'config' | 'translations'>): unknown {
  if (!(error instanceof TandemError)) return error;
  const t = options.translations(chooseLanguage(undefined, process.env, options.config).code);
  error.message = error instanceof ContentValidationError
    ? `${t('cli.contentProblems', { count: error.problems.length })}\n${error.problems.map((p) => formatProblem(p, t)).join('\n')}`
    : describeError(error, t);
  error.stack = `${error.name}: ${error.message}`;
  return error;
}

/**
 * Loads `content/tags.yaml` into the `tags` collection: one entry per tag with its labels,
 * derived locales' labels converted from their parent's where the file gives none.
 */
export function tagsLoader(options: Pick<TandemLoaderOptions, 'config' | 'root' | 'translations' | 'converters'>): Loader {
  return {
    name: 'tandem-tags',
    async load({ store, config: astroConfig }) {
      const root = options.root ?? fileURLToPath(astroConfig.root);
      let tags: TagLabels;
      try {
        tags = loadTags(root, options.config);
      } catch (error) {
        throw inBuildLanguage(error, options);
      }
      tags = withDerivedTagLabels(tags, options.config, options.converters ?? (() => undefined));
      store.clear();
      for (const [id, labels] of Object.entries(tags satisfies TagLabels)) store.set({ id, data: { labels } });
    },
  };
}
