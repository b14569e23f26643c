/**
 * Values worked out from files (a page's search digest, a page kept for the next build),
 * recorded with each file's stamp and trusted by file-stamp.ts's rule for files that hard
 * links are made to (no change time: search stages built pages as links). The record's
 * moment is read from the file system's own clock, by touching the record before any file
 * is looked at.
 * @module
 */
import type { BigIntStats } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isRacy, stampOf } from './file-stamp.ts';

type StampFields = Pick<BigIntStats, 'size' | 'mtimeNs' | 'ino' | 'dev'>;

/** A record being read (what the last run kept) or written (what this run found). */
export interface StampRecord<T> {
  /** The file system's clock when the record was begun, ns. */
  at: bigint;
  /** Key (a path) → the file's stamp and the value worked out from it. */
  entries: Map<string, { stamp: string; value: T }>;
}

/**
 * A built file's stamp: file-stamp.ts's, without the change time.
 * @example fileStamp({ size: 5n, mtimeNs: 10n, ctimeNs: 12n, ino: 7n, dev: 1n }) // '5:10:7:1'
 */
export function fileStamp({ size, mtimeNs, ino, dev }: StampFields): string {
  return stampOf({ size, mtimeNs, ino, dev });
}

/**
 * The value recorded for `key` when `stats` show its file unchanged since, else undefined.
 * @example recorded({ at: 20n, entries: new Map([['a', { stamp: '5:10:7:1', value: 'x' }]]) }, 'a', { size: 5n, mtimeNs: 10n, ino: 7n, dev: 1n }) // { value: 'x' }
 */
export function recorded<T>(record: StampRecord<T> | undefined, key: string, stats: StampFields): { value: T } | undefined {
  const entry = record?.entries.get(key);
  if (!record || !entry || isRacy({ mtimeNs: stats.mtimeNs }, record.at) || entry.stamp !== fileStamp(stats)) return undefined;
  return { value: entry.value };
}

/** The record in `file` (written by writeStampRecord with this `version`), or undefined. */
export async function readStampRecord<T>(file: string, version: number): Promise<StampRecord<T> | undefined> {
  try {
    const json = JSON.parse(await readFile(file, 'utf8')) as { version: number; at: string; entries: [string, string, T][] };
    if (json.version !== version || typeof json.at !== 'string' || !Array.isArray(json.entries)) return undefined;
    return { at: BigInt(json.at), entries: new Map(json.entries.map(([key, stamp, value]) => [key, { stamp, value }])) };
  } catch {
    return undefined;
  }
}

/**
 * Begins a new record in `file`: empties it (so a run that stops halfway leaves nothing to
 * trust) and returns the file system's clock at that moment.
 */
export async function beginStampRecord<T>(file: string): Promise<StampRecord<T>> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, '');
  return { at: (await stat(file, { bigint: true })).mtimeNs, entries: new Map() };
}

/** Writes a record begun with beginStampRecord. */
export async function writeStampRecord<T>(file: string, version: number, record: StampRecord<T>): Promise<void> {
  const entries = [...record.entries].map(([key, { stamp, value }]) => [key, stamp, value]);
  await writeFile(file, JSON.stringify({ version, at: String(record.at), entries }));
}
