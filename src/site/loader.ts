import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { TranslationStatus } from '../translation/index.ts';
import { ContentValidationError, loadTags, withDerivedTagLabels, type Post, type TagLabels } from '../content/index.ts';
import { convertersOf } from '../i18n/derived-locales.ts';
import { chooseLanguage } from '../i18n/env-language.ts';
import { describeError, formatProblem } from '../i18n/error-text.ts';
import { TandemError } from '../lib/errors.ts';
import { siteRun, type RenderedVersion, type SiteRunOptions } from './site-run.ts';
import { watchContent } from './watch-content.ts';

export type { RenderedVersion } from './site-run.ts';

/** What the site stores per post: shared facts, rendered versions, and each translation's status. */
export type SitePost = Omit<Post, 'versions'> & {
  versions: Partial<Record<string, RenderedVersion>>;
  /** One record per locale other than the source, as `tandem status --json` prints them. */
  translations: TranslationStatus[];
};

/** Options of the posts, pages and tags loaders. */
export interface TandemLoaderOptions extends SiteRunOptions {
  /** Project root holding `content/`; defaults to Astro's root. */
  root?: string;
}

/**
 * Loads `content/posts/<slug>/…` into the `posts` collection: validates everything
 * (failing the build with every problem listed), then renders each version once
 * through the shared pipeline (see site-run.ts). Unchanged posts keep their stored entry.
 */
export function postsLoader(options: TandemLoaderOptions): Loader {
  return contentLoader('tandem-posts', options, async ({ store, config: astroConfig, generateDigest, logger }, root) => {
    const run = await siteRun(options, root, astroConfig.cacheDir, 'posts');
    const seen = new Set<string>();
    let changed = 0;
    for (const post of run.content.posts) {
      seen.add(post.slug);
      const data: SitePost = { ...post, versions: run.versions.get(post) ?? {}, translations: run.statuses.get(post.slug) ?? [] };
      const digest = generateDigest(JSON.stringify(data));
      if (store.get(post.slug)?.digest === digest) continue;
      store.set({ id: post.slug, data, digest });
      changed++;
    }
    for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    const { total, rendered, reused } = run;
    logger.info(`${run.content.posts.length} posts, ${run.content.pages.length} pages, ${total} versions (${rendered} rendered, ${reused} from the render cache); ${changed} posts changed`);
  });
}

/**
 * A loader that reads the project's `content/` with `sync`: the root is Astro's unless
 * given, Tandem's errors are worded in the build's language, and under `astro dev` it
 * loads again when content changes (see watch-content.ts).
 */
export function contentLoader(name: string, options: LoaderWords & Pick<TandemLoaderOptions, 'root'>, sync: (context: LoaderContext, root: string) => Promise<void>): Loader {
  return {
    name,
    async load(context) {
      const root = options.root ?? fileURLToPath(context.config.root);
      const load = () =>
        sync(context, root).catch((error: unknown) => {
          throw inBuildLanguage(error, options);
        });
      await load();
      watchContent(context, root, load);
    },
  };
}

type LoaderWords = Pick<TandemLoaderOptions, 'config' | 'translations'>;

/**
 * Words a TandemError in the language the CLI would use (TANDEM_LANG, LANG…), as
 * the build log shows it; content problems are not bugs, so no stack trace follows.
 */
export function inBuildLanguage(error: unknown, options: LoaderWords): unknown {
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
export function tagsLoader(options: Pick<TandemLoaderOptions, 'config' | 'root' | 'translations' | 'phraseLists'>): Loader {
  return contentLoader('tandem-tags', options, async ({ store }, root) => {
    const tags = withDerivedTagLabels(loadTags(root, options.config), options.config, convertersOf(options.config, options.phraseLists ?? {}));
    store.clear();
    for (const [id, labels] of Object.entries(tags satisfies TagLabels)) store.set({ id, data: { labels } });
  });
}
