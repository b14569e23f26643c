import type { Post, PostVersion } from '../content/index.ts';
import { recordBase, serialiseBase } from '../translation/index.ts';
import type { PlannedItem } from './plan.ts';

/** One item's converted versions, by locale, with each WordPress version's last-modified time. */
export interface ConvertedItem {
  versions: Map<string, PostVersion>;
  modified: Map<string, string>;
}

/**
 * The base records an imported post starts with, made by Tandem's own machinery
 * from the versions just converted (so nothing is read back): a translation WordPress
 * last modified after its source starts up to date, recorded at its modified date; the
 * others, or all with `trustDates` off, get none and show as `review`. Returns file →
 * text, relative to the project root. Pages keep their status the same way as posts.
 */
export function baseRecords(item: PlannedItem, converted: ConvertedItem, source: string, trustDates: boolean): Map<string, string> {
  const bases = new Map<string, string>();
  const sourceModified = converted.modified.get(source);
  if (!trustDates || !converted.versions.has(source) || sourceModified === undefined) return bases;
  const post: Post = { slug: item.slug, dir: item.dir, date: new Date(`${item.date}T00:00:00Z`), sourceLocale: source, tags: item.tags, aliases: [], versions: Object.fromEntries(converted.versions) };
  for (const [locale, modified] of converted.modified) {
    if (locale === source || modified <= sourceModified) continue;
    bases.set(`${item.dir}/${locale}.base.json`, serialiseBase(recordBase(post, locale, modified.slice(0, 10))));
  }
  return bases;
}
