import { describe, expect, it } from 'vitest';
import { textLanguage } from '../../../src/i18n/text-language.ts';

const en = { lang: 'en-GB', dir: 'ltr' };
const zh = { lang: 'zh-Hans', dir: 'ltr' };
const ug = { lang: 'ug', dir: 'rtl' };

describe('textLanguage', () => {
  it.each([
    ['the page\'s own language', zh, zh, {}],
    ['another language of the same direction', en, zh, { lang: 'en-GB' }],
    ['a right-to-left language in a left-to-right page', ug, en, { lang: 'ug', dir: 'rtl' }],
    ['a left-to-right language in a right-to-left page', en, ug, { lang: 'en-GB', dir: 'ltr' }],
  ])('%s', (_name, text, page, expected) => {
    expect(textLanguage(text, page)).toEqual(expected);
  });
});
