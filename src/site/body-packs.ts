/**
 * Where each stored body is: the packs of a bodies folder (version-bodies.ts), indexed by
 * body name. A pack is lines of `<name>\t<JSON>\n`, written whole under a temporary name
 * and renamed into place, so a pack seen is complete. Each pack indexed is kept open: a pack
 * another build merges away meanwhile stays readable, and a name not found yet is looked up
 * again in the packs added since (a build and the dev server share the folder).
 * @module
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';

/** The extension of a finished pack (a pack being written has another). */
export const PACK = '.pack';
/** Body names are this many hex digits (bodyId in version-bodies.ts). */
export const NAME_LENGTH = 32;

const TAB = 0x09;
const NEWLINE = 0x0a;

/** Where a body's JSON is: its pack, and its byte range there. */
interface Place {
  pack: string;
  start: number;
  length: number;
}

/**
 * The complete lines of a pack: each body's name and where its JSON starts and how long
 * it is, in bytes; a line without its end or in another shape is skipped.
 * @example packLines(Buffer.from(`${'a'.repeat(32)}\t{}\n`)) // [{ name: 'aaa…a', start: 33, length: 2 }]
 */
export function packLines(bytes: Buffer): { name: string; start: number; length: number }[] {
  const lines: { name: string; start: number; length: number }[] = [];
  for (let at = 0; at < bytes.length; ) {
    const end = bytes.indexOf(NEWLINE, at);
    if (end < 0) break;
    if (end - at > NAME_LENGTH && bytes[at + NAME_LENGTH] === TAB) lines.push({ name: bytes.toString('latin1', at, at + NAME_LENGTH), start: at + NAME_LENGTH + 1, length: end - at - NAME_LENGTH - 1 });
    at = end + 1;
  }
  return lines;
}

/** The packs of one bodies folder, indexed by body name (see the module's doc). */
export class BodyPacks {
  readonly dir: string;
  private readonly places = new Map<string, Place>();
  private readonly open = new Map<string, number>();

  constructor(dir: string) {
    this.dir = dir;
  }

  /** The packs in the folder now (none when it does not exist). */
  packs(): string[] {
    try {
      return readdirSync(this.dir).filter((name) => name.endsWith(PACK));
    } catch {
      return [];
    }
  }

  /** Indexes the packs not indexed yet; a pack removed meanwhile is skipped. */
  refresh(): void {
    for (const pack of this.packs()) {
      if (this.open.has(pack)) continue;
      let fd: number;
      try {
        fd = openSync(path.join(this.dir, pack), 'r');
      } catch {
        continue;
      }
      this.open.set(pack, fd);
      for (const { name, start, length } of packLines(readFileSync(fd))) this.places.set(name, { pack, start, length });
    }
  }

  /** The packs indexed so far. */
  indexedPacks(): string[] {
    return [...this.open.keys()];
  }

  /** The names of the bodies in the packs indexed so far. */
  names(): IterableIterator<string> {
    return this.places.keys();
  }

  /** Whether a body is in a pack indexed so far. */
  has(name: string): boolean {
    return this.places.has(name);
  }

  /** A body's JSON as stored, looking in packs added since when it is not indexed; undefined when no pack holds it. */
  read(name: string): string | undefined {
    if (!this.places.has(name)) this.refresh();
    const place = this.places.get(name);
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
