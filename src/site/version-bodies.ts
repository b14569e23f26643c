/**
 * The bulk of each rendered version (its HTML, its headings, and a written
 * version's blocks as written) kept out of Astro's data store, in files under
 * Astro's cacheDir named by a hash of their contents; the store holds that name.
 *
 * Why: a build turns the whole data store into one JavaScript module
 * (`JSON.parse("…")`), so every byte in it is parsed by the bundler, lexed by
 * es-module-lexer (whose WebAssembly memory never shrinks), and then held by the
 * build's process four times while it generates pages: the module's source, its
 * string literal, the parsed store, and the content layer's own copy. At 2,000
 * posts the bodies were most of a 46 MB store. Here each page reads the few
 * bodies it shows, and they are garbage once it is written.
 *
 * Named by their contents, the files are never stale, and builds running at the
 * same time can share them (each is written to a temporary name, then renamed).
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TocHeading } from '../pipeline/index.ts';
import { TandemError } from '../lib/errors.ts';
import { writeFileAtomicSync } from '../lib/write-file.ts';

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

/**
 * The name a body is stored under: a hash of its JSON.
 * @example bodyId('{"html":"<p>Hi</p>","headings":[]}') // 32 hex digits
 */
export function bodyId(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 32);
}

function bodyFile(dir: string, id: string): string {
  return path.join(dir, id.slice(0, 2), `${id}.json`);
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

/**
 * Where a build stores the bodies it renders, as they are rendered: each is written once (one
 * already there is left as it is), in the build's thread, synchronously: thousands of small
 * files cost more in round trips to the thread pool than in writing. A failed write fails
 * the build: its pages could not be made.
 */
export class BodyStore {
  readonly dir: string;
  // Bodies known to be stored, and shard folders made, in this run.
  private readonly stored = new Set<string>();
  private readonly folders = new Set<string>();

  constructor(dir: string) {
    this.dir = dir;
  }

  /** Stores each body not stored yet. */
  store(bodies: Iterable<NamedBody>): void {
    for (const { id, body } of bodies) {
      if (this.stored.has(id)) continue;
      const file = bodyFile(this.dir, id);
      if (!existsSync(file)) {
        const folder = path.dirname(file);
        if (!this.folders.has(folder)) mkdirSync(folder, { recursive: true });
        this.folders.add(folder);
        writeFileAtomicSync(file, JSON.stringify(body));
      }
      this.stored.add(id);
    }
  }
}

/** A stored body, read for the page that shows it. */
export function readBody(dir: string, id: string): VersionBody {
  const file = bodyFile(dir, id);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as VersionBody;
  } catch {
    // Only a cache cleared while the site was built or served gets here: the next run writes it again.
    throw new TandemError('rendered-body-missing', { folder: dir }, { file });
  }
}
