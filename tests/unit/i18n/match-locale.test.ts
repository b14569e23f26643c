import { describe, expect, it } from 'vitest';
import { matchLocale } from '../../../src/i18n/match-locale.ts';

const locales = [
  { code: 'en', lang: 'en-GB' },
  { code: 'zh', lang: 'zh-Hans' },
];
const withTraditional = [...locales, { code: 'zh-hant', lang: 'zh-Hant' }];

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
  ])('%j in %#', (preferences, available, expected) => {
    expect(matchLocale(preferences, available)).toBe(expected);
  });

  it('is self-contained, because the root page inlines its source', () => {
    const rebuilt = new Function(`return ${matchLocale.toString()}`)() as typeof matchLocale;
    expect(rebuilt(['zh-CN'], locales)).toBe('zh');
  });
});
