import { describe, expect, it } from 'vitest';
import { countUnits, findWordCut, segmentUnits } from '../../../src/pipeline/text-units.ts';
import { prng } from './random.ts';

describe('countUnits', () => {
  it.each([
    ['', undefined, 0],
    ['   \n\t', undefined, 0],
    ['…—!?,.;:', undefined, 0],
    ['The quick brown fox.', 'en-GB', 4],
    ["Don't stop — it's co-op.", 'en-GB', 5], // don't, stop, it's, co, op
    ['3.14 and 1,204 and 2022', 'en-GB', 5], // numbers are words
    ['e.g. U.S.A.', 'en-GB', 2],
    ['我们支持这个项目。', 'zh-Hans', 8],
    ['“你好”，世界！', 'zh-Hans', 4], // CJK punctuation counts nothing
    ['二〇二二年', 'zh-Hans', 5], // 〇 is a Han number
    ['我们支持 UCU 的 motion', 'zh-Hans', 7], // five Han characters + two words
    ['我们支持 UCU 的 motion', 'en-GB', 7], // the count depends on script, not on lang
    ['日本語のテキスト「コーヒー」', 'ja', 12], // ー counts as part of Katakana
    ['한국어 텍스트', 'ko', 6],
    ['👍🏽 🎉 ❤️', 'en-GB', 0], // emoji are not words
    ['𠮷野家', 'zh-Hans', 3], // a character outside the BMP counts once, not twice
    ['Emoji 👍🏽 and 𠮷野家', undefined, 5],
    ['ＵＣＵ２０２２', 'zh-Hans', 1], // full-width Latin is one word, not characters
  ])('%j (%s) → %i', (text, lang, expected) => {
    expect(countUnits(text, lang)).toBe(expected);
  });
});

describe('segmentUnits', () => {
  it.each([
    ['motion', true, 1],
    ['我们', true, 2],
    ['，', false, 0],
    ['A股', true, 2], // one Han character and one Latin word, if a segmenter joins them
    ['ー', true, 1],
    ['_', true, 0], // word-like by Intl, but holds no letter or number
  ])('%j (wordLike %s) → %i', (segment, wordLike, expected) => {
    expect(segmentUnits(segment, wordLike)).toBe(expected);
  });
});

describe('findWordCut', () => {
  it.each([
    // text, max units, lang, what is kept (undefined: it all fits)
    ['Hello brave new world', 2, 'en-GB', 'Hello brave'],
    ['Hello world.', 2, 'en-GB', undefined],
    ['Hello, world. Again', 2, 'en-GB', 'Hello, world'],
    ['Unbelievably long words', 1, 'en-GB', 'Unbelievably'],
    ['Supercalifragilistic', 0, 'en-GB', undefined], // one word is always kept
    ['Supercalifragilistic and more', 0, 'en-GB', 'Supercalifragilistic'],
    ['我们支持这个项目', 3, 'zh-Hans', '我们'], // 支持 would make 4: never half a word
    ['我们支持这个项目', 4, 'zh-Hans', '我们支持'],
    ['我们支持 UCU 的 motion，并且', 7, 'zh-Hans', '我们支持 UCU 的 motion'],
    ['Great 👍🏽 work', 1, 'en-GB', 'Great'],
    ['Great 👍🏽 work 👍🏽', 2, 'en-GB', undefined],
    ['𠮷野家很好吃', 1, 'zh-Hans', '𠮷'],
    ['𠮷野家很好吃', 2, 'zh-Hans', '𠮷'],
    ['𠮷野家很好吃', 3, 'zh-Hans', '𠮷野家'],
  ])('%j, %i units → %j', (text, maxUnits, lang, kept) => {
    const cut = findWordCut(text, maxUnits, lang);
    expect(cut === undefined ? undefined : text.slice(0, cut)).toBe(kept);
  });

  it('never cuts inside a surrogate pair, a grapheme or a word', () => {
    const text = 'Emoji 👍🏽👨‍👩‍👧 and 𠮷野家 𠮷 should 🇬🇧 never be split, 我们支持 UCU 的 motion。';
    const graphemes = new Set([...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].map((s) => s.index));
    const wordEnds = new Set([...new Intl.Segmenter('en', { granularity: 'word' }).segment(text)].map((s) => s.index + s.segment.length));
    for (let max = 1; max <= countUnits(text); max += 1) {
      const cut = findWordCut(text, max, 'en-GB');
      if (cut === undefined) continue;
      expect(graphemes.has(cut), `cut ${cut} at ${max}`).toBe(true);
      expect(wordEnds.has(cut), `cut ${cut} at ${max}`).toBe(true);
      expect(countUnits(text.slice(0, cut))).toBeLessThanOrEqual(max);
    }
  });
});

