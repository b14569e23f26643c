/**
 * Renders versions of posts and pages for the site, written ones and those a
 * derived locale (Traditional Chinese) converts from their parent's: each
 * parsed once (the source's block fingerprints for translation status come
 * from the same parse), stored renderings reused from the render cache, the
 * rest rendered in the worker pool.
 * @module
 */
import { fileURLToPath } from 'node:url';
import type { SiteConfig } from '../config/schema.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import type { PhraseLists } from '../i18n/derived-locales.ts';
import { getLocale } from '../i18n/urls.ts';
import { ALERT_KINDS, pipelineVersionKey } from '../pipeline/index.ts';
import type { PostVersion } from '../content/index.ts';
import { RenderCache, renderKey } from './render-cache.ts';
import { RenderPool } from './render-pool.ts';
import { EMBED_KINDS, LABEL_SLOTS, renderTask, type RenderLabels, type RenderResult, type RenderTask } from './render-task.ts';
import { versionBody, type BodyStore } from './version-bodies.ts';

/** What rendering the site's versions needs. */
export interface RenderVersionsOptions {
  config: SiteConfig;
  translations: (code: string) => Translate;
  /** Each derived locale's phrase list (`locales/<code>.phrases.yaml`), for its conversion. */
  phraseLists: PhraseLists;
  /** Worker threads, or 'auto' (see workerCount). */
  workers: number | 'auto';
  /** Astro's cacheDir, to keep renderings in; undefined renders everything. */
  cacheDir: URL | undefined;
  /** Where the bodies of the renderings go as they are made (see version-bodies.ts); none: the caller stores them. */
  bodies?: BodyStore;
}

/**
 * One version to render: `version` is the written file; `locale` is the locale it is shown
 * in, a derived one when that differs from the file's (the text is then converted).
 */
export interface VersionJob {
  version: PostVersion;
  locale: string;
  /** Also fingerprint the body's blocks (a post's written versions: translation status, the review pages). */
  fingerprint: boolean;
  /** New link targets, by href as the rendered text has it (see checkBodies). */
  rewrites?: Record<string, string> | undefined;
  /** The address of the version's page in `locale` (`/en/posts/x/`), which its excerpt's links are resolved against. */
  page?: string | undefined;
}

/** The pipeline's words in a locale, with slots to fill per document. */
function labelsFor(t: Translate): RenderLabels {
  return {
    footnotes: t('post.footnotes'),
    footnoteBack: t('post.footnoteBack', { number: LABEL_SLOTS.number }),
    embed: Object.fromEntries(EMBED_KINDS.map((kind) => [kind, t(`embed.${kind}`, { service: LABEL_SLOTS.service, url: LABEL_SLOTS.url })])) as RenderLabels['embed'],
    alert: Object.fromEntries(ALERT_KINDS.map((kind) => [kind, t(`post.alert.${kind}`)])) as RenderLabels['alert'],
  };
}

// What a stored rendering depends on beyond the pipeline: this layer's own rendering code.
const rendererKey = () =>
  pipelineVersionKey(new URL('./render-task.ts', import.meta.url), new URL('../translation/fingerprint.ts', import.meta.url), new URL('../i18n/convert-script.ts', import.meta.url));

/** Renders versions; call {@link SiteRenderer.close} when done, to stop the worker threads. */
export class SiteRenderer {
  private readonly options: RenderVersionsOptions;
  private readonly labels: Map<string, RenderLabels>;
  private readonly cache: RenderCache | undefined;
  private readonly bodies: BodyStore | undefined;
  private readonly renderer: string;
  private readonly pool: RenderPool;
  /** How many renderings were made, and how many taken from the cache instead, in all calls. */
  rendered = 0;
  reused = 0;

  constructor(options: RenderVersionsOptions) {
    this.options = options;
    this.labels = new Map(options.config.locales.map((l) => [l.code, labelsFor(options.translations(l.code))]));
    this.cache = options.cacheDir && new RenderCache(fileURLToPath(new URL('tandem/render/', options.cacheDir)));
    this.renderer = this.cache ? rendererKey() : '';
    this.bodies = options.bodies;
    const conversions = options.config.locales.flatMap((locale) => (locale.convert ? [{ convert: locale.convert, phrases: options.phraseLists[locale.code] ?? {} }] : []));
    this.pool = new RenderPool(options.workers, { conversions });
  }

  /**
   * Starts the worker threads now if about `versions` are to be rendered, so that they
   * load the pipeline while the content is read: a build with nothing in the render
   * cache renders every version, one with a cache starts them only if it needs them.
   */
  expect(versions: number): void {
    if (this.cache && !this.cache.isEmpty()) return;
    this.pool.start(versions);
  }

  /** Everything the rendering of a job depends on, as data. */
  task({ version, locale: code, fingerprint, rewrites, page }: VersionJob): RenderTask {
    const { config } = this.options;
    const locale = getLocale(config, code);
    const written = getLocale(config, version.locale);
    const convert = code === version.locale ? undefined : locale.convert;
    return {
      markdown: version.body,
      lang: locale.lang,
      excerptUnits: config.excerptLength[locale.countBy],
      labels: this.labels.get(locale.code) as RenderLabels,
      fingerprint,
      ...(rewrites && { rewrites }),
      ...(page !== undefined && { pagePath: page }),
      ...(convert && { conversion: { convert, phrases: this.options.phraseLists[code] ?? {}, relocateLinks: { from: `/${written.path}/`, to: `/${locale.path}/` } } }),
    };
  }

  /** One version, rendered here and now, not stored (a version the checks need that the site leaves out). */
  renderOne(job: VersionJob): RenderResult {
    return renderTask(this.task(job));
  }

  /**
   * Every job, from the cache or rendered (in the pool when there are enough); results in job
   * order. Each rendering is stored (in the render cache, and its body, see version-bodies.ts)
   * as it arrives, while the rest are rendered.
   */
  async render(jobs: readonly VersionJob[]): Promise<RenderResult[]> {
    const { cache, bodies } = this;
    const results: (RenderResult | undefined)[] = [];
    const pending: { index: number; task: RenderTask; key: string }[] = [];
    for (const [index, job] of jobs.entries()) {
      const task = this.task(job);
      const key = cache ? renderKey(task, this.renderer) : '';
      const stored = cache?.get(key);
      results.push(stored);
      if (stored) bodies?.store([{ id: stored.bodyId, body: versionBody(stored) }]);
      else pending.push({ index, task, key });
    }
    // A version and the versions converted from it share one parse.
    const groups = [...Map.groupBy(pending, ({ index }) => jobs[index]?.version).values()];
    await this.pool.run(
      groups.map((group) => group.map((p) => p.task)),
      (n, made) => {
        for (const [k, result] of made.entries()) {
          const job = groups[n]?.[k];
          if (!job) continue;
          results[job.index] = result;
          cache?.set(job.key, result);
          bodies?.store([{ id: result.bodyId, body: versionBody(result) }]);
        }
      },
    );
    this.rendered += pending.length;
    this.reused += jobs.length - pending.length;
    return results as RenderResult[];
  }

  /** Stores what was rendered in the render cache, and stops the worker threads, if any were started. */
  async close(): Promise<void> {
    const stopped = this.pool.close();
    this.cache?.save();
    await stopped;
  }
}
