import { ConverterFactory, Locale } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { characterPairs, parsePhrases, PhraseListError, scriptConverter } from '../../../src/i18n/convert-script.ts';
import { readPhraseLists } from '../../../src/i18n/read-resources.ts';
import { repoRoot } from '../helpers.ts';

const hk = scriptConverter({ from: 'cn', to: 'hk', quotes: 'corner' }, {});
const tw = scriptConverter({ from: 'cn', to: 'tw', quotes: 'keep' }, {});

describe('scriptConverter', () => {
  it.each([
    ['characters and phrases', hk, '维吾尔人权利与自由', '維吾爾人權利與自由'],
    ['one-to-many characters by phrase', hk, '头发和发展', '頭髮和發展'],
    ['Hong Kong standard variants', hk, '里面', '裏面'],
    ['Taiwan standard variants', tw, '里面', '裡面'],
    ['double quotes as corner brackets', hk, '他说：“团结。”', '他説：「團結。」'],
    ['nested single quotes as double corner brackets', hk, '“所谓‘再教育’”', '「所謂『再教育』」'],
    ['English apostrophes untouched', hk, 'don’t 和 UK’s', 'don’t 和 UK’s'],
    ['quotes kept when configured so', tw, '“团结”', '“團結”'],
    ['Latin text, digits and URLs untouched', hk, 'SOAS 2021 https://example.org/a_b?x=1', 'SOAS 2021 https://example.org/a_b?x=1'],
  ])('converts %s', (_name, convert, input, expected) => {
    expect(convert(input)).toBe(expected);
  });

  it('applies the site phrase list after OpenCC, fixing names it gets wrong', () => {
    expect(hk('岳普湖县的余杰')).toBe('嶽普湖縣的餘傑');
    const fixed = scriptConverter({ from: 'cn', to: 'hk', quotes: 'corner' }, { 岳普湖: '岳普湖', 余杰: '余杰' });
    expect(fixed('岳普湖县的余杰说')).toBe('岳普湖縣的余杰説');
  });

  // The phrase list runs after OpenCC's dictionaries (built once, shared): the same text as
  // OpenCC's own converter given the fixes as its last dictionary.
  it.each([
    ['a fix inside a longer phrase', { 岳普湖: '岳普湖' }, '岳普湖县的农民说“岳普湖”'],
    ['fixes that overlap', { 余杰: '余杰', 杰出: '傑出' }, '余杰出席，杰出的人'],
    ['a fix OpenCC already makes', { 团结: '團結' }, '团结就是力量'],
  ])('converts as OpenCC with the phrase list as its last dictionary: %s', (_name, phrases, text) => {
    const base = ConverterFactory(Locale.from.cn ?? [], Locale.to.hk ?? []);
    const fixes = Object.entries(phrases).map(([written, wanted]): [string, string] => [base(written), wanted]).filter(([converted, wanted]) => converted !== wanted);
    const opencc = ConverterFactory(Locale.from.cn ?? [], Locale.to.hk ?? [], [fixes]);
    expect(scriptConverter({ from: 'cn', to: 'hk', quotes: 'keep' }, phrases)(text)).toBe(opencc(text));
  });

  it('uses the project phrase list for the configured derived locale', async () => {
    const phrases = await readPhraseLists(repoRoot, siteConfig);
    for (const locale of siteConfig.locales.filter((l) => l.convert)) {
      const convert = scriptConverter(locale.convert!, phrases[locale.code] ?? {});
      for (const [written, wanted] of Object.entries(phrases[locale.code] ?? {})) expect(convert(written)).toBe(wanted);
    }
  });
});

describe('parsePhrases', () => {
  it.each([
    ['a map', '岳普湖: 岳普湖\n余杰: 余杰\n', { 岳普湖: '岳普湖', 余杰: '余杰' }],
    ['comments only', '# nothing yet\n', {}],
    ['an empty file', '', {}],
  ])('reads %s', (_name, text, expected) => {
    expect(parsePhrases(text, 'locales/x.phrases.yaml')).toEqual(expected);
  });

  it.each([
    ['a list', '- 岳普湖\n', /not a map/],
    ['a phrase without a converted form', '岳普湖:\n', /no converted form: 岳普湖/],
    ['broken YAML', '岳普湖: [\n', /not valid YAML/],
  ])('rejects %s with the file named', (_name, text, message) => {
    expect(() => parsePhrases(text, 'locales/x.phrases.yaml')).toThrow(PhraseListError);
    expect(() => parsePhrases(text, 'locales/x.phrases.yaml')).toThrow(message);
    expect(() => parsePhrases(text, 'locales/x.phrases.yaml')).toThrow('locales/x.phrases.yaml');
  });
});

describe('characterPairs', () => {
  const forward = characterPairs({ from: 'cn', to: 'hk' }, false);
  const back = characterPairs({ from: 'cn', to: 'hk' }, true);
  const pairsOf = ({ from, to }: { from: string; to: string }) => new Map([...from].map((c, k) => [c, [...to][k]]));
  it.each([
    ['Simplified → Hong Kong', forward, [['维', '維'], ['团', '團'], ['结', '結'], ['里', '裏']]],
    ['back, Hong Kong → Simplified', back, [['維', '维'], ['團', '团'], ['結', '结'], ['髮', '发']]],
  ])('%s: each character with its other form at the same place', (_, pairs, expected) => {
    expect([...pairs.from].length).toBe([...pairs.to].length);
    const map = pairsOf(pairs);
    for (const [from = '', to] of expected) expect(map.get(from)).toBe(to);
  });

  it('holds only ideographs that change, so Latin, digits and characters written alike pass through', () => {
    const map = pairsOf(forward);
    for (const same of ['a', '1', '人', '中', '香', '港']) expect(map.has(same)).toBe(false);
    expect([...forward.from].every((c) => /\p{Ideographic}/u.test(c))).toBe(true);
    // Characters beyond 16 bits stay whole: counted by code point, not by UTF-16 unit.
    expect([...forward.to].some((c) => c.codePointAt(0)! > 0xffff)).toBe(true);
  });
});
