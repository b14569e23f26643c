import { createReadStream } from 'node:fs';
import sax from 'sax';
import { ImportError } from './errors.ts';

/** A taxonomy term of an item (`<category domain="post_tag" nicename="students">Students</category>`). */
export interface ItemTerm {
  domain: string;
  nicename: string;
  label: string;
}

/** One `<item>` of a WordPress export, with the fields the importer uses. */
export interface WxrItem {
  id: number;
  title: string;
  link: string;
  guid: string;
  content: string;
  excerpt: string;
  /** `post_name`: the slug, possibly percent-encoded (Chinese slugs). */
  name: string;
  /** `YYYY-MM-DD HH:MM:SS`, site-local time. */
  date: string;
  /** RSS's `pubDate` (RFC 822), which tools that make WXR files without WordPress may give instead. */
  pubDate: string;
  modified: string;
  status: string;
  type: string;
  password: string;
  parent: number;
  menuOrder: number;
  attachmentUrl: string;
  terms: ItemTerm[];
  meta: Record<string, string>;
  /** Approved comments (`<wp:comment>` with `comment_approved` 1): Tandem has no comments, so the report counts them. */
  comments: number;
}

/** A site-wide term (`<wp:category>`, `<wp:tag>` or `<wp:term>`). */
export interface ChannelTerm {
  id: number;
  taxonomy: string;
  slug: string;
  name: string;
  description: string;
  parent: string;
}

/** The export's channel: site facts and every term. */
export interface WxrChannel {
  title: string;
  link: string;
  language: string;
  wxrVersion: string;
  baseSiteUrl: string;
  baseBlogUrl: string;
  terms: ChannelTerm[];
}

const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: 'title', link: 'link', guid: 'guid', 'content:encoded': 'content', 'excerpt:encoded': 'excerpt',
  'wp:post_id': 'id', 'wp:post_name': 'name', 'wp:post_date': 'date', pubDate: 'pubDate', 'wp:post_modified': 'modified', 'wp:status': 'status',
  'wp:post_type': 'type', 'wp:post_password': 'password', 'wp:post_parent': 'parent', 'wp:menu_order': 'menuOrder', 'wp:attachment_url': 'attachmentUrl',
};
const CHANNEL_FIELDS: Record<string, keyof WxrChannel> = {
  title: 'title', link: 'link', language: 'language', 'wp:wxr_version': 'wxrVersion', 'wp:base_site_url': 'baseSiteUrl', 'wp:base_blog_url': 'baseBlogUrl',
};
const TERM_ELEMENTS = new Set(['wp:category', 'wp:tag', 'wp:term']);
const TERM_FIELDS: Record<string, keyof ChannelTerm> = {
  'wp:term_id': 'id', 'wp:term_taxonomy': 'taxonomy', 'wp:term_slug': 'slug', 'wp:category_nicename': 'slug', 'wp:tag_slug': 'slug',
  'wp:term_name': 'name', 'wp:cat_name': 'name', 'wp:tag_name': 'name', 'wp:term_description': 'description', 'wp:category_description': 'description',
  'wp:tag_description': 'description', 'wp:term_parent': 'parent', 'wp:category_parent': 'parent',
};
const NUMERIC = new Set<string>(['id', 'parent', 'menuOrder']);

/**
 * A numeric field (`wp:post_id`, `wp:post_parent`…) as a number; 0 (none) for
 * anything that is not a whole number JavaScript holds exactly.
 * @example wordPressId('99999999999999999999') // 0
 */
export function wordPressId(value: string): number {
  const id = /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : 0;
  return Number.isSafeInteger(id) ? id : 0;
}

const emptyItem = (): WxrItem => ({
  id: 0, title: '', link: '', guid: '', content: '', excerpt: '', name: '', date: '', pubDate: '', modified: '', status: '', type: '', password: '',
  parent: 0, menuOrder: 0, attachmentUrl: '', terms: [], meta: {}, comments: 0,
});
const emptyChannel = (): WxrChannel => ({ title: '', link: '', language: '', wxrVersion: '', baseSiteUrl: '', baseBlogUrl: '', terms: [] });

/**
 * Where the first invalid UTF-8 byte of a chunk is, found by bisecting with a fatal
 * decoder (a prefix stays decodable up to the bad byte).
 */
function firstBadByte(chunk: Uint8Array, pending: Uint8Array): number {
  let low = 0;
  let high = chunk.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      const decoder = new TextDecoder('utf-8', { fatal: true });
      decoder.decode(pending, { stream: true });
      decoder.decode(chunk.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}

function countLines(bytes: Uint8Array): number {
  let lines = 0;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) lines++;
  return lines;
}

/**
 * Streams a WordPress eXtended RSS export (WXR 1.0–1.2; CDATA or escaped fields),
 * calling `onItem` for each `<item>` in file order and returning the channel. Memory
 * stays bounded by the largest item, so a 200 MB export needs a few MB here.
 * Throws an ImportError for a file that is not UTF-8, not XML, not a WordPress
 * export, or cut short — always before the end, so callers can check a whole file
 * (a first pass) before writing anything.
 */
