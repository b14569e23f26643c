/**
 * Renders every version of every post for the site: each parsed once (block
 * fingerprints come from the same parse: the source's for translation status,
 * every written version's blocks for the side-by-side review), stored renderings
 * reused from the render cache, the rest rendered in the worker pool.
 * @module
 */
import { fileURLToPath } from 'node:url';
import type { SiteConfig } from '../config/schema.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import { getLocale } from '../i18n/urls.ts';
import { pipelineVersionKey } from '../pipeline/index.ts';
import type { Post, PostVersion } from '../content/index.ts';
import { RenderCache, renderKey } from './render-cache.ts';
import { renderAll } from './render-pool.ts';
import { EMBED_KINDS, LABEL_SLOTS, renderTask, type RenderLabels, type RenderResult, type RenderTask, type TextConversion } from './render-task.ts';

/** What rendering the site's versions needs. */
export interface RenderVersionsOptions {
  config: SiteConfig;
  translations: (code: string) => Translate;
  /** Worker threads, or 'auto' (see workerCount). */
  workers: number | 'auto';
  /** Astro's cacheDir, to keep renderings in; undefined renders everything. */
  cacheDir: URL | undefined;
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
const rendererKey = () => pipelineVersionKey(new URL('./render-task.ts', import.meta.url), new URL('../translation/fingerprint.ts', import.meta.url));

/** Renders versions of posts; `rewrites` gives new link targets per version file (see checkBodies). */
export class SiteRenderer {
  private readonly options: RenderVersionsOptions;
  private readonly labels: Map<string, RenderLabels>;
  private readonly cache: RenderCache | undefined;
  private readonly renderer: string;
  /** How many versions the last call rendered rather than took from the cache. */
  rendered = 0;

  constructor(options: RenderVersionsOptions) {
    this.options = options;
    this.labels = new Map(options.config.locales.map((l) => [l.code, labelsFor(options.translations(l.code))]));
    this.cache = options.cacheDir && new RenderCache(fileURLToPath(new URL('tandem/render/', options.cacheDir)));
    this.renderer = this.cache ? rendererKey() : '';
  }

  private task(version: PostVersion, fingerprint: boolean, rewrites: Record<string, string> | undefined): RenderTask {
    const locale = getLocale(this.options.config, version.locale);
    return {
      markdown: version.body,
      lang: locale.lang,
      excerptUnits: this.options.config.excerptLength[locale.countBy],
      labels: this.labels.get(locale.code) as RenderLabels,
      fingerprint,
      ...(rewrites && { rewrites }),
    };
  }

  /**
   * One version, rendered here and now, not stored (static pages, versions converted for a
   * derived locale: `conversion` holds functions, which cannot cross to a worker).
   */
  renderOne(version: PostVersion, rewrites?: Record<string, string>, conversion?: TextConversion): RenderResult {
    return renderTask(this.task(version, false, rewrites), conversion);
  }

  /** Every version of `posts`, rendered or from the cache. */
  async render(posts: readonly Post[], rewrites: ReadonlyMap<string, Record<string, string>> = new Map()): Promise<Map<PostVersion, RenderResult>> {
    const results = new Map<PostVersion, RenderResult>();
    const pending: { version: PostVersion; task: RenderTask; key: string }[] = [];
    for (const post of posts) {
      for (const version of Object.values(post.versions)) {
        if (!version) continue;
        const task = this.task(version, true, rewrites.get(version.file));
        const key = this.cache ? renderKey(task, this.renderer) : '';
        const stored = this.cache?.get(key);
        if (stored) results.set(version, stored);
        else pending.push({ version, task, key });
      }
    }
    const rendered = await renderAll(pending.map((p) => p.task), this.options.workers);
    await Promise.all(
      pending.map(({ version, key }, index) => {
        const result = rendered[index] as RenderResult;
        results.set(version, result);
        return this.cache?.set(key, result);
      }),
    );
    this.rendered = pending.length;
    return results;
  }
}
