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

// Word boundaries never join across ASCII whitespace unless a combining mark, format
// character or emoji modifier follows it (UAX #29, WB3–WB4), nor an ASCII character
// and a Han character (no rule joins them: the segmenter's dictionary takes runs of
// Han, and Han is not a letter to the other rules), so text split there counts the
// same piece by piece; words repeat, so each short piece's count is remembered.
const PIECES = /[ \t\n\r]+(?![\p{M}\p{Cf}\u{1F3FB}-\u{1F3FF}])|(?<=[\x00-\x7f])(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?=[\x00-\x7f])/u;
// Common Han characters and CJK punctuation only: every Han character is a word-like
// segment of its own or part of one, whatever the dictionary makes of the run, and
// punctuation is never one, so the count is the number of Han characters.
const HAN_AND_PUNCTUATION = /^[\u4e00-\u9fff\u3001\u3002\u3008-\u3011\u2014\u2018\u2019\u201c\u201d\u2026\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f]*$/;
const MAX_REMEMBERED_PIECE = 40;
const MAX_REMEMBERED = 100_000;
const pieceUnits = new Map<string, Map<string, number>>();

function unitsOfPiece(piece: string, lang: string | undefined, remembered: Map<string, number>): number {
  let units = remembered.get(piece);
  if (units !== undefined) return units;
  units = 0;
  const latin = latinAgrees(lang) ? latinWordCount(piece) : undefined;
  if (latin !== undefined) units = latin;
  else if (HAN_AND_PUNCTUATION.test(piece)) {
    for (let index = 0; index < piece.length; index++) if (piece.charCodeAt(index) >= 0x4e00 && piece.charCodeAt(index) <= 0x9fff) units++;
  } else {
    for (const { segment, isWordLike } of wordSegmenter(lang).segment(piece)) units += segmentUnits(segment, isWordLike ?? false);
  }
  if (piece.length <= MAX_REMEMBERED_PIECE) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(piece, units);
  }
  return units;
}

/**
 * Counts the units of a text: words for space-separated scripts, characters
 * for CJK, mixed text adding both. The same count as adding up segmentUnits
 * over the text's word segments (tests/unit/pipeline/text-units.test.ts checks
 * this on random text), at a fraction of the cost.
 * @example countUnits('The quick brown fox.') // 4
 * @example countUnits('我们支持 UCU 的 motion') // 7 (five Han characters, two words)
 */
export function countUnits(text: string, lang?: string): number {
  // Latin text throughout (most English bodies): one pass over it, without cutting it into pieces (whitespace,
  // a break to latinWordCount, is where they would be cut): 2,915 English corpus bodies 220 → 148 ms. Han text stops the pass at its first character.
  const latin = latinAgrees(lang) ? latinWordCount(text) : undefined;
  if (latin !== undefined) return latin;
  const key = lang ?? '';
  let remembered = pieceUnits.get(key);
  if (!remembered) pieceUnits.set(key, (remembered = new Map()));
  let units = 0;
  for (const piece of text.split(PIECES)) if (piece !== '') units += unitsOfPiece(piece, lang, remembered);
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
