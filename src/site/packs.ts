/**
 * Packs: the files the build's caches keep many small entries in (the render cache,
 * render-cache.ts, and the rendered bodies, version-bodies.ts), where a file per entry cost
 * thousands of file creations a build. A pack is lines of `<key>\t<JSON>\n` with keys of a
 * fixed length, written whole under a temporary name and renamed into place, so a pack seen
 * is complete; its name starts with the time it was made, so packs sort oldest first.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';

/** The extension of a finished pack (a pack being written has another). */
export const PACK = '.pack';
/** Packs a folder may hold before a run that writes one merges them into its own. */
export const MAX_PACKS = 8;

/**
 * A new pack's name without its extension: when it was made (base 36), then random, so
 * runs at the same time never share one and names sort oldest first.
 * @example packName() // 'mx3w6etc-b0d1cae47785'
 */
export function packName(): string {
  return `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`;
}

const TAB = 0x09;
const NEWLINE = 0x0a;

/** Where an entry's JSON is: its pack, and its byte range there. */
interface Place {
  pack: string;
  start: number;
  length: number;
}

/**
 * The complete lines of a pack whose keys are `keyLength` characters: each key and where its
 * JSON starts and how long it is, in bytes; a line without its end or in another shape is skipped.
 * @example packLines(Buffer.from(`${'a'.repeat(32)}\t{}\n`), 32) // [{ key: 'aaa…a', start: 33, length: 2 }]
 */
export function packLines(bytes: Buffer, keyLength: number): { key: string; start: number; length: number }[] {
  const lines: { key: string; start: number; length: number }[] = [];
  for (let at = 0; at < bytes.length; ) {
    const end = bytes.indexOf(NEWLINE, at);
    if (end < 0) break;
    if (end - at > keyLength && bytes[at + keyLength] === TAB) lines.push({ key: bytes.toString('latin1', at, at + keyLength), start: at + keyLength + 1, length: end - at - keyLength - 1 });
    at = end + 1;
  }
  return lines;
}

/** The packs in a folder, oldest first (none when it does not exist). */
export function packsIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith(PACK))
      .sort();
  } catch {
    return [];
  }
}

/**
 * The packs of one folder, indexed by key, for reading a few entries at a time (a page reads
 * its body): each pack indexed is kept open, so one another build merges away meanwhile stays
 * readable, and a key not found is looked up again in the packs added since (a build and the
 * dev server share the folder). Where packs hold a key more than once, the newest counts.
 */
export class PackIndex {
  readonly dir: string;
  private readonly keyLength: number;
  private readonly places = new Map<string, Place>();
  private readonly open = new Map<string, number>();

  constructor(dir: string, keyLength: number) {
    this.dir = dir;
    this.keyLength = keyLength;
  }

  /**
   * Indexes the packs not indexed yet (a pack removed meanwhile is skipped), and lets go of
   * those another run has merged away since: a long `astro dev` session would otherwise hold
   * every merged pack's disk space until it ends.
   */
  refresh(): void {
    const now = packsIn(this.dir);
    const gone = new Set([...this.open.keys()].filter((pack) => !now.includes(pack)));
    for (const pack of now) {
      if (this.open.has(pack)) continue;
      let fd: number;
      try {
        fd = openSync(path.join(this.dir, pack), 'r');
      } catch {
        continue;
      }
      this.open.set(pack, fd);
      for (const { key, start, length } of packLines(readFileSync(fd), this.keyLength)) this.places.set(key, { pack, start, length });
    }
    if (gone.size === 0) return;
    // What a merge kept is in the pack it wrote, indexed above; only what it did not is forgotten.
    for (const [key, place] of this.places) if (gone.has(place.pack)) this.places.delete(key);
    for (const pack of gone) {
      closeSync(this.open.get(pack) as number);
      this.open.delete(pack);
    }
  }

  /** The packs indexed so far. */
  indexedPacks(): string[] {
    return [...this.open.keys()];
  }

  /** The keys in the packs indexed so far. */
  keys(): IterableIterator<string> {
    return this.places.keys();
  }

  /** Whether a key is in a pack indexed so far. */
  has(key: string): boolean {
    return this.places.has(key);
  }

  /** A key's JSON as stored, looking in packs added since when it is not indexed; undefined when no pack holds it. */
  read(key: string): string | undefined {
    if (!this.places.has(key)) this.refresh();
    const place = this.places.get(key);
    const fd = place && this.open.get(place.pack);
    if (!place || fd === undefined) return undefined;
    const buffer = Buffer.allocUnsafe(place.length);
    return readSync(fd, buffer, 0, place.length, place.start) === place.length ? buffer.toString('utf8') : undefined;
  }

  /** Closes the packs (a store that merged them removes them next). */
  close(): void {
    for (const fd of this.open.values()) closeSync(fd);
    this.open.clear();
    this.places.clear();
  }
}
