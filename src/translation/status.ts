import type { SiteConfig } from '../config/schema.ts';
import { siteConfig } from '../config/site.ts';
import type { Post, PostVersion } from '../content/index.ts';
import { getLocale } from '../i18n/urls.ts';
import { snapshotSource, sourceDigest, sourceOf, type BaseRecord, type SourceSnapshot } from './base-record.ts';
import { compareToBase } from './changes.ts';
import type { Change } from './diff-blocks.ts';
import { markdownUnits, textUnits } from './units.ts';
import type { TranslationState } from './states.ts';

export { TRANSLATION_STATES, type TranslationState } from './states.ts';

/** How much source text is still to translate, in the source language's unit. */
export interface WorkLeft {
  unit: 'words' | 'characters';
  count: number;
}

/** What every status record carries. */
interface StatusCommon {
  slug: string;
  /** The translation's locale. */
  locale: string;
  sourceLocale: string;
  title: { source: string; translation?: string };
  /** Files relative to the project root. */
  sourceFile: string;
  /**
   * Source text still to translate: all of it for missing and draft, changed and
   * added fields and blocks for outdated, none for review and up-to-date. Counted in
   * words or characters by the source locale's `countBy` (CJK characters count one
   * each, other words one each).
   */
  workLeft: WorkLeft;
  /**
   * Review only: the translation's own length (in the translation locale's unit),
   * which is what a reviewer has to read against the source.
   */
  size?: WorkLeft;
  /** Who claimed the translation: `translator:` in its frontmatter. */
  translator?: string;
  /** `'page'` for a static page (`content/pages/<slug>/`); absent for a post. */
  kind?: 'page';
}

/**
 * The status of one translation of one post: the record `tandem status --json`
 * prints (an array of these, keys in this order) and the dashboard reads.
 * ```
 * { slug, locale, sourceLocale, status, title: { source, translation? }, sourceFile,
 *   translationFile?, recordedAt?, workLeft: { unit, count }, size?, translator?, changes? }
 * ```
 * `size` (review only) is the translation's length; `translator` is the claim in its frontmatter.
 * `recordedAt` (YYYY-MM-DD) is when the translation was last brought up to date;
 * `changes` (outdated only) lists what changed in the source since, see {@link Change};
 * `derivedFrom` (derived only) names the locale it is converted from;
 * `kind: 'page'` (after `sourceFile`) marks a static page's translation.
 */
export type TranslationStatus =
  | (StatusCommon & { status: 'missing' })
  | (StatusCommon & { status: 'draft'; translationFile: string; recordedAt?: string })
  | (StatusCommon & { status: 'review'; translationFile: string })
  | (StatusCommon & { status: 'outdated'; translationFile: string; recordedAt: string; changes: Change[] })
  | (StatusCommon & { status: 'up-to-date'; translationFile: string; recordedAt: string })
  | (StatusCommon & { status: 'derived'; derivedFrom: string });

/** What is translated: a post, or a static page seen as one (see pageAsPost). */
export type Translatable = Post & { kind?: 'page' };

/** What statusOf needs besides the post. */
export interface StatusOptions {
  /** Defaults to the site's configuration. */
  config?: SiteConfig;
  /** The fingerprinted source, when the caller already has it (e.g. for the post's other locales). */
  snapshot?: () => SourceSnapshot;
}

/**
 * The changes in a post's source since a base record, parsing the source only when
 * its exact text differs from the recorded one.
 */
export function changesSince(post: Post, base: BaseRecord, snapshot: () => SourceSnapshot = () => snapshotSource(post)): Change[] {
  if (base.digest === sourceDigest(sourceOf(post))) return [];
  return compareToBase(base, snapshot());
}

/**
 * The status of `post` in `locale`, given its base record (or undefined if none).
 * Pure: reads no files. See {@link TRANSLATION_STATES} for what each state means.
 */
export function statusOf(post: Translatable, locale: string, base: BaseRecord | undefined, options: StatusOptions = {}): TranslationStatus {
  const config = options.config ?? siteConfig;
  const source = sourceOf(post);
  const sourceLocale = getLocale(config, post.sourceLocale);
  const snapshot = options.snapshot ?? (() => snapshotSource(post));
  const translation = post.versions[locale];
  const unit = sourceLocale.countBy;
  const units = (text: string) => textUnits(text, sourceLocale.lang);
  // Keys in the documented order, status fourth, so the JSON reads the same for every record.
  const head = <S extends TranslationState>(status: S) => ({
    slug: post.slug,
    locale,
    sourceLocale: post.sourceLocale,
    status,
    title: translation ? { source: source.title, translation: translation.title } : { source: source.title },
    sourceFile: source.file,
    ...(post.kind === 'page' && { kind: 'page' as const }),
  });
  const wholeSource = () => versionUnits(source, sourceLocale.lang);

  const derivedFrom = getLocale(config, locale).derivedFrom;
  if (!translation && derivedFrom !== undefined) return { ...head('derived'), derivedFrom, workLeft: { unit, count: 0 } };
  if (!translation) return { ...head('missing'), workLeft: { unit, count: wholeSource() } };
  const translationFile = translation.file;
  const claim = translation.translator === undefined ? {} : { translator: translation.translator };
  if (translation.draft) {
    return { ...head('draft'), translationFile, ...(base && { recordedAt: base.recordedAt }), workLeft: { unit, count: wholeSource() }, ...claim };
  }
  if (!base || base.sourceLocale !== post.sourceLocale) {
    const target = getLocale(config, locale);
    const size = { unit: target.countBy, count: versionUnits(translation, target.lang) };
    return { ...head('review'), translationFile, workLeft: { unit, count: 0 }, size, ...claim };
  }
  const changes = changesSince(post, base, snapshot);
  if (changes.length === 0) return { ...head('up-to-date'), translationFile, recordedAt: base.recordedAt, workLeft: { unit, count: 0 }, ...claim };

  const now = snapshot();
  let count = 0;
  for (const change of changes) {
    if (change.kind !== 'changed' && change.kind !== 'added') continue;
    if (change.field === 'updates') count += units(now.fields.updates?.[change.newIndex ?? -1]?.text ?? '');
    else if (change.field) count += units(change.newText);
    else count += markdownUnits(change.newText, sourceLocale.lang);
  }
  return { ...head('outdated'), translationFile, recordedAt: base.recordedAt, workLeft: { unit, count }, ...claim, changes };
}

/**
 * The translatable length of one language version: its fields and body.
 * @example versionUnits(version, locale.lang) // title + summary + location + update notes + body, in words or CJK characters
 */
export function versionUnits(version: PostVersion, lang: string): number {
  const fields = [version.title, version.summary ?? '', version.location ?? '', ...version.updates.map((u) => u.text)].join('\n');
  return textUnits(fields, lang) + markdownUnits(version.body, lang);
}