export async function readWxr(file: string, onItem: (item: WxrItem, channel: WxrChannel) => void | Promise<void>): Promise<WxrChannel> {
  const parser = sax.parser(true, { trim: false, normalize: false, position: true });
  const channel = emptyChannel();
  const stack: string[] = [];
  const ready: WxrItem[] = [];
  let item: WxrItem | undefined;
  let term: ChannelTerm | undefined;
  let metaKey = '';
  let text = '';
  let rootSeen = false;
  let closed = false;
  let xmlError: Error | undefined;
  const fail = (code: 'import-not-wxr' | 'import-not-xml'): never => {
    throw new ImportError(code, { file, line: parser.line + 1 });
  };

  parser.onopentag = (node) => {
    const name = node.name;
    if (!rootSeen) {
      rootSeen = true;
      if (name !== 'rss') fail('import-not-wxr');
    }
    if (name === 'item' && stack.at(-1) === 'channel') {
      if (!channel.wxrVersion) fail('import-not-wxr');
      item = emptyItem();
    } else if (item && name === 'category') {
      const attributes = node.attributes as Record<string, string>;
      item.terms.push({ domain: attributes.domain ?? 'category', nicename: attributes.nicename ?? '', label: '' });
    } else if (!item && TERM_ELEMENTS.has(name) && stack.at(-1) === 'channel') {
      term = { id: 0, taxonomy: name === 'wp:category' ? 'category' : name === 'wp:tag' ? 'post_tag' : '', slug: '', name: '', description: '', parent: '' };
    }
    stack.push(name);
    text = '';
  };
  parser.ontext = (value) => void (text += value);
  parser.oncdata = (value) => void (text += value);
  parser.onclosetag = (name) => {
    stack.pop();
    const parent = stack.at(-1);
    const value = text;
    text = '';
    if (item) {
      if (name === 'item') {
        ready.push(item);
        item = undefined;
      } else if (name === 'category' && parent === 'item') {
        const last = item.terms.at(-1);
        if (last) last.label = value.trim();
      } else if (name === 'wp:comment_approved' && value.trim() === '1') item.comments++;
      else if (name === 'wp:meta_key') metaKey = value.trim();
      else if (name === 'wp:meta_value') item.meta[metaKey] = value;
      else if (parent === 'item' && ITEM_FIELDS[name]) {
        const field = ITEM_FIELDS[name];
        (item as unknown as Record<string, unknown>)[field] = NUMERIC.has(field) ? wordPressId(value) : field === 'content' || field === 'excerpt' ? value : value.trim();
      }
    } else if (term) {
      if (TERM_ELEMENTS.has(name)) {
        channel.terms.push(term);
        term = undefined;
      } else if (TERM_FIELDS[name]) {
        const field = TERM_FIELDS[name];
        (term as unknown as Record<string, unknown>)[field] = field === 'id' ? wordPressId(value) : value.trim();
      }
    } else if (parent === 'channel' && CHANNEL_FIELDS[name]) {
      channel[CHANNEL_FIELDS[name]] = value.trim() as never;
    } else if (name === 'rss') closed = true;
  };
  let errorLine = 0;
  parser.onerror = (error) => {
    // sax goes on after an error and may report its consequences too: the first is the one to fix.
    if (!xmlError) errorLine = parser.line + 1;
    xmlError ??= error;
  };

  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytesRead = 0;
  let linesRead = 0;
  let first = true;
  let pending: Uint8Array = new Uint8Array(0);
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
      if (first) {
        first = false;
        checkFileStart(chunk, file);
      }
      let decoded: string;
      try {
        decoded = decoder.decode(chunk, { stream: true });
      } catch {
        const bad = firstBadByte(chunk, pending);
        const line = linesRead + countLines(chunk.subarray(0, bad)) + 1;
        throw new ImportError('import-encoding-bytes', { file, line, offset: bytesRead + bad });
      }
      pending = chunk.subarray(Math.max(0, chunk.length - 3));
      bytesRead += chunk.length;
      linesRead += countLines(chunk);
      parser.write(decoded);
      if (xmlError) break;
      for (const done of ready.splice(0)) await onItem(done, channel);
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('import-unreadable', { file, message: (error as Error).message });
  }
  const streamError = xmlError;
  // Closing reports a file cut short as unclosed tags: that is truncation, not malformed XML.
  const lastLine = parser.line + 1;
  if (!streamError) parser.close();
  if (!rootSeen) throw new ImportError('import-not-xml', { file, line: errorLine || 1 });
  if (streamError) {
    const reason = streamError.message.split('\n')[0] ?? '';
    throw new ImportError('import-malformed', { file, line: errorLine, message: reason });
  }
  if (!closed) throw truncated(file, lastLine);
  if (!channel.wxrVersion) fail('import-not-wxr');
  for (const done of ready.splice(0)) await onItem(done, channel);
  return channel;
}

function truncated(file: string, line: number): ImportError {
  return new ImportError('import-truncated', { file, line });
}

// WordPress.com sends its export as a zip; some hosts and browsers gzip it.
const ARCHIVES: [string, number[]][] = [['zip', [0x50, 0x4b, 0x03, 0x04]], ['gzip', [0x1f, 0x8b]]];

/**
 * Rejects an export that is still compressed, or declares another encoding: WordPress
 * writes UTF-8, so such a file was converted on the way.
 */
function checkFileStart(chunk: Buffer, file: string): void {
  const archive = ARCHIVES.find(([, magic]) => magic.every((byte, i) => chunk[i] === byte));
  if (archive) throw new ImportError('import-archive', { file, kind: archive[0] });
  const head = chunk.subarray(0, 200).toString('latin1');
  const declared = /^\uFEFF?\s*<\?xml[^>]*encoding=["']([^"']+)["']/.exec(head.replace(/^\xEF\xBB\xBF/, ''))?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) {
    throw new ImportError('import-encoding-declared', { file, encoding: declared });
  }
}