describe('countUnits against the word segmenter itself', () => {
  // countUnits counts piece by piece and shortcuts Han text; the count must be what
  // adding up segmentUnits over Intl.Segmenter's segments of the whole text gives.
  const bySegments = (text: string, lang: string) => {
    let units = 0;
    for (const { segment, isWordLike } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) units += segmentUnits(segment, isWordLike ?? false);
    return units;
  };
  const pieces = [
    ...'我们支持这个项目的团结维吾尔自治区人权〇々', ...'，。、；：！？「」『』（）《》“”‘’…—〈〉【】', ' ', ' ', '\n', '\t', '\r\n', '\u3000', '\u00a0',
    'UCU', 'don’t', "it's", 'co-op', '3.14', '1,204', 'e.g.', 'U.S.A.', 'foo_bar', '한국어', 'テキスト', 'コーヒー', 'ＵＣＵ', '𠮷', '👍🏽', '🇬🇧', '👨‍👩‍👧',
    '\u0301', '\u200d', '\u00ad', '\ufeff', '\u200b', '\u{1F3FB}', 'a', '9', '.', "'", ':', '_',
  ];
  const random = prng(15);
  const texts = Array.from({ length: 3000 }, () => Array.from({ length: 1 + random.int(24) }, () => random.pick(pieces)).join(''));
  it.each(['en-GB', 'zh-Hans', 'zh-Hant-HK'])('gives the same count on random mixed text (%s)', (lang) => {
    const wrong = texts.filter((text) => countUnits(text, lang) !== bySegments(text, lang));
    expect(wrong.slice(0, 5)).toEqual([]);
    // Twice: the second pass counts from remembered pieces.
    expect(texts.filter((text) => countUnits(text, lang) !== bySegments(text, lang)).slice(0, 5)).toEqual([]);
  });

  // Text of Latin characters only is counted in one pass, not piece by piece: whitespace of every kind, the
  // joiners (. ' : , ; ’ ·) next to letters, digits and each other, and a combining mark or emoji (the piece-by-piece path again).
  const latinPieces = [' ', '  ', '\n', '\t', '\r\n', '\u000b', '\u000c', '\u00a0', 'UCU', 'don’t', "it's", 'co-op', '3.14', '1,204', '2;3', 'e.g.', 'a:b', 'x·y', 'foo_bar', '__', 'café', 'naïve', 'Łódź', '—', '–', '…', '“', '”', '‘', '’', 'a', 'Z', '9', '.', "'", ':', ',', ';', '_', '-', '(', ')', '!', '?', '\u0301', '👍'];
  const latinTexts = Array.from({ length: 3000 }, () => Array.from({ length: 1 + random.int(30) }, () => random.pick(latinPieces)).join(''));
  it.each(['en-GB', 'zh-Hans'])('gives the same count on random Latin text (%s)', (lang) => {
    expect(latinTexts.filter((text) => countUnits(text, lang) !== bySegments(text, lang)).slice(0, 5)).toEqual([]);
  });
});
