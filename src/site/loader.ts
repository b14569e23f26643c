import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { SiteConfig } from '../config/schema.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import { getLocale } from '../i18n/urls.ts';
import { pipelineVersionKey, type RenderedMarkdown } from '../pipeline/index.ts';
import { computeStatuses, type FingerprintedText, type TranslationStatus } from '../translation/index.ts';
import { loadContent, loadTags, type Post, type PostVersion, type TagLabels } from '../content/index.ts';
import { RenderCache, renderKey } from './render-cache.ts';
import { renderAll, workerCount } from './render-pool.ts';
import { EMBED_KINDS, LABEL_SLOTS, type RenderLabels, type RenderResult, type RenderTask } from './render-task.ts';

/** A language version with its body rendered by the pipeline. */
export type RenderedVersion = Omit<PostVersion, 'body'> & Omit<RenderedMarkdown, 'units'> & { units: number };

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
  /** Render worker threads (0 or 1: in the build process); default TANDEM_WORKERS, else one per CPU for large sites. */
  workers?: number | 'auto';
  /** Keep rendered versions across builds in Astro's cacheDir (default true; TANDEM_RENDER_CACHE=0 turns it off). */
  cache?: boolean;
}

/** The pipeline's words in a locale, with slots to fill per document. */
function labelsFor(t: Translate): RenderLabels {
  return {
    footnotes: t('post.footnotes'),
    footnoteBack: t('post.footnoteBack', { number: LABEL_SLOTS.number }),
    embed: Object.fromEntries(EMBED_KINDS.map((kind) => [kind, t(`embed.${kind}`, { service: LABEL_SLOTS.service, url: LABEL_SLOTS.url })])) as RenderLabels['embed'],
  };
}

// What a stored rendering depends on beyond the pipeline: this layer's own rendering code.
function rendererKey(): string {
  const hash = createHash('sha256').update(pipelineVersionKey());
  for (const file of ['./render-task.ts', '../translation/fingerprint.ts']) hash.update(readFileSync(new URL(file, import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Renders every version of every post, each parsed once: the source's block
 * fingerprints for translation status come from the same parse. Stored
 * renderings are reused; the rest go to the worker pool.
 */
async function renderVersions(posts: readonly Post[], options: TandemLoaderOptions, cacheDir: URL | undefined): Promise<{ results: Map<PostVersion, RenderResult>; rendered: number }> {
  const labels = new Map(options.config.locales.map((l) => [l.code, labelsFor(options.translations(l.code))]));
  const cache = cacheDir && new RenderCache(fileURLToPath(new URL('tandem/render/', cacheDir)));
  const renderer = cache ? rendererKey() : '';
  const results = new Map<PostVersion, RenderResult>();
  const pending: { version: PostVersion; task: RenderTask; key: string }[] = [];
  for (const post of posts) {
    for (const version of Object.values(post.versions)) {
      if (!version) continue;
      const locale = getLocale(options.config, version.locale);
      const task: RenderTask = {
        markdown: version.body,
        lang: locale.lang,
        excerptUnits: options.config.excerptLength[locale.countBy],
        labels: labels.get(locale.code) as RenderLabels,
        fingerprint: version.locale === post.sourceLocale,
      };
      const key = cache ? renderKey(task, renderer) : '';
      const stored = cache?.get(key);
      if (stored) results.set(version, stored);
      else pending.push({ version, task, key });
    }
  }
  const rendered = await renderAll(pending.map((p) => p.task), options.workers ?? workerCount(process.env.TANDEM_WORKERS));
  await Promise.all(
    pending.map(({ version, key }, index) => {
      const result = rendered[index] as RenderResult;
      results.set(version, result);
      return cache?.set(key, result);
    }),
  );
  return { results, rendered: pending.length };
}

function toSitePost(post: Post, translations: TranslationStatus[], rendered: Map<PostVersion, RenderResult>): SitePost {
  const versions: SitePost['versions'] = {};
  for (const [code, version] of Object.entries(post.versions)) {
    if (!version) continue;
    const { body: _body, ...rest } = version;
    const { fallback: _fallback, blocks: _blocks, ...result } = rendered.get(version) as RenderResult;
    versions[code] = { ...rest, ...result };
  }
  return { ...post, versions, translations };
}

/**
 * Loads `content/posts/<slug>/…` into the `posts` collection: validates everything
 * (failing the build with every problem listed), then renders each version once
 * through the shared pipeline, in worker threads, reusing renderings stored by
 * earlier builds in Astro's cacheDir.
 */
export function postsLoader(options: TandemLoaderOptions): Loader {
  return {
    name: 'tandem-posts',
    async load({ store, config: astroConfig, generateDigest, logger }) {
      const root = options.root ?? fileURLToPath(astroConfig.root);
      const content = await loadContent({ root, config: options.config });
      const useCache = (options.cache ?? true) && process.env.TANDEM_RENDER_CACHE !== '0';
      const { results: rendered, rendered: renderedCount } = await renderVersions(content.posts, options, useCache ? astroConfig.cacheDir : undefined);
      const blocksOf = (post: Post): FingerprintedText[] | undefined => {
        const source = post.versions[post.sourceLocale];
        return source && rendered.get(source)?.blocks;
      };
      const statuses = Map.groupBy(await computeStatuses({ root, config: options.config, content, blocksOf }), (record) => record.slug);
      const seen = new Set<string>();
      let changed = 0;
      for (const post of content.posts) {
        seen.add(post.slug);
        for (const version of Object.values(post.versions)) {
          const fallback = version && rendered.get(version)?.fallback;
          if (fallback) logger.warn(`${version.file}: ${fallback}`);
        }
        const data = toSitePost(post, statuses.get(post.slug) ?? [], rendered);
        const digest = generateDigest(JSON.stringify(data));
        if (store.get(post.slug)?.digest === digest) continue;
        store.set({ id: post.slug, data, digest });
        changed++;
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      logger.info(`${content.posts.length} posts, ${rendered.size} versions (${renderedCount} rendered, ${rendered.size - renderedCount} from the render cache); ${changed} posts changed`);
    },
  };
}

/** Loads `content/tags.yaml` into the `tags` collection: one entry per tag with its labels. */
export function tagsLoader(options: { root?: string } = {}): Loader {
  return {
    name: 'tandem-tags',
    async load({ store, config: astroConfig }) {
      const root = options.root ?? fileURLToPath(astroConfig.root);
      const tags = await loadTags(root);
      store.clear();
      for (const [id, labels] of Object.entries(tags satisfies TagLabels)) store.set({ id, data: { labels } });
    },
  };
}
