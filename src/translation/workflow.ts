import { rm } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { isoDay } from '../lib/dates.ts';
import type { Post, PostVersion } from '../content/index.ts';
import { recordBase, snapshotSource, sourceOf } from './base-record.ts';
import { readBase, tandemCommand, writeBase } from './base-file.ts';
import type { Change } from './diff-blocks.ts';
import { SourceLocaleError, TranslationExistsError, TranslationMissingError } from './errors.ts';
import { changesSince } from './status.ts';
import { writeFileAtomic } from '../lib/write-file.ts';

/**
 * The text of a new draft translation: the source's frontmatter fields and body,
 * to be translated in place, with `draft: true` so readers do not see it yet, and
 * the translator's claim when one is given.
 * @example scaffoldTranslation(source) // '---\ntitle: …\ndraft: true\n---\n<source body>'
 * @example scaffoldTranslation(source, 'Mei') // '---\ntitle: …\ndraft: true\ntranslator: Mei\n---\n<source body>'
 */
export function scaffoldTranslation(source: PostVersion, translator?: string): string {
  const frontmatter = {
    title: source.title,
    ...(source.summary !== undefined && { summary: source.summary }),
    ...(source.location !== undefined && { location: source.location }),
    ...(source.updates.length > 0 && { updates: source.updates.map((u) => ({ date: isoDay(u.date), text: u.text })) }),
    draft: true,
    ...(translator !== undefined && { translator }),
  };
  // lineWidth 0: folded long lines would make every later edit a noisy diff.
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n${source.body}`;
}

/** What `createTranslation` wrote, relative to the project root. */
export interface CreatedTranslation {
  file: string;
  baseFile: string;
}

/**
 * Starts a translation: writes `<locale>.md` as a draft carrying the source text,
 * and records the source it starts from. Never overwrites an existing translation
 * (TranslationExistsError, nothing written); writes both files or neither.
 */
export async function createTranslation(root: string, post: Post, locale: string, date: string, options: { translator?: string | undefined } = {}): Promise<CreatedTranslation> {
  const file = `${post.dir}/${locale}.md`;
  if (locale === post.sourceLocale) throw new SourceLocaleError(post.slug, locale, []);
  const exists = new TranslationExistsError(file, tandemCommand('diff', post.slug, locale));
  if (post.versions[locale]) throw exists;
  const record = recordBase(post, locale, date);
  try {
    await writeFileAtomic(path.join(root, file), scaffoldTranslation(sourceOf(post), options.translator), { overwrite: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw exists;
    throw error;
  }
  try {
    return { file, baseFile: await writeBase(root, post, locale, record) };
  } catch (error) {
    // Both files or neither: a draft without its record would later look like a translation of unknown age.
    await rm(path.join(root, file), { force: true });
    throw error;
  }
}

/** What `markDone` recorded. */
export interface DoneResult {
  baseFile: string;
  /** Source changes since the previous record that are now acknowledged; undefined when there was no record. */
  acknowledged: Change[] | undefined;
  /** The translation is still `draft: true`, so readers do not see it yet. */
  draft: boolean;
}

/**
 * Records that the `locale` translation now matches the source as it is, dated
 * `date` (YYYY-MM-DD). Refuses the source locale and missing translations.
 */
export async function markDone(root: string, post: Post, locale: string, date: string): Promise<DoneResult> {
  if (locale === post.sourceLocale) throw new SourceLocaleError(post.slug, locale, []);
  const translation = post.versions[locale];
  if (!translation) throw new TranslationMissingError(`${post.dir}/${locale}.md`, tandemCommand('new', post.slug, locale));
  const snapshot = snapshotSource(post);
  // A corrupt earlier record is exactly what `done` is told to fix, so it is not an obstacle here.
  const previous = await readBase(root, post, locale).catch(() => undefined);
  const acknowledged = previous?.sourceLocale === post.sourceLocale ? changesSince(post, previous, () => snapshot) : undefined;
  const baseFile = await writeBase(root, post, locale, recordBase(post, locale, date, snapshot));
  return { baseFile, acknowledged, draft: translation.draft };
}
