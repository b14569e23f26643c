import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { SiteConfig } from '../config/schema.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import { getLocale } from '../i18n/urls.ts';
import { pipelineVersionKey, renderMarkdown, type EmbedKind, type RenderedMarkdown } from '../pipeline/index.ts';
import { checkContent, computeStatuses, type TranslationStatus } from '../translation/index.ts';
import { ContentValidationError, convertFields, loadTags, versionOrigin, withDerivedTagLabels, type ConverterOf, type Post, type PostVersion, type TagLabels } from '../content/index.ts';
import { chooseLanguage } from '../i18n/env-language.ts';
import { describeError, formatProblem } from '../i18n/error-text.ts';
import { TandemError } from '../lib/errors.ts';

/**
 * A language version with its body rendered by the pipeline (what the checks alone need is left out).
 * `derivedFrom` names the locale whose version was converted to make it (its `file` is that version's file).
 */
export type RenderedVersion = Omit<PostVersion, 'body'> & Omit<RenderedMarkdown, 'units' | 'links' | 'lostText' | 'fallback'> & { units: number; derivedFrom?: string };

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
}

/** How a derived version's body is converted: its text, and links into its parent locale's pages. */
interface Derivation {
  convert: (text: string) => string;
  from: string;
}

function renderBody(version: PostVersion, options: TandemLoaderOptions, rewrites?: Record<string, string>, derivation?: Derivation): RenderedMarkdown {
  const locale = getLocale(options.config, version.locale);
  const t = options.translations(locale.code);
  return renderMarkdown(version.body, {
    convertText: derivation?.convert,
    relocateLinks: derivation && { from: `/${getLocale(options.config, derivation.from).path}/`, to: `/${locale.path}/` },
    lang: locale.lang,
    excerptUnits: options.config.excerptLength[locale.countBy],
    footnoteLabel: t('post.footnotes'),
    footnoteBackLabel: (index) => t('post.footnoteBack', { number: index + 1 }),
    embedLabel: ({ kind, service, url }) => t(`embed.${kind}`, { service, url }),
    rewrites,
  });
}

function toRenderedVersion(version: PostVersion, rendering: RenderedMarkdown): RenderedVersion {
  const { body: _body, ...rest } = version;
  const { links: _links, lostText: _lost, fallback: _fallback, ...page } = rendering;
  return { ...rest, ...page };
}

/**
 * Every locale's version of a post or static page as the site shows it: written versions
 * rendered (through `render`, which may reuse a rendering), derived ones converted from
 * their parent's version. `rewrites` gives a file's link rewrites, if any.
 */
export function siteVersions(
  doc: Pick<Post, 'versions'>,
  options: TandemLoaderOptions,
  render?: (version: PostVersion) => RenderedMarkdown,
  rewrites: (file: string) => Record<string, string> | undefined = () => undefined,
): Partial<Record<string, RenderedVersion>> {
  const versions: Partial<Record<string, RenderedVersion>> = {};
  for (const { code } of options.config.locales) {
    const origin = versionOrigin(doc, code, options.config);
    if (origin?.kind === 'written') versions[code] = toRenderedVersion(origin.version, render ? render(origin.version) : renderBody(origin.version, options, rewrites(origin.version.file)));
    const convert = options.converters?.(code);
    if (origin?.kind === 'derived' && convert) {
      const version = convertFields(origin.version, code, convert);
      versions[code] = { ...toRenderedVersion(version, renderBody(version, options, rewrites(origin.version.file), { convert, from: origin.from })), derivedFrom: origin.from };
    }
  }
  return versions;
}

// Every label the pipeline may write; a change to any of them must re-render stored posts.
const EMBED_KINDS: readonly EmbedKind[] = ['video', 'audio', 'post', 'image', 'map', 'document', 'page'];

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
      // The checks render every version; what they rendered is what is published, unless links need rewriting.
      const renderings = new Map<PostVersion, RenderedMarkdown>();
      const render = (version: PostVersion) => {
        const rendering = renderBody(version, options);
        renderings.set(version, rendering);
        return rendering;
      };
      const { content, problems, rewrites } = await checkContent({ root, config: options.config, render });
      if (problems.length > 0) throw inBuildLanguage(new ContentValidationError(problems), options);
      const statuses = Map.groupBy(await computeStatuses({ root, config: options.config, content }), (record) => record.slug);
      // Stored renderings are reused only while the pipeline, every package it uses and its labels are unchanged.
      const renderer = generateDigest(rendererKey(options));
      const seen = new Set<string>();
      let rendered = 0;
      for (const post of content.posts) {
        seen.add(post.slug);
        const translations = statuses.get(post.slug) ?? [];
        const own = Object.values(post.versions).map((version) => version && rewrites.get(version.file));
        const digest = generateDigest(renderer + JSON.stringify([post, translations, own]));
        if (store.get(post.slug)?.digest === digest) continue;
        const versions = siteVersions(
          post,
          options,
          (version) => {
            const rewritten = rewrites.get(version.file);
            return rewritten ? renderBody(version, options, rewritten) : (renderings.get(version) ?? renderBody(version, options));
          },
          (file) => rewrites.get(file),
        );
        store.set({ id: post.slug, data: { ...post, versions, translations } satisfies SitePost, digest });
        rendered++;
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      logger.info(`${content.posts.length} posts (${rendered} rendered, ${content.posts.length - rendered} unchanged)`);
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
