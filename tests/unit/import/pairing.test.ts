import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import type { Candidate } from '../../../src/import/inventory.ts';
import { oldSite } from '../../../src/import/old-urls.ts';
import { pairItems, sourceOf, type PairRow } from '../../../src/import/pairing.ts';

const [first, second] = siteConfig.locales.map((l) => l.code) as [string, string];
const site = oldSite(['https://example.org']);
const polylang = new Map([['l1', first], ['l2', second]]);

function item(id: number, fields: Partial<Candidate> & { lang?: string; group?: string } = {}): Candidate {
  const { lang, group, ...rest } = fields;
  return {
    id, kind: 'post', title: `Item ${id}`, name: `item-${id}`, link: `https://example.org/item-${id}/`, guid: `https://example.org/?p=${id}`,
    date: `2021-01-${String(id % 28 || 1).padStart(2, '0')} 10:00:00`, modified: '2021-03-01 10:00:00', parent: 0,
    terms: [...(lang ? [{ domain: 'language', nicename: lang, label: lang }] : []), ...(group ? [{ domain: 'post_translations', nicename: group, label: group }] : [])],
    thumbnailId: undefined, wpml: undefined, scripts: { Latn: 100, Han: 0 }, pairLinks: [], excerpt: '', comments: 0, ...rest,
  };
}
const han = { Latn: 0, Han: 100 };
const pair = (items: Candidate[], pairs: PairRow[] = []) => pairItems(items, { config: siteConfig, site, polylang, pairs });
const summary = (result: ReturnType<typeof pair>) => result.groups.map((g) => `${g.rule}:${[...g.members].map(([l, c]) => `${l}=${c.id}`).join(',')}>${g.source}`);

describe('pairItems', () => {
  it('pairs by Polylang groups', () => {
    expect(summary(pair([item(1, { lang: 'l1', group: 'g' }), item(2, { lang: 'l2', group: 'g' }), item(3, { lang: 'l1' })]))).toEqual([`polylang:${first}=1,${second}=2>${first}`, `single:${first}=3>${first}`]);
  });

  it('pairs by WPML groups', () => {
    const wpml = (locale: string) => ({ locale, group: 't7' });
    expect(summary(pair([item(4, { wpml: wpml(second), scripts: han }), item(3, { wpml: wpml(first) })]))).toEqual([`wpml:${second}=4,${first}=3>${first}`]);
  });

  it('pairs by a body link naming the other language, and marks the link for removal', () => {
    const result = pair([item(1, { pairLinks: [{ href: '/item-2/', locale: second }] }), item(2, { scripts: han })]);
    expect(summary(result)).toEqual([`body-link:${first}=1,${second}=2>${first}`]);
    expect([...(result.pairLinks.get(1) ?? [])]).toEqual(['/item-2/']);
  });

  it('ignores a body link whose target is in the same language', () => {
    expect(summary(pair([item(1, { pairLinks: [{ href: '/item-2/', locale: second }] }), item(2)]))).toEqual([`single:${first}=1>${first}`, `single:${first}=2>${first}`]);
  });

  it('lets --pairs override the export, by id or slug', () => {
    const result = pair([item(1, { lang: 'l1', group: 'g' }), item(2, { lang: 'l2', group: 'g' }), item(3, { scripts: han })], [{ [first]: '1', [second]: 'item-3' }, { [first]: '99' }]);
    expect(summary(result)).toEqual([`pairs-file:${first}=1,${second}=3>${first}`, `single:${second}=2>${second}`]);
    expect(result.unknownPairs).toEqual(['99']);
  });

  it('keeps the first --pairs row naming an item, and reports the rows that name it again', () => {
    const result = pair([item(1), item(2, { scripts: han }), item(3)], [{ [first]: '1', [second]: '2' }, { [first]: '3', [second]: 'item-2' }, { [first]: 'item-1' }]);
    expect(summary(result)).toEqual([`pairs-file:${first}=1,${second}=2>${first}`, `single:${first}=3>${first}`]);
    expect(result.repeatedPairs).toEqual(['item-2', 'item-1']);
  });

  it('notes an unmarked item written mostly in a script none of the locales uses, placed in the default locale', () => {
    const arabic = (latin: number) => ({ Latn: latin, Han: 0, Arab: 40, Cyrl: 0 });
    const result = pair([item(1, { scripts: arabic(0) }), item(2, { scripts: arabic(4) }), item(3, { scripts: arabic(60) }), item(4, { lang: 'l2', scripts: arabic(0) })]);
    expect(result.unplaced.map((c) => c.id)).toEqual([1, 2]);
    expect(result.localeOf.get(1)).toBe(siteConfig.defaultLocale);
  });

  it('reports a second item in a language the pair already has', () => {
    const result = pair([item(1, { lang: 'l1', group: 'g' }), item(2, { lang: 'l1', group: 'g' }), item(3, { lang: 'l2', group: 'g' })]);
    expect(result.conflicts.map((c) => [c.candidate.id, c.holder.id, c.rule])).toEqual([[2, 1, 'polylang']]);
  });

  it('makes the version published first the source; a tie goes to the default locale', () => {
    const earlier = item(5, { date: '2020-01-01 09:00:00' });
    const later = item(6, { date: '2020-01-02 09:00:00' });
    expect(sourceOf(new Map([[first, later], [second, earlier]]), first)).toBe(second);
    expect(sourceOf(new Map([[second, earlier], [first, { ...earlier, id: 7 }]]), first)).toBe(first);
  });
});
