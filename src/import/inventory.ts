import type { SiteConfig } from '../config/schema.ts';
import { mapLanguage, scriptCounts, unmappable } from './languages.ts';
import { readWxr, type ItemTerm, type WxrChannel, type WxrItem } from './wxr-reader.ts';

/** An uploaded file (`post_type` attachment). */
export interface Attachment {
  id: number;
  url: string;
  parent: number;
  alt: string;
}

/** A link in a post's body whose text names another language's version ("中文版"). */
export interface PairLink {
  href: string;
  locale: string;
}

/** A published post or page, with what pairing, planning and reporting need (not its body). */
export interface Candidate {
  id: number;
  kind: 'post' | 'page';
  title: string;
  name: string;
  link: string;
  guid: string;
  /** `YYYY-MM-DD HH:MM:SS`, site-local. */
  date: string;
  modified: string;
  parent: number;
  terms: ItemTerm[];
  thumbnailId: number | undefined;
  /** WPML's language and translation group, when its export add-on wrote them. */
  wpml: { locale: string; group: string } | undefined;
  scripts: Record<string, number>;
  pairLinks: PairLink[];
  /** The hand-written excerpt, as plain text. */
  excerpt: string;
  comments: number;
}

/** Why an item is not imported. */
export type SkipReason = 'draft' | 'pending' | 'private' | 'trash' | 'future' | 'password' | 'auto-draft' | 'other-status' | 'other-type' | 'bad-date';

/** An item left out, for the report. */
export interface Skipped {
  id: number;
  title: string;
  type: string;
  reason: SkipReason;
}

/** A post or page whose `<wp:post_id>` is missing or another item's: it is imported under a stand-in id below 0. */
export interface Renumbered {
  /** The stand-in id, unique in the import. */
  id: number;
  /** The id the export gave (0 when it gave none). */
  original: number;
  title: string;
}

/** Everything the first pass learns from an export. */
export interface Inventory {
  channel: WxrChannel;
  candidates: Candidate[];
  attachments: Map<number, Attachment>;
  skipped: Skipped[];
  /** The item's position among the export's `<item>`s → its stand-in id. */
  renumbered: Map<number, Renumbered>;
  /** Synced patterns (`wp_block` items), by id: their content, for the posts that include them. */
  patterns: Map<number, string>;
}

/**
 * A copy of a string that holds nothing else alive. The XML parser's strings are
 * slices of the 256 KB chunk they were read from; keeping a title would keep its whole
 * chunk, and so, over an export, most of the file.
 * @example detach('Title') // 'Title'
 */
