import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { latinWordCount } from '../../../src/pipeline/latin-units.ts';
import { segmentUnits, wordSegmenter } from '../../../src/pipeline/text-units.ts';
import { prng } from './random.ts';

const segmenterCount = (text: string, lang?: string) => {
  let units = 0;
  for (const { segment, isWordLike } of wordSegmenter(lang).segment(text)) units += segmentUnits(segment, isWordLike ?? false);
  return units;
};

// Every character the counter classifies, weighted towards the ones that join or split words.
const PIECES = ['a', 'Z', 'é', 'ß', 'Ž', 'ǅ', '0', '9', '_', ':', '·', ',', ';', '.', "'", '‘', '’', '“', '”', '–', '—', '…', ' ', '\u00a0', '\n', '\t', '-', '/', '@', '#', '(', ')', '*', '[', ']', '!', '?', '$', '%', '&', '×', '÷', '~', '`', '"', '<', '>', '|', '\\', '^', '{', '}', '+', '='];
const langs = [undefined, ...siteConfig.locales.map((l) => l.lang)];

describe('latinWordCount', () => {
  it.each([
    ["Don’t stop: 3,500 e.g. co-op", 6],
    ['__ _a a_ 1_000', 3],
    ['a.1 1.a x.y.z', 5],
    ['café… naïve—Œuvre', 3],
    // The ends of the text: a middle character there joins nothing, the last word counts once.
    ['', 0],
    ['a', 1],
    ['.a', 1],
    ["a'", 1],
    ['1,', 1],
    [':', 0],
    ['_', 0],
  ])('%j → %i', (text, count) => expect(latinWordCount(text)).toBe(count));

  it.each(['我们', 'a\u0301', 'soft\u00adhyphen', '🇬🇧', 'Ёлка'])('leaves %j to the segmenter', (text) => expect(latinWordCount(text)).toBeUndefined());

  // LATIN_RUNS=200000 for a longer search.
  it('counts as the word segmenter does, in every configured language', () => {
    const r = prng(Number(process.env.LATIN_SEED ?? 7));
    for (let k = 0; k < Number(process.env.LATIN_RUNS ?? 5000); k++) {
      const text = Array.from({ length: 1 + r.int(24) }, () => (r.next() < 0.4 ? r.pick(['a', 'b', '1', 'x', 'é']) : r.pick(PIECES))).join('');
      for (const lang of langs) expect(latinWordCount(text), `${JSON.stringify(text)} ${lang}`).toBe(segmenterCount(text, lang));
    }
  });
});
