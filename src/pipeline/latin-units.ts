/**
 * Counting words of Latin-script text without ICU. A word segmenter is most of
 * what counting costs (`tandem status` counts every untranslated source); for
 * text made only of the characters classified below, the Unicode word-boundary
 * rules (UAX #29) that can apply are few enough to follow here, and give the
 * same count as Intl.Segmenter (a property test compares them). Any other
 * character, and the caller uses the segmenter.
 * @module
 */

const OTHER = 0;
const LETTER = 1;
const NUMERIC = 2;
const CONNECTOR = 3; // ExtendNumLet: `_`
const MID_LETTER = 4; // `:` and `·` join letters
const MID_NUM = 5; // `,` `;` join digits
const MID_NUM_LET = 6; // `.` `'` `‘` `’` join letters, or digits
const UNKNOWN = -1;

const CLASSES = new Int8Array(0x2030).fill(UNKNOWN);
// Printable ASCII, whitespace and line breaks: everything that is not named below is a break.
for (let code = 0x09; code <= 0x0d; code++) CLASSES[code] = OTHER;
for (let code = 0x20; code <= 0x7e; code++) CLASSES[code] = OTHER;
for (let code = 0x41; code <= 0x5a; code++) CLASSES[code] = LETTER;
for (let code = 0x61; code <= 0x7a; code++) CLASSES[code] = LETTER;
for (let code = 0x30; code <= 0x39; code++) CLASSES[code] = NUMERIC;
CLASSES[0x5f] = CONNECTOR;
CLASSES[0x3a] = MID_LETTER;
CLASSES[0x2c] = MID_NUM;
CLASSES[0x3b] = MID_NUM;
CLASSES[0x2e] = MID_NUM_LET;
CLASSES[0x27] = MID_NUM_LET;
// Latin-1 and Latin Extended-A/B letters (not × and ÷), no-break space, typographic quotes, dashes and the ellipsis.
for (let code = 0xc0; code <= 0x24f; code++) CLASSES[code] = code === 0xd7 || code === 0xf7 ? OTHER : LETTER;
CLASSES[0xa0] = OTHER;
CLASSES[0xb7] = MID_LETTER;
CLASSES[0x2018] = MID_NUM_LET;
CLASSES[0x2019] = MID_NUM_LET;
for (const code of [0x201c, 0x201d, 0x2013, 0x2014, 0x2026]) CLASSES[code] = OTHER;

// Offsets outside the text (either side of it) read as a break, without reading past the string: V8's code for
// a read out of bounds, and for a second way of counting the last word, was thrown away and rebuilt hundreds of
// times a run (English bodies counted 2.5× slower once Chinese ones had been).
const classOf = (text: string, index: number): number => {
  if (index < 0 || index >= text.length) return OTHER;
  const code = text.charCodeAt(index);
  return code < CLASSES.length ? (CLASSES[code] ?? UNKNOWN) : UNKNOWN;
};
const isWordPart = (cls: number) => cls === LETTER || cls === NUMERIC || cls === CONNECTOR;

/**
 * The number of words holding a letter or digit in `text`, as a word segmenter
 * counts them; undefined when the text holds a character not classified here.
 * @example latinWordCount("Don’t stop: 3,500 e.g. co-op") // 6 (Don’t, stop, 3,500, e.g, co, op)
 * @example latinWordCount('我们') // undefined
 */
export function latinWordCount(text: string): number | undefined {
  let words = 0;
  let inWord = false;
  let hasAlnum = false;
  // One step past the end, which reads as a break, closes the last word as any other: no second place that counts one.
  for (let index = 0; index <= text.length; index++) {
    const cls = classOf(text, index);
    if (cls === UNKNOWN) return undefined;
    if (isWordPart(cls)) {
      if (!inWord) {
        inWord = true;
        hasAlnum = false;
      }
      if (cls !== CONNECTOR) hasAlnum = true;
      continue;
    }
    if (inWord && cls >= MID_LETTER) {
      // WB6/7 and WB11/12: one middle character between two letters, or two digits, keeps the word going.
      const before = classOf(text, index - 1);
      const after = classOf(text, index + 1);
      const letters = before === LETTER && after === LETTER && (cls === MID_LETTER || cls === MID_NUM_LET);
      const digits = before === NUMERIC && after === NUMERIC && (cls === MID_NUM || cls === MID_NUM_LET);
      if (letters || digits) continue;
    }
    if (inWord && hasAlnum) words++;
    inWord = false;
  }
  return words;
}
