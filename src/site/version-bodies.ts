/**
 * The bulk of each rendered version (its HTML, its headings, and a written
 * version's blocks as written) kept out of Astro's data store, in packs under
 * Astro's cacheDir (packs.ts), by a name made from a hash of its contents; the
 * store holds that name.
 *
 * Why: a build turns the whole data store into one JavaScript module
 * (`JSON.parse("…")`), so every byte in it is parsed by the bundler, lexed by
 * es-module-lexer (whose WebAssembly memory never shrinks), and then held by the
 * build's process four times while it generates pages: the module's source, its
 * string literal, the parsed store, and the content layer's own copy. At 2,000
 * posts the bodies were most of a 46 MB store. Here each page reads the few
 * bodies it shows, and they are garbage once it is written.
 *
 * Packs, not a file per body: creating 5,233 small files (and reading them back one by
 * one) took ~2 s of a cold 2,000-post build's content phase and ~2.8 s of system CPU on a
 * 2-core VM; a run now writes the bodies it adds as one pack. Named by their contents,
 * bodies are never stale, and builds running at the same time share the packs.
 * @module
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TocHeading } from '../pipeline/index.ts';
import { TandemError } from '../lib/errors.ts';
import { writeError } from '../lib/write-file.ts';
import { MAX_PACKS, PACK, PackIndex, packName, packsIn } from './packs.ts';

/** What a version's own page shows beyond its fields. */
export interface VersionBody {
  html: string;
  /** h2–h4, in order, for the table of contents. */
  headings: TocHeading[];
  /** A written post version's top-level blocks as written, for its review page (see RenderedVersion). */
  blocks?: string[];
}

/** The folder of the bodies under Astro's cacheDir. */
export function bodiesDir(cacheDir: URL): string {
  return fileURLToPath(new URL('tandem/bodies/', cacheDir));
}

// Body names are this many hex digits.
const NAME_LENGTH = 32;

/**
 * The name a body is stored under: a hash of its JSON.
 * @example bodyId('{"html":"<p>Hi</p>","headings":[]}') // 32 hex digits
 */
export function bodyId(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, NAME_LENGTH);
}

/** A body and its name (see bodyId), as a rendering carries them. */
export interface NamedBody {
  id: string;
  body: VersionBody;
}

/**
 * What a rendering's own page shows beyond its fields.
 * @example versionBody({ html: '<p>Hi</p>', headings: [], blocks: [{ text: 'Hi' }] }) // { html: '<p>Hi</p>', headings: [], blocks: ['Hi'] }
 */
export function versionBody({ html, headings, blocks }: { html: string; headings: TocHeading[]; blocks?: readonly { text: string }[] }): VersionBody {
  return { html, headings, ...(blocks && { blocks: blocks.map((block) => block.text) }) };
}

/**
 * A rendering's body with its name, worked out where the version is rendered
 * (render-task.ts), so a build that takes it from the render cache neither serialises nor
 * hashes it again.
 * @example namedBody({ html: '<p>Hi</p>', headings: [] }).id // bodyId('{"html":"<p>Hi</p>","headings":[]}')
 */
export function namedBody(rendering: Parameters<typeof versionBody>[0]): NamedBody {
  const body = versionBody(rendering);
  return { id: bodyId(JSON.stringify(body)), body };
}

// Bodies are written to the pack in pieces of about this many characters.
const WRITE_AT = 1 << 20;
// The folders of a body per file (before packs): left from an older version, removed.
const OLD_SHARD = /^[0-9a-f]{2}$/;
// A pack being written; one older than a day is left from a run that stopped halfway.
const TEMP = '.tmp';
const LEFT_OVER_AFTER = 24 * 60 * 60 * 1000;

/**
 * Where a build stores the bodies it renders, as they are rendered: the bodies no pack
 * holds yet are appended to a pack of this run's, which {@link BodyStore.save} puts in place
 * before the pages are generated. In a folder with {@link MAX_PACKS} packs or more, the run's
 * pack also takes every body of the packs it read, which it then removes: the packs stay few,
 * and no body another build may be reading is lost (one reading a pack removed keeps it open).
 * Bodies are never removed, as their names never go stale: an edit leaves a few KB. A failed
 * write fails the build: its pages could not be made.
 */
