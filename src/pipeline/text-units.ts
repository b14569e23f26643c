/**
 * Measuring text in "units": a word where words are separated by spaces, a
 * character where they are not (Han, Kana, Hangul). One measure serves both
 * languages, so an excerpt limit or a reading time means the same effort in each.
 */

import { latinWordCount } from './latin-units.ts';

// Script_Extensions rather than Script so marks shared by the scripts (the kana
// prolonged-sound mark ー, the iteration mark 々) count; the letter/number guard
// keeps shared punctuation (、。「」) at zero.
const CJK_CHARACTER = /(?=[\p{L}\p{N}])[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]/gu;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * A word segmenter for a language, cached because building one loads ICU data.
 * @example [...wordSegmenter(page.lang).segment('我们支持')].map((s) => s.segment) // ['我们', '支持']
 */
export function wordSegmenter(lang?: string): Intl.Segmenter {
  const key = lang ?? '';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

/**
 * Units of one segment produced by a word segmenter: each CJK character counts
 * one, and whatever else in a word-like segment counts one more if it holds a
 * letter or a number. Punctuation, spaces and emoji count nothing.
 * @example segmentUnits('motion', true) // 1
 * @example segmentUnits('我们', true) // 2
 * @example segmentUnits('，', false) // 0
 */
export function segmentUnits(segment: string, isWordLike: boolean): number {
  if (!isWordLike) return 0;
  const cjk = segment.match(CJK_CHARACTER)?.length ?? 0;
  if (cjk === 0) return LETTER_OR_NUMBER.test(segment) ? 1 : 0;
  return cjk + (LETTER_OR_NUMBER.test(segment.replace(CJK_CHARACTER, '')) ? 1 : 0);
}

// Words the language's segmenter may split differently (a tailoring for the colon, say):
// the count without ICU is used for a language only if the segmenter agrees on this.
const PROBE = "Don't stop: it’s 3,500.25 e.g. co-op_x a:b 1;2 1.a ‘q’ “r” x·y __ café—ok… 5 × 6";
const agrees = new Map<string, boolean>();

function latinAgrees(lang: string | undefined): boolean {
  const key = lang ?? '';
  let result = agrees.get(key);
  if (result === undefined) {
    let units = 0;
    for (const { segment, isWordLike } of wordSegmenter(lang).segment(PROBE)) units += segmentUnits(segment, isWordLike ?? false);
    result = units === latinWordCount(PROBE);
    agrees.set(key, result);
  }
  return result;
}

/**
 * Counts the units of a text: words for space-separated scripts, characters
 * for CJK, mixed text adding both.
 * @example countUnits('The quick brown fox.') // 4
 * @example countUnits('我们支持 UCU 的 motion') // 7 (five Han characters, two words)
 */
export function countUnits(text: string, lang?: string): number {
  const latin = latinAgrees(lang) ? latinWordCount(text) : undefined;
  if (latin !== undefined) return latin;
  let units = 0;
  for (const { segment, isWordLike } of wordSegmenter(lang).segment(text)) {
    units += segmentUnits(segment, isWordLike ?? false);
  }
  return units;
}

/**
 * Where to cut a text so that what stays holds at most `maxUnits` units and
 * ends right after a word: a UTF-16 offset on a word boundary, so never inside
 * a word, a grapheme or a surrogate pair. Returns undefined when the whole text
 * fits. At least one word is always kept, even if it alone is over the limit,
 * so an excerpt is never empty.
 * @example findWordCut('Hello brave new world', 2) // 11 ('Hello brave')
 * @example findWordCut('Hello world.', 2) // undefined
 * @example findWordCut('我们支持这个项目', 3, page.lang) // 2 ('我们'; 支持 would make 4)
 */
export function findWordCut(text: string, maxUnits: number, lang?: string): number | undefined {
  let units = 0;
  let cut = 0;
  for (const { segment, index, isWordLike } of wordSegmenter(lang).segment(text)) {
    const value = segmentUnits(segment, isWordLike ?? false);
    if (value === 0) continue;
    if (units + value > maxUnits && cut > 0) return cut;
    units += value;
    cut = index + segment.length;
  }
  return undefined;
}
