import { describe, expect, it } from 'vitest';
import { TandemError } from '../../../src/lib/errors.ts';
import { digestOf } from '../../../src/lib/data-digest.ts';

describe.each([
  ['key order', { b: 1, a: 2 }, { a: 2, b: 1 }],
  ['dates by instant', { d: new Date('2024-01-01T00:00:00Z') }, { d: new Date(1704067200000) }],
  ['maps by content', new Map([['a', [1]]]), new Map([['a', [1]]])],
  ['null-prototype objects like plain ones', Object.assign(Object.create(null) as object, { a: 1 }), { a: 1 }],
])('digestOf: equal data, equal digest (%s)', (_, a, b) => {
  it('matches', () => expect(digestOf(a)).toBe(digestOf(b)));
});

describe.each([
  ['a changed string', { html: '<p>a</p>' }, { html: '<p>b</p>' }],
  ['a string split differently', ['ab', 'c'], ['a', 'bc']],
  ['number and its text', { n: 1 }, { n: '1' }],
  ['undefined and a missing key', { a: undefined }, {}],
  ['undefined and null', [undefined], [null]],
  ['a Set and an array', new Set([1]), [1]],
  ['different dates', new Date(0), new Date(1)],
  ['a map entry', new Map([['a', 1]]), new Map([['a', 2]])],
  ['an array and an object with index keys', [1], { 0: 1 }],
  ['a nested change', { post: { versions: { en: { title: 'A' } } } }, { post: { versions: { en: { title: 'B' } } } }],
])('digestOf: different data, different digest (%s)', (_, a, b) => {
  it('differs', () => expect(digestOf(a)).not.toBe(digestOf(b)));
});

describe.each([
  ['a function', { render: () => 'x' }],
  ['a class instance', { url: new URL('https://example.org/') }],
  ['a symbol', [Symbol('x')]],
  ['a cycle', (() => { const a: Record<string, unknown> = {}; a.self = a; return a; })()],
])('digestOf refuses %s (a key that ignored it could leave a page stale)', (_, value) => {
  it('throws a TandemError', () => expect(() => digestOf(value)).toThrow(TandemError));
});

describe('digestOf with known digests', () => {
  const post = { title: 'A', html: '<p>long</p>' };
  it('uses the digest it is given for a known object, so a different one changes the result', () => {
    const listing = { posts: [post], page: 1 };
    expect(digestOf(listing, new WeakMap([[post, 'one']]))).toBe(digestOf({ page: 1, posts: [post] }, new WeakMap([[post, 'one']])));
    expect(digestOf(listing, new WeakMap([[post, 'one']]))).not.toBe(digestOf(listing, new WeakMap([[post, 'two']])));
    expect(digestOf({ posts: [post], page: 2 }, new WeakMap([[post, 'one']]))).not.toBe(digestOf(listing, new WeakMap([[post, 'one']])));
  });
});
