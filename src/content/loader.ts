import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { SiteConfig } from '../config/schema.ts';
import { getLocale } from '../i18n/urls.ts';
import { renderMarkdown, type RenderedMarkdown } from '../pipeline/index.ts';
import type { Post, PostVersion, TagLabels } from './model.ts';
import { loadContent, loadTags } from './read-content.ts';

/** A language version with its body rendered by the pipeline. */
export type RenderedVersion = Omit<PostVersion, 'body'> & Omit<RenderedMarkdown, 'units'> & { units: number };

/** What the site stores per post: shared facts plus rendered versions. */
export type SitePost = Omit<Post, 'versions'> & { versions: Partial<Record<string, RenderedVersion>> };

/** Options of the Tandem content loaders. */
export interface TandemLoaderOptions {
  config: SiteConfig;
  /** Project root holding `content/`; defaults to Astro's root. */
  root?: string;
}

function renderVersion(version: PostVersion, config: SiteConfig): RenderedVersion {
  const locale = getLocale(config, version.locale);
  const { body: _body, ...rest } = version;
  const excerptUnits = config.excerptLength[locale.countBy];
  return { ...rest, ...renderMarkdown(version.body, { lang: locale.lang, excerptUnits }) };
}

function toSitePost(post: Post, config: SiteConfig): SitePost {
  const versions: SitePost['versions'] = {};
  for (const [code, version] of Object.entries(post.versions)) {
    if (version) versions[code] = renderVersion(version, config);
  }
  return { ...post, versions };
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
      const seen = new Set<string>();
      let rendered = 0;
      for (const post of content.posts) {
        seen.add(post.slug);
        const digest = generateDigest(JSON.stringify(post));
        if (store.get(post.slug)?.digest === digest) continue;
        store.set({ id: post.slug, data: toSitePost(post, options.config), digest });
        rendered++;
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      logger.info(`${content.posts.length} posts (${rendered} rendered, ${content.posts.length - rendered} unchanged)`);
    },
  };
}

/** Loads `content/tags.yaml` into the `tags` collection: one entry per tag with its labels. */
export function tagsLoader(options: TandemLoaderOptions): Loader {
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
