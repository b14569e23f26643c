import type { SiteConfig } from '../config/schema.ts';
import type { Candidate } from './inventory.ts';
import { safeDecode } from '../lib/safe-decode.ts';
import { asciiSlug } from './slugs.ts';
import type { ChannelTerm } from './wxr-reader.ts';

/** Tags for the new site: labels per locale, and which WordPress term becomes which tag. */
export interface TagPlan {
  /** Tag slug → locale → label, for tags not yet in content/tags.yaml. */
  added: Record<string, Record<string, string>>;
  /** `<taxonomy>:<nicename>` → tag slug. */
  slugOf: Map<string, string>;
  /** New tags whose label in some locales is copied from another language (no term translation). */
  untranslated: string[];
}

const termKey = (taxonomy: string, nicename: string) => `${taxonomy === 'post_tag' ? 'post_tag' : 'category'}:${nicename}`;

/**
 * Polylang's `term_translations` terms pair a tag's versions (`a:2:{s:2:"en";i:5;s:2:"zh";i:9;}`):
 * term id → its group (language slug → term id).
 */
function termGroups(terms: readonly ChannelTerm[]): Map<number, Map<string, number>> {
  const groups = new Map<number, Map<string, number>>();
  for (const term of terms.filter((t) => t.taxonomy === 'term_translations')) {
    const group = new Map<string, number>();
    for (const [, language = '', id = ''] of term.description.matchAll(/s:\d+:"([^"]+)";i:(\d+);/g)) group.set(language, Number(id));
    for (const id of group.values()) groups.set(id, group);
  }
  return groups;
}

/**
 * Turns the tags (and the categories no post type claims) of imported items into
 * Tandem tags: one per Polylang translation group, slugged from its default-locale
 * term (ASCII, pinyin for Chinese), labelled per locale by each version's name; an
 * unpaired term gets its one name in every locale. Tags already in content/tags.yaml
 * keep their labels.
 */
export function planTags(candidates: readonly Candidate[], localeOf: ReadonlyMap<number, string>, terms: readonly ChannelTerm[], options: { config: SiteConfig; polylang: ReadonlyMap<string, string>; existing: ReadonlySet<string>; skipCategories: ReadonlySet<string> }): TagPlan {
  const byId = new Map(terms.filter((t) => t.taxonomy === 'post_tag' || t.taxonomy === 'category').map((t) => [t.id, t]));
  const bySlug = new Map(terms.filter((t) => t.taxonomy === 'post_tag' || t.taxonomy === 'category').map((t) => [termKey(t.taxonomy, t.slug), t]));
  const groups = termGroups(terms);
  const added: TagPlan['added'] = {};
  const slugOf = new Map<string, string>();
  const slugForGroup = new Map<Map<string, number>, string>();
  const untranslated: string[] = [];
  for (const candidate of candidates) {
    for (const used of candidate.terms.filter((t) => (t.domain === 'post_tag' || t.domain === 'category') && !options.skipCategories.has(t.nicename))) {
      const key = termKey(used.domain, used.nicename);
      if (slugOf.has(key)) continue;
      const term = bySlug.get(key);
      const group = term ? groups.get(term.id) : undefined;
      const members = group ? [...group].flatMap(([language, id]) => (byId.has(id) ? [{ locale: options.polylang.get(language), term: byId.get(id) as ChannelTerm }] : [])) : [];
      const main = members.find((m) => m.locale === options.config.defaultLocale)?.term ?? term;
      let slug = group ? slugForGroup.get(group) : undefined;
      if (!slug) {
        slug = asciiSlug(main?.slug ?? used.nicename) || asciiSlug(main?.name ?? used.label) || `tag-${term?.id ?? slugOf.size + 1}`;
        if (group) slugForGroup.set(group, slug);
      }
      slugOf.set(key, slug);
      if (options.existing.has(slug) || added[slug]) continue;
      const name = (main?.name || used.label || safeDecode(used.nicename)).trim();
      const labels: Record<string, string> = Object.fromEntries(options.config.locales.map((l) => [l.code, name]));
      // A converted locale's term (Traditional Chinese) names no written locale's label: that one is converted too.
      const written = members.filter((m) => m.locale !== undefined && m.locale in labels);
      for (const member of written) if (member.locale && member.term.name.trim()) labels[member.locale] = member.term.name.trim();
      const own = localeOf.get(candidate.id) ?? options.config.defaultLocale;
      // A converted locale's labels are converted too: only written locales take a term's name.
      if (!group && own in labels) labels[own] = (used.label || name).trim();
      if (written.length < options.config.locales.length) untranslated.push(slug);
      added[slug] = labels;
    }
  }
  return { added, slugOf, untranslated };
}
