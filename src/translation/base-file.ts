import path from 'node:path';
import type { Post } from '../content/index.ts';
import { readBytes, type ReadObserver } from '../content/content-files.ts';
import { baseRecordSchema, serialiseBase, type BaseRecord } from './base-record.ts';
import { BaseRecordError } from './errors.ts';
import { jsonMistakeAt } from '../lib/json-mistake.ts';
import { writeFileAtomic } from '../lib/write-file.ts';

/**
 * Where a translation's base record lives, relative to the project root: next to
 * the translation, so it moves, copies and reviews together with it.
 * @example basePath({ dir: 'content/posts/a' }, code) // `content/posts/a/${code}.base.json`
 */
export function basePath(post: Pick<Post, 'dir'>, locale: string): string {
  return `${post.dir}/${locale}.base.json`;
}

/**
 * The command that records a translation as up to date, for messages.
 * @example tandemCommand('done', 'a', code) // `npm run tandem -- done a --to ${code}`
 */
export function tandemCommand(command: string, slug: string, locale: string): string {
  return `npm run tandem -- ${command} ${slug} --to ${locale}`;
}

/**
 * Reads and validates a translation's base record. Returns undefined when there is
 * none; throws a BaseRecordError naming the file when it is corrupt or hand-edited.
 * `observe` is told of the bytes read.
 */
export async function readBase(root: string, post: Post, locale: string, observe?: ReadObserver): Promise<BaseRecord | undefined> {
  const file = basePath(post, locale);
  let text: string;
  try {
    // Synchronous on purpose: thousands of tiny files read far faster without a thread-pool round trip each.
    text = readBytes(path.join(root, file), observe).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new BaseRecordError('base-unreadable', { reason: (error as Error).message, command: tandemCommand('done', post.slug, locale) }, file);
  }
  return parseBase(text, file, tandemCommand('done', post.slug, locale));
}

/** Parses the text of a base file, throwing a BaseRecordError that says what is wrong where. */
export function parseBase(text: string, file: string, fixCommand: string): BaseRecord {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BaseRecordError('base-not-json', { command: fixCommand }, file, jsonMistakeAt(text));
  }
  const result = baseRecordSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const at = issue?.path.map(String).join('.') || '/';
    const value = issue ? valueAt(data, issue.path) : undefined;
    // A date that does not exist is the one hand edit worth naming; any other shape problem means "restore it".
    if (issue?.message === 'base-date' && typeof value === 'string') throw new BaseRecordError('base-date', { path: at, value, command: fixCommand }, file);
    throw new BaseRecordError('base-shape', { path: at, command: fixCommand }, file);
  }
  return result.data;
}

/** Writes a translation's base record atomically, replacing any earlier one. Returns the file, relative to root. */
export async function writeBase(root: string, post: Post, locale: string, record: BaseRecord): Promise<string> {
  const file = basePath(post, locale);
  await writeFileAtomic(path.join(root, file), serialiseBase(record), { overwrite: true });
  return file;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) current = current !== null && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[key] : undefined;
  return current;
}
