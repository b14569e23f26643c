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

/**
 * The records as `JSON.stringify(records, null, 2)` writes them.
 * @example recordsJson([]) // '[]'
 * @example recordsJson([record]) // '[\n' + recordText(record) + '\n]'
 */
export function recordsJson(records: readonly TranslationStatus[]): string {
  return textsJson(records.map(recordText));
}

/**
 * The printed array of records given by their recordTexts.
 * @example textsJson([recordText(a), recordText(b)]) // recordsJson([a, b])
 */
export function textsJson(texts: readonly string[]): string {
  return texts.length === 0 ? '[]' : `[\n${texts.join(',\n')}\n]`;
}
