/**
 * `tandem status --json` as text: the records array exactly as
 * `JSON.stringify(records, null, 2)` writes it, put together from each record's
 * own text. A record kept from an earlier run (see PostCache) comes with the text
 * it was printed as, so a warm run prints 20,000 records without serialising them
 * again; a record's text is made once however often it is printed or kept.
 * @module
 */
import type { TranslationStatus } from './status.ts';

const texts = new WeakMap<TranslationStatus, string>();

/**
 * A record as an element of the printed array: its indented JSON, two spaces in.
 * @example recordText({ slug: 'a', … }) // '  {\n    "slug": "a",\n    …\n  }'
 */
export function recordText(record: TranslationStatus): string {
  let text = texts.get(record);
  if (text === undefined) {
    // As an element of an array: indented two spaces in by JSON.stringify itself, not by a second pass over the text.
    text = JSON.stringify([record], null, 2).slice(2, -2);
    texts.set(record, text);
  }
  return text;
}

/**
 * The record a recordText stands for, which prints as that very text.
 * @example recordFromText(recordText(record)) // deepEqual record
 */
export function recordFromText(text: string): TranslationStatus {
  const record = JSON.parse(text) as TranslationStatus;
  texts.set(record, text);
  return record;
}

// Pieces of about 64K characters: printing 10,000 posts' records as one string would build, copy and encode a 10 MB string
// (20 MB as two-byte text) in fresh memory three times over, which cost more than the rest of printing.
const PIECE = 1 << 16;

/**
 * The records as `JSON.stringify(records, null, 2)` writes them, in pieces to write one after the other.
 * @example [...recordsJson([])].join('') // '[]'
 * @example [...recordsJson([record])].join('') // '[\n' + recordText(record) + '\n]'
 */
export function recordsJson(records: readonly TranslationStatus[]): Generator<string> {
  return textsJson(records.map(recordText));
}

/**
 * The printed array of records given by their recordTexts (or runs of them already joined by `,\n`), in pieces of about `size` characters.
 * @example [...textsJson([recordText(a), recordText(b)])].join('') // [...recordsJson([a, b])].join('')
 */
export function* textsJson(texts: Iterable<string>, size = PIECE): Generator<string> {
  let piece = '[\n';
  let first = true;
  for (const text of texts) {
    piece += first ? text : `,\n${text}`;
    first = false;
    if (piece.length < size) continue;
    yield piece;
    piece = '';
  }
  yield first ? '[]' : `${piece}\n]`;
}
