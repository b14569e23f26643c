import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { SiteConfig } from '../config/schema.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import { getLocale } from '../i18n/urls.ts';
import { renderMarkdown, type EmbedKind, type RenderedMarkdown } from '../pipeline/index.ts';
import { computeStatuses, type TranslationStatus } from '../translation/index.ts';
import { loadContent, loadTags, type Post, type PostVersion, type TagLabels } from '../content/index.ts';

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
}

export function renderVersion(version: PostVersion, options: TandemLoaderOptions, warn: (message: string) => void): RenderedVersion {
  const locale = getLocale(options.config, version.locale);
  const t = options.translations(locale.code);
  const { body: _body, ...rest } = version;
  return {
    ...rest,
    ...renderMarkdown(version.body, {
      lang: locale.lang,
      excerptUnits: options.config.excerptLength[locale.countBy],
      footnoteLabel: t('post.footnotes'),
      footnoteBackLabel: (index) => t('post.footnoteBack', { number: index + 1 }),
      embedLabel: ({ kind, service, url }) => t(`embed.${kind}`, { service, url }),
      onFallback: (reason) => warn(`${version.file}: ${reason}`),
    }),
  };
}

function toSitePost(post: Post, translations: TranslationStatus[], options: TandemLoaderOptions, warn: (message: string) => void): SitePost {
  const versions: SitePost['versions'] = {};
  for (const [code, version] of Object.entries(post.versions)) {
    if (version) versions[code] = renderVersion(version, options, warn);
  }
  return { ...post, versions, translations };
}

// Every label the pipeline may write; a change to any of them must re-render stored posts.
const EMBED_KINDS: readonly EmbedKind[] = ['video', 'audio', 'post', 'image', 'map', 'document', 'page'];

// Stored renderings are reused only while the pipeline's own code is unchanged too.
async function pipelineSource(): Promise<string> {
  const dir = new URL('../pipeline/', import.meta.url);
  const files = (await readdir(dir)).filter((name) => name.endsWith('.ts')).sort();
  return (await Promise.all(files.map((name) => readFile(new URL(name, dir), 'utf8')))).join('\n');
}

/** What a stored rendering depends on besides its text: every label the pipeline writes, and the pipeline's code. */
export async function rendererKey(options: TandemLoaderOptions): Promise<string> {
  const labelKeys = ['post.footnotes', 'post.footnoteBack', ...EMBED_KINDS.map((kind) => `embed.${kind}` as const)] as const;
  const labels = options.config.locales.map((l) => labelKeys.map((key) => options.translations(l.code)(key)));
  return JSON.stringify(labels) + (await pipelineSource());
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
      const content = await loadContent({ root, config: options.config });
      const statuses = Map.groupBy(await computeStatuses({ root, config: options.config, content }), (record) => record.slug);
      const renderer = generateDigest(await rendererKey(options));
      const seen = new Set<string>();
      let rendered = 0;
      for (const post of content.posts) {
        seen.add(post.slug);
        const translations = statuses.get(post.slug) ?? [];
        const digest = generateDigest(renderer + JSON.stringify([post, translations]));
        if (store.get(post.slug)?.digest === digest) continue;
        store.set({ id: post.slug, data: toSitePost(post, translations, options, (message) => logger.warn(message)), digest });
        rendered++;
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      logger.info(`${content.posts.length} posts (${rendered} rendered, ${content.posts.length - rendered} unchanged)`);
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
