import { describe, expect, it } from 'vitest';
import { defineSiteConfig } from '../../../src/config/schema.ts';
import { queryConversion } from '../../../src/i18n/derived-locales.ts';
import { getLocale } from '../../../src/i18n/urls.ts';
import { otherScriptModule } from '../../../src/site/other-script-search.ts';

type Search = (pagefind: { search(q: string): Promise<{ results: { id: string }[] }> }, query: string) => Promise<{ results: { id: string }[] }>;

// The module as the browser gets it, run here: a data: URL imports the generated text as it is.
const load = async (pairs: { from: string; to: string }) => ((await import(`data:text/javascript,${encodeURIComponent(otherScriptModule(pairs))}`)) as { search: Search }).search;
// A Pagefind that finds each query's ids in this table, and records what it was asked.
const pagefind = (index: Record<string, string[]>) => {
  const asked: string[] = [];
  return { asked, search: async (q: string) => (asked.push(q), { results: (index[q] ?? []).map((id) => ({ id })) }) };
};

describe('the other-script search module', () => {
  it.each([
    ['a query typed in the other script: searched as this page writes it', '团结', { 團結: ['a', 'b'] }, ['团结', '團結'], ['a', 'b']],
    ['a query in the page\'s script: searched once', '團結', { 團結: ['a'] }, ['團結'], ['a']],
    ['found both ways: each result once, those of the query as typed first', '后来', { 后来: ['x', 'y'], 後來: ['y', 'z'] }, ['后来', '後來'], ['x', 'y', 'z']],
    ['mixed with Latin and digits', 'SOAS 团结 2021', { 'SOAS 團結 2021': ['s'] }, ['SOAS 团结 2021', 'SOAS 團結 2021'], ['s']],
    ['no ideograph: as typed only', 'Uyghur', { Uyghur: ['u'] }, ['Uyghur'], ['u']],
  ])('%s', async (_, query, index, asked, ids) => {
    const search = await load({ from: '团结后来', to: '團結後來' });
    const engine = pagefind(index);
    expect((await search(engine, query)).results.map((r) => r.id)).toEqual(ids);
    expect(engine.asked).toEqual(asked);
  });

  it('keeps characters beyond 16 bits whole', async () => {
    const search = await load({ from: '𠮶', to: '𠯟' });
    const engine = pagefind({});
    await search(engine, '𠮶x');
    expect(engine.asked).toEqual(['𠮶x', '𠯟x']);
  });
});

describe('queryConversion', () => {
  const locale = (code: string, extra: object = {}) => ({ code, path: code, lang: code, label: code.toUpperCase(), dateLocale: 'en', ...extra });
  const config = defineSiteConfig({
    defaultLocale: 'aa',
    locales: [locale('aa'), locale('bb', { derivedFrom: 'aa', convert: { from: 'cn', to: 'tw' } }), locale('cc')],
    excerptLength: { words: 50, characters: 100 },
  });
  const convert = { from: 'cn', to: 'tw', quotes: 'corner' };
  it.each([
    ['the locale a derived one is made from: converts back', 'aa', { convert, back: true }],
    ['a derived locale: converts as its text is converted', 'bb', { convert, back: false }],
    ['a locale no conversion involves', 'cc', undefined],
  ])('%s', (_, code, expected) => {
    expect(queryConversion(config, getLocale(config, code))).toEqual(expected);
  });
});
