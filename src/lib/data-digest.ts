/**
 * One digest for a tree of data, for keys that must change whenever the data does.
 * @module
 */
import { createHash, type Hash } from 'node:crypto';
import { TandemError } from './errors.ts';

// Data is a tree of plain values; anything deeper is a cycle or a mistake, never content.
const MAX_DEPTH = 64;

/**
 * Feeds `value` into `hash` so that two values hash alike only if they hold the same
 * data: object keys sorted, Dates by instant, Maps and Sets by content, `undefined`
 * distinct from a missing key's absence. Functions and class instances other than
 * those cannot be keyed and throw: a key that silently ignored them could leave a page stale.
 * `known` gives the digests of objects already digested (which must not have changed
 * since), so data shared by thousands of keys is walked once.
 * @example digestOf({ b: 1, a: [new Date(0)] }) === digestOf({ a: [new Date(0)], b: 1 }) // true
 */
export function digestOf(value: unknown, known?: WeakMap<object, string>): string {
  const hash = createHash('sha256');
  feed(hash, value, 0, known);
  return hash.digest('base64url');
}

function feed(hash: Hash, value: unknown, depth: number, known: WeakMap<object, string> | undefined): void {
  if (depth > MAX_DEPTH) throw new TandemError('page-key', { detail: `nested deeper than ${MAX_DEPTH} levels` });
  const digest = typeof value === 'object' && value !== null ? known?.get(value) : undefined;
  if (digest !== undefined) {
    hash.update(`#${digest};`);
  } else if (value === null || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    hash.update(`${typeof value}:${String(value)};`);
  } else if (value === undefined) {
    hash.update('u;');
  } else if (typeof value === 'string') {
    hash.update(`s${value.length}:`).update(value);
  } else if (value instanceof Date) {
    hash.update(`d:${value.getTime()};`);
  } else if (Array.isArray(value) || value instanceof Set) {
    hash.update(value instanceof Set ? 'S[' : '[');
    for (const item of value) feed(hash, item, depth + 1, known);
    hash.update(']');
  } else if (value instanceof Map) {
    hash.update('M{');
    for (const [key, item] of value) {
      feed(hash, key, depth + 1, known);
      feed(hash, item, depth + 1, known);
    }
    hash.update('}');
  } else if (typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    hash.update('{');
    for (const key of Object.keys(value).sort()) {
      hash.update(`k${key.length}:${key}`);
      feed(hash, (value as Record<string, unknown>)[key], depth + 1, known);
    }
    hash.update('}');
  } else {
    throw new TandemError('page-key', { detail: `a ${typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value} cannot be part of a page's key` });
  }
}
