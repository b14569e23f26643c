import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { parseVersion, type Content, type Post, type PostVersion } from '../content/index.ts';
import { recordBase, snapshotSource, type BaseRecord } from './base-record.ts';
import { readBase } from './base-file.ts';
import { targetsOf } from './compute.ts';
import { gitBlobId, readBlobs, repositoryOf, streamHistory } from './git-history.ts';
import { statusOf, type TranslationStatus } from './status.ts';

/** A commit as the baseline names it. */
export interface CommitRef {
  hash: string;
  /** Committer date, YYYY-MM-DD. */
  date: string;
}

/** Why a translation got no base record from history. */
export type BaselineSkip =
  /** The translation file is not in any commit. */
  | 'not-committed'
  /** The working file differs from its last commit: commit it first, or check it and run `done`. */
  | 'uncommitted'
  /** Every commit of the source is later than the translation's last change. */
  | 'source-later'
  /** The source as committed then cannot be read as a post. */
  | 'source-unreadable'
  /** The existing base record is corrupt: a person has to look (see `tandem check`). */
  | 'base-invalid';

/** What history says about one translation without a base record. */
export type BaselineEntry = { slug: string; locale: string; translationFile: string } & (
  | { outcome: 'recorded'; record: BaseRecord; translationCommit: CommitRef; sourceCommit: CommitRef; status: TranslationStatus }
  | { outcome: 'skipped'; reason: BaselineSkip }
);

/** What to bootstrap. */
export interface BaselineOptions {
  root: string;
  config: SiteConfig;
  content: Content;
  /** Only translations into these locales; all when absent. */
  locales?: readonly string[];
}

interface Version {
  time: number;
  date: string;
  hash: string;
  blob: string;
}

/** One file's versions, newest first, followed back through history across renames. */
interface Trail {
  versions: Version[];
}

/** A hash of what a version means (fields and blocks), so formatting-only commits can be told apart. */
function meaningOf(version: PostVersion | undefined, text: string): string {
  if (!version) return `unreadable:${text}`;
  const { fields, blocks } = snapshotSource({ slug: '', dir: '', date: new Date(0), sourceLocale: version.locale, tags: [], aliases: [], versions: { [version.locale]: version } });
  return JSON.stringify([fields.title.hash, fields.summary?.hash, fields.location?.hash, fields.updates?.map((u) => u.hash), blocks.map((b) => b.hash)]);
}

/**
 * The newest version whose meaning differs from the one before it (or the first version):
 * when the translation was really last changed. Versions are compared newest first and
 * parsed only as far as needed, usually two of them.
 */
function lastMeaningfulChange(versions: readonly Version[], parse: (blob: string) => { text: string; version: PostVersion | undefined }): Version | undefined {
  const meanings = new Map<number, string>();
  const meaning = (k: number) => {
    let known = meanings.get(k);
    if (known === undefined) {
      const { text, version } = parse(versions[k]?.blob ?? '');
      meanings.set(k, (known = meaningOf(version, text)));
    }
    return known;
  };
  return versions.find((_, k) => k === versions.length - 1 || meaning(k) !== meaning(k + 1));
}

/**
 * Base records for translations that have none, from git history, following Lunaria's
 * rule on commit dates: the source as it was when the translation was last changed.
 * Commits that changed only the translation's formatting (re-wrapping, whitespace, a
 * pure rename) do not count as a change. Reads history with one streamed `git log` and
 * one `git cat-file --batch`, however many posts. Pure apart from reading: writes nothing.
 * Throws GitHistoryError for a shallow clone or a folder outside a repository.
 */
export async function baselinesFromGit({ root, config, content, locales }: BaselineOptions): Promise<BaselineEntry[]> {
  const wanted: { post: Post; locale: string }[] = [];
  const skipped = new Map<string, BaselineSkip>();
  for (const post of content.posts) {
    for (const locale of targetsOf(post, config)) {
      if (!post.versions[locale] || (locales && !locales.includes(locale))) continue;
      const base = await readBase(root, post, locale).catch(() => 'invalid' as const);
      if (base === 'invalid') skipped.set(`${post.slug}/${locale}`, 'base-invalid');
      if (base === undefined || base === 'invalid' || base.sourceLocale !== post.sourceLocale) wanted.push({ post, locale });
    }
  }
  if (wanted.length === 0) return [];
  const { prefix } = repositoryOf(root);
  const trails = new Map<string, Trail>();
  const byName = new Map<string, Trail[]>();
  const follow = (file: string) => {
    const name = `${prefix}${file}`;
    let trail = trails.get(name);
    if (!trail) {
      trails.set(name, (trail = { versions: [] }));
      byName.set(name, [trail]);
    }
    return trail;
  };
  const jobs = wanted.map(({ post, locale }) => ({ post, locale, file: `${post.dir}/${locale}.md`, translation: follow(`${post.dir}/${locale}.md`), source: follow(`${post.dir}/${post.sourceLocale}.md`) }));

  // Every Markdown file of the repository, not only content/posts: git sees a rename only when both its ends are in
  // the paths it is given, and posts may have come from elsewhere (a site moved into a subfolder, another layout).
  await streamHistory(root, ':(top,glob)**/*.md', (commit) => {
    for (const change of commit.changes) {
      const followers = byName.get(change.path);
      if (!followers || change.status === 'D') continue;
      for (const trail of followers) trail.versions.push({ time: commit.time, date: commit.date, hash: commit.hash, blob: change.blob });
      // Older commits know a renamed file by its old name; before its creation it has no history.
      if (change.status === 'M' || change.status === 'T') continue;
      byName.delete(change.path);
      if (change.status === 'R' && change.oldPath) byName.set(change.oldPath, [...(byName.get(change.oldPath) ?? []), ...followers]);
    }
  });

  const blobs = await readBlobs(root, jobs.flatMap((job) => [...job.translation.versions, ...job.source.versions].map((v) => v.blob)));
  const parse = (blob: string, file: string, locale: string) => {
    const text = blobs.get(blob) ?? '';
    return { text, version: parseVersion(text, file, locale, []) };
  };
  return jobs.map(({ post, locale, file, translation, source }): BaselineEntry => {
    const head = { slug: post.slug, locale, translationFile: file };
    const reason = skipped.get(`${post.slug}/${locale}`);
    if (reason) return { ...head, outcome: 'skipped', reason };
    const [latest] = translation.versions;
    if (!latest) return { ...head, outcome: 'skipped', reason: 'not-committed' };
    if (gitBlobId(readFileSync(path.join(root, file))) !== latest.blob) return { ...head, outcome: 'skipped', reason: 'uncommitted' };
    const last = lastMeaningfulChange(translation.versions, (blob) => parse(blob, file, locale)) ?? latest;
    const then = source.versions.find((v) => v.time <= last.time);
    if (!then) return { ...head, outcome: 'skipped', reason: 'source-later' };
    const sourceFile = `${post.dir}/${post.sourceLocale}.md`;
    const old = parse(then.blob, sourceFile, post.sourceLocale).version;
    if (!old) return { ...head, outcome: 'skipped', reason: 'source-unreadable' };
    const record = recordBase({ ...post, versions: { ...post.versions, [post.sourceLocale]: old } }, locale, last.date);
    return {
      ...head,
      outcome: 'recorded',
      record,
      translationCommit: { hash: last.hash, date: last.date },
      sourceCommit: { hash: then.hash, date: then.date },
      status: statusOf(post, locale, record, { config }),
    };
  });
}
