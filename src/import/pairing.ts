import type { SiteConfig } from '../config/schema.ts';
import type { Candidate } from './inventory.ts';
import { detectLocale, mostlyForeignScript } from './languages.ts';
import { addressesOf, oldPath, type OldSite } from './old-urls.ts';

/** The evidence that paired an item with its other-language versions. */
export type PairRule = 'polylang' | 'wpml' | 'body-link' | 'pairs-file' | 'single';

/** One post (or page) to be: its language versions and how they were paired. */
export interface Group {
  members: Map<string, Candidate>;
  rule: PairRule;
  /** The locale of the version published first: the source. */
  source: string;
}

/** An item that could not join the pair the evidence put it in. */
export interface PairConflict {
  candidate: Candidate;
  rule: PairRule;
  /** The item already holding that language in the pair. */
  holder: Candidate;
}

/** A row of `--pairs`: an item (by old id or slug) per locale code. */
export type PairRow = Partial<Record<string, string>>;

/** What pairing decided. */
export interface Pairing {
  groups: Group[];
  /** Each item's locale. */
  localeOf: Map<number, string>;
  /** Per item, the hrefs of its links to its own other-language version, which the switcher replaces. */
  pairLinks: Map<number, Set<string>>;
  conflicts: PairConflict[];
  /** `--pairs` cells naming no imported item. */
  unknownPairs: string[];
  /** `--pairs` cells naming an item an earlier row already placed: the first row counts. */
  repeatedPairs: string[];
  /** Items with no language marked whose text is in no configured locale's script: placed in the default locale. */
  unplaced: Candidate[];
  /** Items marked in a converted locale with no version in its parent's: they became that version (`from` → `to`). */
  asParent: { candidate: Candidate; from: string; to: string }[];
}

/** What pairing needs besides the items. */
export interface PairingOptions {
  config: SiteConfig;
  site: OldSite;
  /** Polylang language slug → configured locale (a converted one too: Traditional Chinese written by hand). */
  polylang: ReadonlyMap<string, string>;
  pairs: readonly PairRow[];
  /** Converted locale → the locale it is converted from (zh-Hant → zh). */
  derived?: ReadonlyMap<string, string>;
}

const termOf = (candidate: Candidate, domain: string) => candidate.terms.find((t) => t.domain === domain)?.nicename;

/**
 * Pairs the language versions of each post, by the strongest evidence first:
 * Polylang's translation groups, WPML's, then a body link to another imported item
 * whose text names a language ("中文版", "English version"); `--pairs` rows override
 * all three. An item's language is its Polylang or WPML language, else the script
 * most of its text is in. The source of a pair is the version published first (a
 * tie goes to the default locale).
 */
