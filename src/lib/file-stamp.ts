/**
 * Telling whether a file changed without reading it, by the rule git uses for
 * its index: a file whose size, modification and change times (in nanoseconds),
 * inode and device are all as recorded still holds the bytes recorded — unless
 * it was changed at or after the moment the record was taken ("racy"): a second
 * edit within the same clock tick leaves every one of those fields as it was, so
 * such a file is read and hashed again. The change time cannot be set by hand,
 * so a back-dated modification time (`touch -d`) does not hide an edit; a file
 * replaced by a rename has another inode; a time in the future is always racy.
 * @module
 */
import { hash } from 'node:crypto';
import { mkdirSync, statSync, writeFileSync, type BigIntStats } from 'node:fs';
import path from 'node:path';

/** The fields of a file's status that the stamp is made of. */
export type StampFields = Pick<BigIntStats, 'size' | 'mtimeNs' | 'ctimeNs' | 'ino' | 'dev'>;

/**
 * A file's stamp: equal stamps mean unchanged, unless racy (see isRacy). Files that
 * hard links are made to and removed from (a built site's pages, which search stages
 * as links) are stamped without the change time, which every link changes: pass
 * stats without `ctimeNs`. Their edits are still seen by size, modification time and
 * inode; only a write that puts the modification time back by hand is not.
 * @example stampOf({ size: 5n, mtimeNs: 10n, ctimeNs: 11n, ino: 7n, dev: 1n }) // '5:10:11:7:1'
 * @example stampOf({ size: 5n, mtimeNs: 10n, ino: 7n, dev: 1n }) // '5:10:7:1'
 */
export function stampOf(stats: Omit<StampFields, 'ctimeNs'> & Partial<Pick<StampFields, 'ctimeNs'>>): string {
  const { size, mtimeNs, ctimeNs, ino, dev } = stats;
  return ctimeNs === undefined ? `${size}:${mtimeNs}:${ino}:${dev}` : `${size}:${mtimeNs}:${ctimeNs}:${ino}:${dev}`;
}

/**
 * Whether a file's stamp cannot vouch for its bytes: it was modified or changed
 * at or after `since`, the file system's clock when the recorded bytes began to
 * be read (an edit in that same tick would leave the stamp as it was). Without
 * `ctimeNs` (see stampOf), the modification time alone.
 * @example isRacy({ mtimeNs: 9n, ctimeNs: 9n }, 10n) // false
 * @example isRacy({ mtimeNs: 9n, ctimeNs: 10n }, 10n) // true
 * @example isRacy({ mtimeNs: 9n }, 10n) // false
 */
export function isRacy(stats: Pick<StampFields, 'mtimeNs'> & Partial<Pick<StampFields, 'ctimeNs'>>, since: bigint): boolean {
  return stats.mtimeNs >= since || (stats.ctimeNs !== undefined && stats.ctimeNs >= since);
}

/**
 * The digest a file's bytes are recorded by: 128 bits of sha256.
 * @example digestOf(new TextEncoder().encode('a')) // 'ypeBEsobvcr6wjGzmiPcTa'
 */
export function digestOf(bytes: Uint8Array): string {
  return hash('sha256', bytes, 'base64url').slice(0, 22);
}

/** A folder entry as listings give it. */
export interface ListedEntry {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

const KINDS: Record<string, string> = { f: 'file', d: 'folder', l: 'link' };

/** An entry read back from a listing key. */
class KeptEntry implements ListedEntry {
  readonly name: string;
  private readonly kind: string;

  constructor(name: string, kind: string) {
    this.name = name;
    this.kind = kind;
  }

  isFile(): boolean {
    return this.kind === 'file';
  }

  isDirectory(): boolean {
    return this.kind === 'folder';
  }

  isSymbolicLink(): boolean {
    return this.kind === 'link';
  }
}

/**
 * A folder's listing as one string, names sorted, each with its kind: equal
 * strings mean no entry was added, removed, renamed or changed kind (file names
 * cannot hold NUL, so the string reads back unambiguously, see entriesOf).
 * @example listingKey([{ name: 'b.md', ...file }, { name: 'a', ...folder }]) // 'a\u0000d\u0000b.md\u0000f'
 */
export function listingKey(entries: readonly ListedEntry[]): string {
  const kind = (e: ListedEntry) => (e.isFile() ? 'f' : e.isDirectory() ? 'd' : e.isSymbolicLink() ? 'l' : 'o');
  return entries
    .map((e) => `${e.name}\u0000${kind(e)}`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .join('\u0000');
}

/**
 * The entries a listingKey was made of, sorted by name.
 * @example entriesOf('a\u0000d\u0000b.md\u0000f').map((e) => [e.name, e.isDirectory()]) // [['a', true], ['b.md', false]]
 */
export function entriesOf(key: string): ListedEntry[] {
  if (key === '') return [];
  const parts = key.split('\u0000');
  const entries: ListedEntry[] = [];
  for (let k = 0; k + 1 < parts.length; k += 2) entries.push(new KeptEntry(parts[k] ?? '', KINDS[parts[k + 1] ?? ''] ?? 'other'));
  return entries;
}

/**
 * The file system's clock: the modification time it gives `file` written now, which is the clock
 * that stamps files (the process's own may differ from it); null when the file cannot be written.
 * @example fileSystemClock('/site/node_modules/.astro/tandem/post-cache.json.clock') // 1764570000123456789n
 */
export function fileSystemClock(file: string): bigint | null {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '');
    return statSync(file, { bigint: true }).mtimeNs;
  } catch {
    return null;
  }
}