export class BodyStore {
  readonly dir: string;
  private readonly packs: PackIndex;
  // Every body stored in this run, and those of them waiting to be written.
  private readonly stored = new Set<string>();
  private waiting: string[] = [];
  private waitingLength = 0;
  private pack: { file: string; fd: number } | undefined;
  private indexed = false;

  constructor(dir: string) {
    this.dir = dir;
    this.packs = new PackIndex(dir, NAME_LENGTH);
  }

  /** Stores each body not stored yet. */
  store(bodies: Iterable<NamedBody>): void {
    if (!this.indexed) this.packs.refresh();
    this.indexed = true;
    for (const { id, body } of bodies) {
      if (this.stored.has(id)) continue;
      this.stored.add(id);
      if (!this.packs.has(id)) this.append(id, JSON.stringify(body));
    }
  }

  /** Puts this run's pack in place (see the class's doc); nothing when it added no body. */
  save(): void {
    const merge = packsIn(this.dir).length >= MAX_PACKS;
    // Every body of the packs merged, not only this run's: another build may be reading them.
    for (const id of merge ? this.packs.keys() : []) {
      const json = this.packs.read(id);
      if (json !== undefined) this.append(id, json);
    }
    this.write();
    const pack = this.pack;
    if (!pack) return;
    this.pack = undefined;
    // Only the packs this run read: one another build added meanwhile may hold bodies it needs.
    const read = merge ? this.packs.indexedPacks() : [];
    try {
      closeSync(pack.fd);
      renameSync(pack.file, pack.file.slice(0, -TEMP.length) + PACK);
    } catch (error) {
      rmSync(pack.file, { force: true });
      throw writeError(error, this.dir);
    }
    this.packs.close();
    this.indexed = false;
    for (const name of read) rmSync(path.join(this.dir, name), { force: true });
    this.clearLeftovers();
  }

  // Folders of a body per file (from before packs), and packs a run that stopped halfway left unfinished.
  private clearLeftovers(): void {
    const before = Date.now() - LEFT_OVER_AFTER;
    for (const entry of readdirSync(this.dir, { withFileTypes: true })) {
      const file = path.join(this.dir, entry.name);
      const left = entry.isDirectory() ? OLD_SHARD.test(entry.name) : entry.name.endsWith(TEMP) && (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? before) < before;
      if (left) rmSync(file, { recursive: true, force: true });
    }
  }

  /** Drops what was not saved (a run that failed before its pages). */
  discard(): void {
    if (this.pack) {
      closeSync(this.pack.fd);
      rmSync(this.pack.file, { force: true });
    }
    this.pack = undefined;
    this.waiting = [];
    this.packs.close();
  }

  private append(id: string, json: string): void {
    const line = `${id}\t${json}\n`;
    this.waiting.push(line);
    this.waitingLength += line.length;
    if (this.waitingLength >= WRITE_AT) this.write();
  }

  private write(): void {
    if (this.waiting.length === 0) return;
    try {
      if (!this.pack) {
        mkdirSync(this.dir, { recursive: true });
        const file = path.join(this.dir, `${packName()}${TEMP}`);
        this.pack = { file, fd: openSync(file, 'wx') };
      }
      writeSync(this.pack.fd, this.waiting.join(''));
    } catch (error) {
      throw writeError(error, this.dir);
    }
    this.waiting = [];
    this.waitingLength = 0;
  }
}

// The packs of each folder, indexed once per process (a page reads a few bodies).
const foldersRead = new Map<string, PackIndex>();

/** A stored body, read for the page that shows it. */
export function readBody(dir: string, id: string): VersionBody {
  let packs = foldersRead.get(dir);
  if (!packs) foldersRead.set(dir, (packs = new PackIndex(dir, NAME_LENGTH)));
  const json = packs.read(id);
  try {
    if (json !== undefined) return JSON.parse(json) as VersionBody;
  } catch {
    // As missing: the next run writes it again.
  }
  // Only a cache cleared while the site was built or served gets here.
  throw new TandemError('rendered-body-missing', { folder: dir });
}