export function detach(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

const KNOWN_STATUSES = new Set(['draft', 'pending', 'private', 'trash', 'future', 'auto-draft']);
const LINK = /<a\s[^>]*?href\s*=\s*["']([^"']+)["'][^>]*>([\s\S]*?)<\/a>/gi;
const decodeEntities = (text: string) => text.replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
const plain = (html: string) => decodeEntities(html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();

/**
 * Normalises a link's text for comparing with the phrases that name a language's
 * version: case, spaces, brackets and arrows do not matter.
 * @example normalisePhrase(' [中文版] → ') // '中文版'
 */
export function normalisePhrase(text: string): string {
  return text.toLowerCase().replace(/[\s[\]()（）【】《》<>«»“”"':：→←»›‹|/\\-]+/g, ' ').trim();
}

/** Whether a WordPress date is a real `YYYY-MM-DD HH:MM:SS` (drafts carry `0000-00-00 00:00:00`). */
export function isWordPressDate(value: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})[ T]\d{2}:\d{2}(:\d{2})?$/.exec(value);
  if (!match?.[1]) return false;
  const date = new Date(`${match[1]}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(match[1]) && !match[1].startsWith('0000');
}

/**
 * An RSS `pubDate` as a WordPress date (UTC), for exports made without WordPress
 * that leave `wp:post_date` out; undefined when it is not a real date (WordPress
 * writes 1970 or year -0001 for items never published).
 * @example rssDate('Tue, 16 Feb 2021 10:30:00 +0000') // '2021-02-16 10:30:00'
 */
export function rssDate(value: string): string | undefined {
  const match = /^(?:\w{3},\s*)?(\d{1,2})\s+(\w{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*(?:([+-])(\d{2})(\d{2})|GMT|UT|UTC|Z)?$/i.exec(value.trim());
  if (!match) return undefined;
  const [, day = '', monthName = '', year = '', hour = '', minute = '', second = '0', sign, offsetHours = '0', offsetMinutes = '0'] = match;
  // RFC 822's month names are part of the format, in English whatever the site's languages.
  const month = RFC822_MONTHS.indexOf(monthName.toLowerCase());
  const local = Date.UTC(Number(year), month, Number(day), Number(hour), Number(minute), Number(second));
  const check = new Date(local);
  if (month < 0 || check.getUTCDate() !== Number(day) || check.getUTCMonth() !== month || Number(year) < 1971) return undefined;
  const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000;
  const iso = new Date(local - offset).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

const RFC822_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** An item's publication date: `wp:post_date`, else its `pubDate`; undefined when neither is a real date. */
const dateOf = (item: WxrItem): string | undefined => (isWordPressDate(item.date) ? item.date : rssDate(item.pubDate));

function skipReason(item: WxrItem): SkipReason | undefined {
  if (item.type !== 'post' && item.type !== 'page') return 'other-type';
  if (item.status !== 'publish') return KNOWN_STATUSES.has(item.status) ? (item.status as SkipReason) : 'other-status';
  if (item.password !== '') return 'password';
  if (dateOf(item) === undefined) return 'bad-date';
  return undefined;
}

/** Options of the first pass. */
export interface InventoryOptions {
  config: SiteConfig;
  /** Normalised link texts that name a locale's version of a post ("中文版" → the Chinese locale). */
  pairPhrases: ReadonlyMap<string, string>;
  onItem?: () => void;
}

/**
 * The first pass over an export: checks the whole file (a truncated, non-WXR or
 * mis-encoded file throws here, before anything is written) and keeps what
 * planning needs of each item — never the bodies, so memory stays small.
 */
export async function takeInventory(file: string, options: InventoryOptions): Promise<Inventory> {
  const candidates: Candidate[] = [];
  const attachments = new Map<number, Attachment>();
  const skipped: Skipped[] = [];
  const renumbered = new Map<number, Renumbered>();
  const patterns = new Map<number, string>();
  const ids = new Set<number>();
  let position = 0;
  const channel = await readWxr(file, (item) => {
    options.onItem?.();
    const at = position++;
    if (item.type === 'wp_block' && item.status === 'publish') patterns.set(item.id, detach(item.content));
    if (item.type === 'attachment') {
      attachments.set(item.id, { id: item.id, url: detach(item.attachmentUrl || item.guid), parent: item.parent, alt: detach((item.meta._wp_attachment_image_alt ?? '').trim()) });
      return;
    }
    const reason = skipReason(item);
    if (reason) {
      // Menus, revisions and the like are site machinery, not content anyone lost.
      if (reason !== 'other-type' || !['nav_menu_item', 'revision', 'customize_changeset', 'custom_css', 'wp_global_styles', 'oembed_cache', 'wp_navigation', 'wp_template', 'wp_template_part', 'wp_block'].includes(item.type)) {
        skipped.push({ id: item.id, title: detach(item.title), type: detach(item.type), reason });
      }
      return;
    }
    // Merged exports repeat ids, hand-made ones leave them out: every post must still be imported, once.
    const duplicate = item.id <= 0 || ids.has(item.id);
    ids.add(item.id);
    const id = duplicate ? -(renumbered.size + 1) : item.id;
    if (duplicate) renumbered.set(at, { id, original: Math.max(0, item.id), title: detach(item.title) });
    const wpmlLanguage = item.meta._wpml_import_language_code ?? item.meta._wpml_language;
    const wpmlGroup = item.meta._wpml_import_translation_group ?? item.meta._wpml_translation_group;
    let wpml: Candidate['wpml'];
    if (wpmlLanguage) {
      const locale = mapLanguage(wpmlLanguage, options.config);
      if (!locale) throw unmappable(wpmlLanguage, options.config, file);
      wpml = { locale, group: detach(wpmlGroup ?? `wpml-${id}`) };
    }
    const pairLinks: PairLink[] = [];
    for (const [, href = '', text = ''] of item.content.matchAll(LINK)) {
      const locale = options.pairPhrases.get(normalisePhrase(plain(text)));
      if (locale) pairLinks.push({ href: detach(decodeEntities(href)), locale });
    }
    candidates.push({
      id,
      kind: item.type as Candidate['kind'],
      title: detach(item.title),
      name: detach(item.name),
      link: detach(item.link),
      // A repeated id's guid (`/?p=<id>`) is the other item's address.
      guid: duplicate ? '' : detach(item.guid),
      date: detach(dateOf(item) ?? ''),
      modified: detach(isWordPressDate(item.modified) ? item.modified : (dateOf(item) ?? '')),
      parent: item.parent,
      terms: item.terms.map((t) => ({ domain: detach(t.domain), nicename: detach(t.nicename), label: detach(t.label) })),
      thumbnailId: Number.parseInt(item.meta._thumbnail_id ?? '', 10) || undefined,
      wpml,
      scripts: scriptCounts(`${item.title} ${plain(item.content)}`),
      pairLinks,
      excerpt: detach(plain(item.excerpt)),
      comments: item.comments,
    });
  });
  return { channel, candidates, attachments, skipped, renumbered, patterns };
}
