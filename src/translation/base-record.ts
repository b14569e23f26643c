import { z } from 'zod';
import { isIsoDate, isoDay } from '../lib/dates.ts';
import type { Post, PostVersion } from '../content/index.ts';
import { SourceLocaleError, InvalidDateError } from './errors.ts';
import { fingerprintBlocks, fingerprintText, foldWhitespace, hashText, type FingerprintedText } from './fingerprint.ts';

/** An update note of the source, fingerprinted with its date (a changed date is a real change). */
export interface FingerprintedUpdate extends FingerprintedText {
  /** YYYY-MM-DD. */
  date: string;
}

/** The source's translatable frontmatter fields, fingerprinted. Absent fields are left out. */
export interface SourceFields {
  title: FingerprintedText;
  summary?: FingerprintedText;
  location?: FingerprintedText;
  updates?: FingerprintedUpdate[];
}

/** Everything translatable in a post's source, fingerprinted. */
export interface SourceSnapshot {
  /** Hash of the exact source text: when it still matches, nothing can have changed. */
  digest: string;
  fields: SourceFields;
  blocks: FingerprintedText[];
}

/**
 * The content of `content/posts/<slug>/<locale>.base.json`: the source a translation
 * is based on, written by `tandem new` and `tandem done`. It keeps the source text
 * itself, not only hashes, so `tandem diff` can show what the translation was made
 * from with no git history (shallow clones, copied folders, zip downloads).
 */
export interface BaseRecord extends SourceSnapshot {
  version: 1;
  /** The locale the recorded source was written in (a post's source can change language). */
  sourceLocale: string;
  /** YYYY-MM-DD: when the translation was last brought up to date with this source. */
  recordedAt: string;
}

const hash = z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 hexadecimal characters');
const entry = z.object({ hash, text: z.string() }).strict();
// The message is a catalogue code, which parseBase reports with the value found.
const isoDate = z.string().refine(isIsoDate, 'base-date');

/** Validates a base file as read, so a hand edit is caught instead of misreported as a change. */
export const baseRecordSchema = z
  .object({
    version: z.literal(1),
    sourceLocale: z.string().min(1),
    recordedAt: isoDate,
    digest: hash,
    fields: z
      .object({
        title: entry,
        summary: entry.optional(),
        location: entry.optional(),
        updates: z.array(z.object({ hash, text: z.string(), date: isoDate }).strict()).optional(),
      })
      .strict(),
    blocks: z.array(entry),
  })
  .strict();

// By version read: a status run asks once per translation (whether it is up to date) and again to fingerprint an outdated one.
const digests = new WeakMap<PostVersion, string>();

/**
 * A cheap hash of a version's exact translatable text, computed without parsing
 * Markdown, so status can skip parsing every post whose source is unchanged.
 * @example sourceDigest(post.versions[post.sourceLocale]) // 16 hex characters, equal to its base record's digest while the text is as recorded
 */
export function sourceDigest(version: PostVersion): string {
  let digest = digests.get(version);
  if (digest === undefined) {
    const updates = version.updates.map((u) => [isoDay(u.date), u.text]);
    digest = hashText(JSON.stringify([version.title, version.summary ?? null, version.location ?? null, updates, version.body]));
    digests.set(version, digest);
  }
  return digest;
}

/**
 * The fingerprinted blocks of `body` when it is exactly the body `base` was
 * recorded from (its digest, recomputed with the recorded fields, matches):
 * then only the fields changed, and the body need not be parsed.
 * @example recordedBlocks(base, sourceNow.body) // base.blocks, or undefined if the body was edited
 */
export function recordedBlocks(base: BaseRecord, body: string): FingerprintedText[] | undefined {
  const { title, summary, location, updates = [] } = base.fields;
  const digest = hashText(JSON.stringify([title.text, summary?.text ?? null, location?.text ?? null, updates.map((u) => [u.date, u.text]), body]));
  return digest === base.digest ? base.blocks : undefined;
}

/** The source version of a post (content validation guarantees it exists). */
export function sourceOf(post: Post): PostVersion {
  const source = post.versions[post.sourceLocale];
  if (!source) throw new Error(`Post "${post.slug}" has no ${post.sourceLocale} source; content validation should have caught this.`);
  return source;
}

/**
 * Fingerprints a post's source: fields and body blocks. Parses the body once,
 * or not at all when its `blocks` (fingerprintBlocks of the body) are given.
 */
export function snapshotSource(post: Post, blocks?: FingerprintedText[]): SourceSnapshot {
  const source = sourceOf(post);
  const fields: SourceFields = { title: fingerprintText(source.title) };
  if (source.summary !== undefined) fields.summary = fingerprintText(source.summary);
  if (source.location !== undefined) fields.location = fingerprintText(source.location);
  if (source.updates.length > 0) {
    fields.updates = source.updates.map((u) => {
      const date = isoDay(u.date);
      return { hash: hashText(`${date} ${foldWhitespace(u.text)}`), text: u.text, date };
    });
  }
  return { digest: sourceDigest(source), fields, blocks: blocks ?? fingerprintBlocks(source.body) };
}

/**
 * Builds the base record saying "the `locale` translation matches the source as
 * it is now", dated `date` (YYYY-MM-DD). Pure: nothing is written.
 * @example recordBase(post, target, '2021-03-01').fields.title.text // the source title
 */
export function recordBase(post: Post, locale: string, date: string, snapshot: SourceSnapshot = snapshotSource(post)): BaseRecord {
  if (locale === post.sourceLocale) throw new SourceLocaleError(post.slug, locale, []);
  if (!isIsoDate(date)) throw new InvalidDateError(date);
  return { version: 1, sourceLocale: post.sourceLocale, recordedAt: date, ...snapshot };
}

/**
 * Serialises a record as reviewable JSON: two-space indent, fixed key order
 * (whatever order the object was built in), trailing newline.
 */
export function serialiseBase(record: BaseRecord): string {
  const entry = (e: FingerprintedText) => ({ hash: e.hash, text: e.text });
  const { title, summary, location, updates } = record.fields;
  const ordered = {
    version: record.version,
    sourceLocale: record.sourceLocale,
    recordedAt: record.recordedAt,
    digest: record.digest,
    fields: {
      title: entry(title),
      ...(summary && { summary: entry(summary) }),
      ...(location && { location: entry(location) }),
      ...(updates && { updates: updates.map((u) => ({ ...entry(u), date: u.date })) }),
    },
    blocks: record.blocks.map(entry),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
