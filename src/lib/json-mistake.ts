/**
 * Where a JSON text that `JSON.parse` refuses goes wrong. V8 names the place for only some
 * mistakes ("Unexpected end of JSON input" and "Unexpected token" have none), so the text is
 * read again by jsonc-parser in strict JSON mode, which gives the offset of the first mistake.
 * @module
 */
import { createRequire } from 'node:module';

// Loaded only for a text with a mistake: reading good JSON never needs it.
let jsonc: typeof import('jsonc-parser') | undefined;
const parser = () => (jsonc ??= createRequire(import.meta.url)('jsonc-parser') as typeof import('jsonc-parser'));

/**
 * The 1-based line and column of the first mistake in a JSON text, or undefined when it has none.
 * @example jsonMistakeAt('{ "version": 1,') // { line: 1, column: 16 }
 * @example jsonMistakeAt('{\n  "a": 1,\n}') // { line: 3, column: 1 }
 * @example jsonMistakeAt('{ "a": 1 }') // undefined
 */
export function jsonMistakeAt(text: string): { line: number; column: number } | undefined {
  const errors: import('jsonc-parser').ParseError[] = [];
  parser().parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const offset = errors[0]?.offset;
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