export function pairItems(candidates: readonly Candidate[], options: PairingOptions): Pairing {
  const { config, site } = options;
  const localeOf = new Map<number, string>();
  const unplaced: Candidate[] = [];
  for (const c of candidates) {
    const polylang = termOf(c, 'language');
    const marked = (polylang && options.polylang.get(polylang)) ?? c.wpml?.locale;
    if (marked === undefined && mostlyForeignScript(c.scripts, config)) unplaced.push(c);
    localeOf.set(c.id, marked ?? detectLocale(c.scripts, config));
  }
  const groupOf = new Map<number, { members: Map<string, Candidate>; rule: PairRule }>();
  const conflicts: PairConflict[] = [];
  const join = (group: { members: Map<string, Candidate>; rule: PairRule }, c: Candidate) => {
    const locale = localeOf.get(c.id) ?? config.defaultLocale;
    const holder = group.members.get(locale);
    if (holder && holder !== c) return void conflicts.push({ candidate: c, rule: group.rule, holder });
    group.members.set(locale, c);
    groupOf.set(c.id, group);
  };
  const byKey = (rule: PairRule, key: (c: Candidate) => string | undefined) => {
    for (const [, members] of Map.groupBy(candidates.filter((c) => !groupOf.has(c.id) && key(c)), (c) => key(c) ?? '')) {
      if (members.length < 2) continue;
      const group = { members: new Map<string, Candidate>(), rule };
      for (const c of members) join(group, c);
    }
  };
  byKey('polylang', (c) => termOf(c, 'post_translations'));
  byKey('wpml', (c) => c.wpml?.group);

  const byAddress = new Map<string, Candidate>();
  for (const c of candidates) for (const address of addressesOf(c, site)) byAddress.set(address, c);
  const pairLinks = new Map<number, Set<string>>();
  for (const c of candidates) {
    for (const link of c.pairLinks) {
      const path = oldPath(link.href, site);
      const other = path === undefined ? undefined : byAddress.get(path);
      if (!other || other === c || other.kind !== c.kind || localeOf.get(other.id) !== link.locale || localeOf.get(c.id) === link.locale) continue;
      const mine = groupOf.get(c.id);
      const theirs = groupOf.get(other.id);
      if (!mine && !theirs) {
        const group = { members: new Map<string, Candidate>(), rule: 'body-link' as PairRule };
        join(group, c);
        join(group, other);
      } else if (mine && !theirs && !mine.members.has(link.locale)) join(mine, other);
      else if (!mine && theirs && !theirs.members.has(localeOf.get(c.id) ?? '')) join(theirs, c);
      if (groupOf.get(c.id) === groupOf.get(other.id)) pairLinks.set(c.id, (pairLinks.get(c.id) ?? new Set()).add(link.href));
    }
  }

  const unknownPairs: string[] = [];
  const repeatedPairs: string[] = [];
  const placed = new Set<Candidate>();
  const byIdOrSlug = new Map<string, Candidate>();
  for (const c of candidates) byIdOrSlug.set(String(c.id), c).set(c.name, c);
  for (const row of options.pairs) {
    const group = { members: new Map<string, Candidate>(), rule: 'pairs-file' as PairRule };
    for (const [locale, cell] of Object.entries(row)) {
      if (!cell) continue;
      const c = byIdOrSlug.get(cell);
      if (!c) {
        unknownPairs.push(cell);
        continue;
      }
      if (placed.has(c)) {
        repeatedPairs.push(cell);
        continue;
      }
      placed.add(c);
      const previous = groupOf.get(c.id);
      previous?.members.delete(localeOf.get(c.id) ?? '');
      localeOf.set(c.id, locale);
      join(group, c);
    }
  }

  const groups: Group[] = [];
  const asParent: Pairing['asParent'] = [];
  const seen = new Set<object>();
  for (const c of candidates) {
    const group = groupOf.get(c.id);
    // A group --pairs took all but one member from leaves that one single.
    const paired = group !== undefined && group.members.size > 1 && [...group.members.values()].includes(c);
    if (paired && seen.has(group)) continue;
    if (paired) seen.add(group);
    const members = settleDerived(paired ? group.members : new Map([[localeOf.get(c.id) ?? config.defaultLocale, c]]), options.derived, localeOf, asParent);
    const rule = paired ? group.rule : 'single';
    groups.push({ members, rule, source: sourceOf(members, config.defaultLocale, options.derived) });
  }
  return { groups, localeOf, pairLinks, conflicts, unknownPairs, repeatedPairs, unplaced, asParent };
}

/**
 * A version in a converted locale (Traditional Chinese) stays beside its parent's
 * version as the hand-written replacement of the conversion; without one it is
 * the parent's version, as the conversion needs a text to start from.
 * @example settleDerived(new Map([['zh-Hant', c]]), new Map([['zh-Hant', 'zh']]), localeOf) // Map { 'zh' => c }
 */
export function settleDerived(members: Map<string, Candidate>, derived: ReadonlyMap<string, string> | undefined, localeOf: Map<number, string>, moved: Pairing['asParent'] = []): Map<string, Candidate> {
  if (!derived || ![...members.keys()].some((locale) => derived.has(locale))) return members;
  const settled = new Map<string, Candidate>();
  for (const [locale, c] of members) {
    const parent = derived.get(locale);
    const target = parent !== undefined && !members.has(parent) && !settled.has(parent) ? parent : locale;
    settled.set(target, c);
    localeOf.set(c.id, target);
    if (target !== locale) moved.push({ candidate: c, from: locale, to: target });
  }
  return settled;
}

/**
 * The source of a pair: the version published first; a tie goes to the default locale.
 * A converted locale is never the source.
 * @example sourceOf(new Map([[a, older], [b, newer]]), a) // a
 */
export function sourceOf(members: ReadonlyMap<string, Candidate>, defaultLocale: string, derived?: ReadonlyMap<string, string>): string {
  const ranked = [...members].filter(([locale]) => !derived?.has(locale)).sort(([la, a], [lb, b]) => a.date.localeCompare(b.date) || Number(lb === defaultLocale) - Number(la === defaultLocale));
  return ranked[0]?.[0] ?? defaultLocale;
}
