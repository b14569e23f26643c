import type { SiteConfig } from '../config/schema.ts';
import { ContentValidationError, sortProblems, type ContentProblem } from '../content/problems.ts';
import { readContent, type ContentReport } from '../content/read-content.ts';
import type { Content, Page, Post } from '../content/model.ts';
import type { ReadObserver } from '../content/content-files.ts';
import { newestFirst, type KnownPost, type KnownPosts } from '../content/known-posts.ts';
import { snapshotSource, sourceOf, type BaseRecord, type SourceSnapshot } from './base-record.ts';
import { readBase } from './base-file.ts';
import type { FingerprintedText } from './fingerprint.ts';
import { blocksSince } from './fingerprint-since.ts';
import { BaseRecordError } from './errors.ts';
import { statusOf, type Translatable, type TranslationStatus } from './status.ts';

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
  /** Content as read with `known` (the CLI reads it first, to find out whether anything is left to compute). */
  report?: ContentReport;
  /** Told of each base record read (a worker computing records for the PostCache, see status-shard.ts); defaults to `known`'s. */
  observe?: ReadObserver;
  /** Records of posts whose folders are as an earlier run read them (the CLI's PostCache), when content is read here. */
  known?: KnownPosts & { recordsOf(post: KnownPost): TranslationStatus[]; remember(post: Translatable, records: TranslationStatus[]): void };
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
export async function computeStatuses({ root, config, content, report: given, blocksOf, known, observe = known?.observe }: ComputeStatusesOptions): Promise<TranslationStatus[]> {
  const report = given ?? (content ? { content, problems: [] } : await readContent({ root, config, known }));
  const items = translatables(report.content);
  const jobs = items.flatMap((post) => {
    let snapshot: SourceSnapshot | undefined;
    // One snapshot serves every locale: its blocks are the body's, whichever base helped find them.
    const shared = (base?: BaseRecord) => (snapshot ??= snapshotSource(post, blocksOf?.(post, base) ?? blocksSince(sourceOf(post).body, base)));
    return targetsOf(post, config).map((locale) => ({ post, locale, shared }));
  });
  const settled = await Promise.allSettled(jobs.map(({ post, locale }) => (post.versions[locale] ? readBase(root, post, locale, observe) : undefined)));
  const bases = settled.map((result) => (result.status === 'fulfilled' ? result.value : undefined));
  const problems = [...report.problems, ...baseProblems(settled)];
  if (problems.length > 0) throw new ContentValidationError(sortProblems(problems));
  const records = jobs.map(({ post, locale, shared }, k) => statusOf(post, locale, bases[k], { config, snapshot: () => shared(bases[k]) }));
  if (!known || !('known' in report) || !report.known) return records;
  // Posts read now and posts known from before, merged in reading order; then the pages, the same way.
  const byPost = Map.groupBy(records, (_, k) => jobs[k]?.post as Translatable);
  for (const item of items) known.remember(item, byPost.get(item) ?? []);
  const pages = items.filter((item) => item.kind === 'page');
  const recordsOf = (item: Translatable) => byPost.get(item) ?? [];
  return [
    ...merged(report.content.posts, report.known, recordsOf, known.recordsOf, (post, other) => newestFirst(post.date.getTime(), post.slug, other.date, other.slug) <= 0),
    ...merged(pages, report.knownPages ?? [], recordsOf, known.recordsOf, (page, other) => page.slug.localeCompare(other.slug) <= 0),
  ];
}

// The records of items read and of items known, in one order: `before` says whether a read item comes before a known one.
function merged(read: readonly Translatable[], recognised: readonly KnownPost[], recordsOf: (item: Translatable) => TranslationStatus[], knownRecords: (post: KnownPost) => TranslationStatus[], before: (item: Translatable, other: KnownPost) => boolean): TranslationStatus[] {
  const ordered: TranslationStatus[] = [];
  let r = 0;
  let k = 0;
  while (r < read.length || k < recognised.length) {
    const next = read[r];
    const other = recognised[k];
    if (next && (!other || before(next, other))) ordered.push(...recordsOf(next)), r++;
    else if (other) ordered.push(...knownRecords(other)), k++;
  }
  return ordered;
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
