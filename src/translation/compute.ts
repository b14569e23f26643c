import type { SiteConfig } from '../config/schema.ts';
import { ContentValidationError, sortProblems, type ContentProblem } from '../content/problems.ts';
import { readContent } from '../content/read-content.ts';
import type { Content, Page, Post } from '../content/model.ts';
import { newestFirst, type KnownPost, type KnownPosts } from '../content/known-posts.ts';
import { snapshotSource, sourceOf, type BaseRecord, type SourceSnapshot } from './base-record.ts';
import { readBase } from './base-file.ts';
import type { FingerprintedText } from './fingerprint.ts';
import { blocksSince } from './fingerprint-since.ts';
import { BaseRecordError } from './errors.ts';
import { statusOf, TRANSLATION_STATES, type Translatable, type TranslationState, type TranslationStatus } from './status.ts';

/** Where to compute statuses; pass `content` when it is already loaded (e.g. by the site). */
export interface ComputeStatusesOptions {
  root: string;
  config: SiteConfig;
  content?: Content;
  /**
   * The block fingerprints of a post's source body when the caller already has
   * them (the site gets them from the parse that renders it), so the body is
   * not parsed again. Undefined: parse it if needed,
   * only what changed since `base` (the base record of a translation), see blocksSince.
   */
  blocksOf?: (post: Post, base?: BaseRecord) => FingerprintedText[] | undefined;
  /** Records of posts whose folders are as an earlier run read them (the CLI's PostCache), when content is read here. */
  known?: KnownPosts & { recordsOf(post: KnownPost): TranslationStatus[]; remember(post: Translatable, records: TranslationStatus[]): void };
}

/** How far one locale's translations are: counts per state and the share up to date. */
export interface LocaleSummary {
  locale: string;
  /** Translations expected in this locale: posts written in another locale. */
  total: number;
  counts: Record<TranslationState, number>;
  /** Versions that need no work: up to date, or derived (as current as the version they are converted from). */
  current: number;
  /** `current` in whole percent of `total`, rounded down so 100 means truly everything. 100 when there is nothing to translate. */
  upToDatePercent: number;
}

/**
 * A static page as the translation module sees it: a post without date or tags,
 * marked `kind: 'page'` so its status records say so.
 * @example pageAsPost(page) // { ...page, date: new Date(0), tags: [], kind: 'page' }
 */
export function pageAsPost(page: Page): Translatable & { kind: 'page' } {
  return { ...page, date: new Date(0), tags: [], kind: 'page' };
}

/** Every post, newest first, then every static page (by slug): all that is translated. */
export function translatables(content: Content): Translatable[] {
  return [...content.posts, ...content.pages.map(pageAsPost)];
}

/**
 * The locales a post should be translated into: every configured locale but its source.
 * @example targetsOf(post, config) // every configured code except post.sourceLocale
 */
export function targetsOf(post: Post, config: SiteConfig): string[] {
  return config.locales.map((l) => l.code).filter((code) => code !== post.sourceLocale);
}

/**
 * The status of every translation of every post, newest post first, then of
 * every static page (`kind: 'page'`), locales in config order. Reads content and base records (throwing a ContentValidationError
 * listing every problem of either), all concurrently; each post's source is parsed at most once,
 * and only when its text differs from a base record's.
 */
export async function computeStatuses({ root, config, content, blocksOf, known }: ComputeStatusesOptions): Promise<TranslationStatus[]> {
  const report = content ? { content, problems: [] } : await readContent({ root, config, known });
  const jobs = translatables(report.content).flatMap((post) => {
    let snapshot: SourceSnapshot | undefined;
    // One snapshot serves every locale: its blocks are the body's, whichever base helped find them.
    const shared = (base?: BaseRecord) => (snapshot ??= snapshotSource(post, blocksOf?.(post, base) ?? blocksSince(sourceOf(post).body, base)));
    return targetsOf(post, config).map((locale) => ({ post, locale, shared }));
  });
  const settled = await Promise.allSettled(jobs.map(({ post, locale }) => (post.versions[locale] ? readBase(root, post, locale, known?.observe) : undefined)));
  const bases = settled.map((result) => (result.status === 'fulfilled' ? result.value : undefined));
  const problems = [...report.problems, ...baseProblems(settled)];
  if (problems.length > 0) throw new ContentValidationError(sortProblems(problems));
  const records = jobs.map(({ post, locale, shared }, k) => statusOf(post, locale, bases[k], { config, snapshot: () => shared(bases[k]) }));
  if (!known || !('known' in report) || !report.known) return records;
  // Posts read now and posts known from before, merged in reading order, then the pages.
  const byPost = Map.groupBy(records, (_, k) => jobs[k]?.post as Translatable);
  for (const post of report.content.posts) known.remember(post, byPost.get(post) ?? []);
  const read = report.content.posts;
  const recognised = report.known;
  const ordered: TranslationStatus[] = [];
  let r = 0;
  let k = 0;
  while (r < read.length || k < recognised.length) {
    const next = read[r];
    const other = recognised[k];
    if (next && (!other || newestFirst(next.date.getTime(), next.slug, other.date, other.slug) <= 0)) ordered.push(...(byPost.get(next) ?? [])), r++;
    else if (other) ordered.push(...known.recordsOf(other)), k++;
  }
  ordered.push(...records.filter((_, j) => jobs[j]?.post.kind === 'page'));
  return ordered;
}

/**
 * Coverage per configured locale, in config order.
 * @example summarize(records, config)[0] // { locale: code, total: 1, counts: { …, outdated: 1 }, upToDatePercent: 0 }
 */
export function summarize(records: readonly TranslationStatus[], config: SiteConfig): LocaleSummary[] {
  return config.locales.map((locale) => {
    const counts = Object.fromEntries(TRANSLATION_STATES.map((state) => [state, 0])) as Record<TranslationState, number>;
    let total = 0;
    for (const record of records) {
      if (record.locale !== locale.code) continue;
      counts[record.status]++;
      total++;
    }
    // A derived version is as current as its parent, whose own record counts the work.
    const current = counts['up-to-date'] + counts.derived;
    const upToDatePercent = total === 0 ? 100 : Math.floor((current / total) * 100);
    return { locale: locale.code, total, counts, current, upToDatePercent };
  });
}

/**
 * Checks every translation's base record, collecting a problem per unreadable one
 * instead of stopping at the first (for `tandem check`).
 */
export async function validateBases(root: string, content: Content, config: SiteConfig): Promise<ContentProblem[]> {
  const checks = translatables(content).flatMap((post) => targetsOf(post, config).filter((locale) => post.versions[locale]).map((locale) => readBase(root, post, locale)));
  return baseProblems(await Promise.allSettled(checks));
}

// Every broken record of a run, as content problems; any other failure is a bug and is thrown.
function baseProblems(settled: readonly PromiseSettledResult<unknown>[]): ContentProblem[] {
  return settled.flatMap((result) => {
    if (result.status === 'fulfilled') return [];
    const error: unknown = result.reason;
    if (!(error instanceof BaseRecordError) || !error.location) throw error;
    return [{ ...error.location, code: error.code, params: error.params }];
  });
}
