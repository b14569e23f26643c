import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { asciiJson, readKept, writeKept, writeKeptJson } from '../../../src/lib/kept-json.ts';
import { writeTree } from '../helpers.ts';

it('reads back what was kept under the same version only', async () => {
  const file = path.join(await writeTree({}), 'deep', 'cache.json');
  expect(readKept(file, 'v1')).toBeUndefined();
  await writeKept(file, 'v1', { a: [1, 2] });
  expect(readKept(file, 'v1')).toEqual({ a: [1, 2] });
  expect(readKept(file, 'v2')).toBeUndefined();
});

it.each([['not json at all'], ['{"version":"v1"'], ['null'], ['[1,2]']])('treats a damaged file (%j) as nothing kept', async (text) => {
  const file = path.join(await writeTree({}), 'cache.json');
  writeFileSync(file, text);
  expect(readKept(file, 'v1')).toBeUndefined();
});

it('never fails a run when the file cannot be written', async () => {
  const dir = await writeTree({ 'blocker': 'a file where a folder should be' });
  await expect(writeKept(path.join(dir, 'blocker', 'cache.json'), 'v1', {})).resolves.toBeUndefined();
});

it.each([
  ['Chinese', { title: '维吾尔人权', zh: '繁體' }],
  ['an emoji (a surrogate pair)', { text: 'vote 🗳️ now' }],
  ['a lone surrogate', { text: 'broken \ud800 half' }],
  ['Latin-1 and DEL', { text: 'café \u007f naïve' }],
  ['control characters and quotes', { text: 'a\u0001b\n"c"\\' }],
  ['nothing beyond ASCII', { a: [1, 2, { b: null }] }],
])('asciiJson writes %s as ASCII that reads back the same', (_, value) => {
  const text = asciiJson(value);
  expect(/^[\x00-\x7e]*$/.test(text)).toBe(true);
  expect(JSON.parse(text)).toEqual(value);
});

it('reads back a kept file written as UTF-8 too', async () => {
  const file = path.join(await writeTree({}), 'cache.json');
  writeFileSync(file, JSON.stringify({ version: 'v1', data: { title: '维吾尔' } }));
  expect(readKept(file, 'v1')).toEqual({ title: '维吾尔' });
  await writeKept(file, 'v1', { title: '维吾尔 🗳️' });
  expect(readKept(file, 'v1')).toEqual({ title: '维吾尔 🗳️' });
});

it('keeps data put together from parts serialised apart as the same data written whole', async () => {
  const dir = await writeTree({});
  const parts = [['a', { title: '维吾尔' }], ['b', { n: [1, 2] }]] as const;
  await writeKeptJson(path.join(dir, 'parts.json'), 'v1', `{${parts.map(([key, value]) => `${asciiJson(key)}:${asciiJson(value)}`).join(',')}}`);
  await writeKept(path.join(dir, 'whole.json'), 'v1', Object.fromEntries(parts));
  expect(readKept(path.join(dir, 'parts.json'), 'v1')).toEqual(readKept(path.join(dir, 'whole.json'), 'v1'));
  expect(readFileSync(path.join(dir, 'parts.json'), 'utf8')).toBe(readFileSync(path.join(dir, 'whole.json'), 'utf8'));
});

it.each([
  ['one part', (json: string) => [json]],
  ['parts cut anywhere', (json: string) => [json.slice(0, 3), json.slice(3, 9), '', json.slice(9)]],
])('keeps data given as ASCII JSON bytes in %s as the same data given as text', async (_, cut) => {
  const dir = await writeTree({});
  const json = asciiJson({ a: { title: '维吾尔' }, b: [1, 2] });
  // Views into a larger buffer, as the status cache's entries are.
  const parts = cut(json).map((part) => {
    const bytes = Buffer.from(`xx${part}yy`, 'latin1').subarray(2, -2);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  });
  await writeKeptJson(path.join(dir, 'bytes.json'), 'v1', parts);
  await writeKeptJson(path.join(dir, 'text.json'), 'v1', json);
  expect(readFileSync(path.join(dir, 'bytes.json'), 'utf8')).toBe(readFileSync(path.join(dir, 'text.json'), 'utf8'));
  expect(readKept(path.join(dir, 'bytes.json'), 'v1')).toEqual({ a: { title: '维吾尔' }, b: [1, 2] });
});

it.each([
  ['维吾尔', '"\\u7ef4\\u543e\\u5c14"'],
  ['a维b吾', '"a\\u7ef4b\\u543e"'],
  ['🗳', '"\\ud83d\\uddf3"'],
  ['\u007f~', '"\\u007f~"'],
  ['é\u0001', '"\\u00e9\\u0001"'],
  // Every hex digit place, from a zero-padded one to the highest code unit.
  ['\u0800\u1abc\uffef', '"\\u0800\\u1abc\\uffef"'],
])('asciiJson(%j) is %s', (value, expected) => {
  expect(asciiJson(value)).toBe(expected);
});
