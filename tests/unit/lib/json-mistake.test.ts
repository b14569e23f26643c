import { describe, expect, it } from 'vitest';
import { jsonMistakeAt } from '../../../src/lib/json-mistake.ts';

describe('jsonMistakeAt', () => {
  it.each([
    // V8 gives no place for these.
    ['the text ends early', '{"version": 1, "digest": \n', { line: 2, column: 1 }],
    ['an empty file', '', { line: 1, column: 1 }],
    ['a trailing comma in a list', '[1, 2,]', { line: 1, column: 7 }],
    ['NaN', '{"a": NaN}', { line: 1, column: 7 }],
    ['a byte-order mark', '\ufeff{}', { line: 1, column: 1 }],
    // V8 gives these; the place is the same.
    ['a trailing comma in an object, on its own line', '{\n  "a": 1,\n}', { line: 3, column: 1 }],
    ['an unquoted key', '{ not json', { line: 1, column: 3 }],
    ['a number with a leading zero', '{"a": 01}', { line: 1, column: 8 }],
    ['a comment', '{"a": 1 /* c */}', { line: 1, column: 9 }],
    ['text after the value', '{"a": 1} x', { line: 1, column: 10 }],
    ['Chinese before the mistake', '{\n  "title": "团结",\n  "x": }', { line: 3, column: 8 }],
    ['valid JSON', '{ "a": [1, "b"] }', undefined],
  ])('%s', (_, text, place) => {
    expect(jsonMistakeAt(text)).toEqual(place);
    // Every text with a mistake here is one JSON.parse refuses, and the valid one it reads.
    if (place) expect(() => JSON.parse(text)).toThrow(SyntaxError);
    else expect(JSON.parse(text)).toEqual({ a: [1, 'b'] });
  });
});
