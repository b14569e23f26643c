import { describe, expect, it } from 'vitest';
import { matchLocale } from '../../../src/i18n/match-locale.ts';

const locales = [
  { code: 'en', lang: 'en-GB' },
  { code: 'zh', lang: 'zh-Hans' },
];
const withTraditional = [...locales, { code: 'zh-hant', lang: 'zh-Hant' }];
// As configured: a Hong Kong Traditional locale must still take Taiwan and Macau readers.
const withHongKong = [...locales, { code: 'zh-Hant', lang: 'zh-Hant-HK' }];

describe('matchLocale', () => {
  it.each([
    [['zh-CN'], locales, 'zh'],
    [['zh'], locales, 'zh'],
    [['zh-Hans-SG'], locales, 'zh'],
    [['en-US', 'zh-CN'], locales, 'en'],
    [['fr-FR', 'zh-CN'], locales, 'zh'],
    [['fr-FR'], locales, undefined],
    [[], locales, undefined],
    [['not a tag!', 'en'], locales, 'en'],
    [['zh-TW'], locales, 'zh'],
    [['zh-TW'], withTraditional, 'zh-hant'],
    [['zh-CN'], withTraditional, 'zh'],
    [['zh-TW'], withHongKong, 'zh-Hant'],
    [['zh-HK'], withHongKong, 'zh-Hant'],
    [['zh-MO'], withHongKong, 'zh-Hant'],
    [['zh-Hant'], withHongKong, 'zh-Hant'],
    [['zh-Hant-TW', 'en'], withHongKong, 'zh-Hant'],
    [['zh-CN'], withHongKong, 'zh'],
    [['zh-SG'], withHongKong, 'zh'],
    [['zh'], withHongKong, 'zh'],
    [['zh-Hans-HK'], withHongKong, 'zh'],
    [['en-HK', 'zh-HK'], withHongKong, 'en'],
  ])('%j in %#', (preferences, available, expected) => {
    expect(matchLocale(preferences, available)).toBe(expected);
  });

  it('is self-contained, because the root page inlines its source', () => {
    const rebuilt = new Function(`return ${matchLocale.toString()}`)() as typeof matchLocale;
    expect(rebuilt(['zh-CN'], locales)).toBe('zh');
  });
});
