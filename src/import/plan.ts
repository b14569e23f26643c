import type { SiteConfig } from '../config/schema.ts';
import { postMetaSchema } from '../content/schema.ts';
import { getLocale, localizedPath } from '../i18n/urls.ts';
import type { Existing, ExistingItem } from './existing.ts';
import type { Attachment, Candidate, Inventory } from './inventory.ts';
import { addressesOf, aliasesOf, type OldSite } from './old-urls.ts';
import type { Group, Pairing, PairRule } from './pairing.ts';
import { asciiSlug, uniqueSlug } from './slugs.ts';
import type { TagPlan } from './tags.ts';

/** One post or page to write (or, on a re-run, to complete). */
export interface PlannedItem {
  kind: 'post' | 'page';
  slug: string;
  /** Folder relative to the project root. */
  dir: string;
  rule: PairRule;
  source: string;
  /** Locale → the WordPress item that becomes `<locale>.md`. */
  members: Map<string, Candidate>;
  date: string;
  tags: string[];
  type: string | undefined;
  /** `aliases:` as written in the metadata file. */
  aliases: (string | Record<string, string>)[];
  lead: Attachment | undefined;
  /** The folder is already there: only missing files are added. */
  existing: boolean;
}

/** The whole import, decided before anything is written. */
export interface Plan {
  items: PlannedItem[];
  /** WordPress id → its item and locale. */
  byId: Map<number, { item: PlannedItem; locale: string }>;
  /** Old address (as oldPath gives it) → WordPress id, for rewriting links. */
  byAddress: Map<string, number>;
}

/** What planning needs besides the inventory. */
export interface PlanOptions {
  config: SiteConfig;
  site: OldSite;
  pairing: Pairing;
  tags: TagPlan;
  existing: Existing;
  /** Category nicename → post type id. */
  types: ReadonlyMap<string, string>;
}

/** Whether post.yaml has a field yet (post types and lead images come from the theme's schema). */
export const postField = (name: string): boolean => name in postMetaSchema.shape;

/**
 * The new address of an item in a locale: `/<locale-path>/posts/<slug>/` for posts,
 * `/<locale-path>/<slug>/` for pages.
 * @example newUrl(config, item, code) // `/<path>/posts/<slug>/`
 */
export function newUrl(config: SiteConfig, item: Pick<PlannedItem, 'kind' | 'slug'>, locale: string): string {
  const target = getLocale(config, locale);
  return item.kind === 'post' ? localizedPath(target, { kind: 'post', slug: item.slug }) : `/${target.path}/${item.slug}/`;
}

// Page addresses are /<locale>/<slug>/: these would be the site's own listings, or a page of the home listing.
const RESERVED_PAGE = /^(posts|tags|translations|search|rss|404|\d+)$/;

function slugFor(group: Group, taken: Set<string>): string {
  const ordered = [group.members.get(group.source), ...group.members.values()].filter((c): c is Candidate => c !== undefined);
  const ascii = ordered.map((c) => (/%[0-9a-f]{2}/i.test(c.name) ? '' : asciiSlug(c.name))).find(Boolean);
  const wanted = ascii || ordered.map((c) => asciiSlug(c.name) || asciiSlug(c.title)).find(Boolean) || (ordered[0] && ordered[0].id > 0 ? `item-${ordered[0].id}` : 'untitled');
  return uniqueSlug(ordered[0]?.kind === 'page' && RESERVED_PAGE.test(wanted) ? `page-${wanted}` : wanted, taken);
}

function aliasesFor(group: Group, site: OldSite): PlannedItem['aliases'] {
  const aliases: PlannedItem['aliases'] = [];
  for (const [locale, member] of [...group.members].sort(([a], [b]) => Number(b === group.source) - Number(a === group.source))) {
    for (const alias of aliasesOf(member, site)) aliases.push(locale === group.source ? alias : { [locale]: alias });
  }
  return aliases;
}

/**
 * Decides every folder, slug, date, tag, type, lead image and alias before a file
 * is written. An item whose `/?p=<id>` alias is already in the project is the same
 * item: it keeps its folder, and only its missing files will be added.
 */
export function planImport(inventory: Inventory, options: PlanOptions): Plan {
  const { config, site, pairing, tags, existing } = options;
  const items: PlannedItem[] = [];
  const byId = new Map<number, { item: PlannedItem; locale: string }>();
  const byAddress = new Map<string, number>();
  for (const group of pairing.groups) {
    const source = group.members.get(group.source) as Candidate;
    const kind = source.kind;
    // An item imported before keeps its `/?p=<id>` alias; one without a usable id, its first old address.
    const known = [...group.members.values()].map((c) => existing.byAlias.get(aliasesOf(c, site).at(c.id > 0 ? -1 : 0) ?? '')).find((e): e is ExistingItem => e !== undefined);
    const slug = known?.slug ?? slugFor(group, existing.slugs[kind]);
    const all = [...group.members.values()];
    const categories = all.flatMap((c) => c.terms.filter((t) => t.domain === 'category').map((t) => t.nicename));
    const type = postField('type') && kind === 'post' ? categories.map((c) => options.types.get(c)).find(Boolean) : undefined;
    const tagSlugs = all.flatMap((c) => c.terms.flatMap((t) => {
      const tag = (t.domain === 'post_tag' || t.domain === 'category') && !(t.domain === 'category' && options.types.has(t.nicename)) ? tags.slugOf.get(`${t.domain}:${t.nicename}`) : undefined;
      return tag ? [tag] : [];
    }));
    const thumbnail = all.map((c) => c.thumbnailId).find((id) => id !== undefined);
    const item: PlannedItem = {
      kind,
      slug,
      dir: known?.dir ?? `content/${kind === 'post' ? 'posts' : 'pages'}/${slug}`,
      rule: group.rule,
      source: group.source,
      members: group.members,
      date: source.date.slice(0, 10),
      tags: kind === 'post' ? [...new Set(tagSlugs)] : [],
      type,
      aliases: aliasesFor(group, site),
      lead: thumbnail === undefined ? undefined : inventory.attachments.get(thumbnail),
      existing: known !== undefined,
    };
    items.push(item);
    for (const [locale, member] of group.members) {
      byId.set(member.id, { item, locale });
      for (const address of addressesOf(member, site)) byAddress.set(address, member.id);
    }
  }
  return { items, byId, byAddress };
}
