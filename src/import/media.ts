import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { originalCandidates, uploadPath, type OldSite } from './old-urls.ts';

/** A file to put in an item's folder: from the uploads copy, or (with --fetch-media) from the old site. */
export interface MediaCopy {
  /** Item folder, relative to the project root. */
  dir: string;
  name: string;
  /** Absolute path in the uploads folder, or undefined when it has to be downloaded. */
  from: string | undefined;
  /** The original's address on the old site, for downloading and for the report. */
  url: string;
  /** The file itself, for a picture pasted into the post as a `data:` address. */
  bytes?: Buffer;
}

const DATA_TYPES: Record<string, string> = { png: 'png', jpeg: 'jpg', jpg: 'jpg', gif: 'gif', webp: 'webp', avif: 'avif', 'svg+xml': 'svg' };

/**
 * The file a `data:image/…` address holds (a picture pasted into the classic editor),
 * with its extension; undefined for another type or an address that does not decode.
 * @example dataImage('data:image/png;base64,iVBORw0KGgo=')?.extension // 'png'
 */
export function dataImage(url: string): { extension: string; bytes: Buffer } | undefined {
  const match = /^data:image\/([\w+.-]+)((?:;[\w-]+=[^;,]*)*)(;base64)?,(.*)$/is.exec(url.trim());
  const extension = match && DATA_TYPES[(match[1] ?? '').toLowerCase()];
  if (!match || !extension) return undefined;
  const data = match[4] ?? '';
  let bytes: Buffer;
  try {
    bytes = match[3] ? Buffer.from(data.replace(/\s+/g, ''), 'base64') : Buffer.from(decodeURIComponent(data), 'utf8');
  } catch {
    return undefined;
  }
  return bytes.length > 0 ? { extension, bytes } : undefined;
}

// Names an item folder uses for its own files.
const RESERVED = /\.(md|ya?ml|json)$/i;

/**
 * Decides where each upload a post uses goes: its original file (WordPress's resized
 * copies, `srcset` entries and CDN URLs all lead back to it) is copied once into the
 * item's folder and linked as `./<name>`. Records missing files instead of linking
 * back to the old host.
 */
export class MediaPlan {
  readonly copies: MediaCopy[] = [];
  readonly missing: { dir: string; url: string }[] = [];
  private readonly named = new Map<string, string | null>();
  private readonly site: OldSite;
  private readonly uploads: string | undefined;
  private readonly fetch: boolean;

  constructor(site: OldSite, uploads: string | undefined, fetch: boolean) {
    this.site = site;
    this.uploads = uploads;
    this.fetch = fetch;
  }

  /**
   * The local link for a media URL used in item folder `dir`: `./name`, `null` when
   * the file is missing, undefined when the URL is not an upload of the old site.
   */
  resolve(url: string, dir: string): string | null | undefined {
    if (/^data:/i.test(url)) return this.pasted(url, dir);
    const upload = uploadPath(url, this.site);
    if (upload === undefined) return undefined;
    const candidates = originalCandidates(upload);
    const found = this.uploads === undefined ? undefined : candidates.find((c) => existsSync(path.join(this.uploads as string, c)));
    const chosen = found ?? candidates[0] ?? upload;
    const key = `${dir}\0${chosen}`;
    const known = this.named.get(key);
    if (known !== undefined) return known;
    if (!found && !this.fetch) {
      this.missing.push({ dir, url });
      this.named.set(key, null);
      return null;
    }
    const name = this.nameIn(dir, chosen);
    const originalUrl = new URL(`wp-content/uploads/${chosen}`, new URL('/', this.site.base)).href;
    this.copies.push({ dir, name, from: found && path.join(this.uploads as string, found), url: found ? url : originalUrl });
    this.named.set(key, `./${name}`);
    return `./${name}`;
  }

  // A pasted picture becomes a file named by its content: the same picture twice is one file, and a re-run names it alike.
  private pasted(url: string, dir: string): string | null {
    const image = dataImage(url);
    const shown = url.length > 60 ? `${url.slice(0, 60)}…` : url;
    if (!image) {
      this.missing.push({ dir, url: shown });
      return null;
    }
    const name = `pasted-${createHash('sha256').update(image.bytes).digest('hex').slice(0, 12)}.${image.extension}`;
    if (!this.copies.some((c) => c.dir === dir && c.name === name)) this.copies.push({ dir, name, from: undefined, url: shown, bytes: image.bytes });
    return `./${name}`;
  }

  // The file's own name, unless another upload in the same folder has it (2021/02/a.jpg and 2021/03/a.jpg).
  private nameIn(dir: string, upload: string): string {
    const base = path.posix.basename(upload).replace(/[^\w.-]+/g, '-');
    const taken = new Set(this.copies.filter((c) => c.dir === dir).map((c) => c.name));
    let name = RESERVED.test(base) ? `${base}.file` : base;
    if (taken.has(name)) name = upload.replace(/[^\w.-]+/g, '-');
    for (let n = 2; taken.has(name); n++) name = `${n}-${base}`;
    return name;
  }
}
