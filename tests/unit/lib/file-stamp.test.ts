import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestOf, entriesOf, fileSystemClock, isRacy, listingKey, stampOf, type ListedEntry } from '../../../src/lib/file-stamp.ts';

const stats = { size: 5n, mtimeNs: 1_000_000_010n, ctimeNs: 1_000_000_011n, ino: 7n, dev: 1n };

describe('stampOf', () => {
  it.each([
    ['as given', stats, '5:1000000010:1000000011:7:1'],
    ['another size (an edit that grew the file)', { ...stats, size: 6n }, '6:1000000010:1000000011:7:1'],
    ['a modification time one nanosecond later', { ...stats, mtimeNs: 1_000_000_011n }, '5:1000000011:1000000011:7:1'],
    ['a change time moved on (an edit with the modification time put back)', { ...stats, ctimeNs: 2_000_000_000n }, '5:1000000010:2000000000:7:1'],
    ['another inode (replaced by a rename)', { ...stats, ino: 8n }, '5:1000000010:1000000011:8:1'],
    ['another device', { ...stats, dev: 2n }, '5:1000000010:1000000011:7:2'],
    ['without the change time (a file hard links are made to)', { size: 5n, mtimeNs: 1_000_000_010n, ino: 7n, dev: 1n }, '5:1000000010:7:1'],
  ])('%s', (_, fields, expected) => {
    expect(stampOf(fields)).toBe(expected);
  });
});

describe('isRacy', () => {
  it.each([
    ['changed well before', { mtimeNs: 9n, ctimeNs: 9n }, 10n, false],
    ['modified in the same tick as the record', { mtimeNs: 10n, ctimeNs: 9n }, 10n, true],
    ['its status changed in that tick (a back-dated touch)', { mtimeNs: 1n, ctimeNs: 10n }, 10n, true],
    ['modified after', { mtimeNs: 11n, ctimeNs: 11n }, 10n, true],
    ['stamped in the future (clock skew)', { mtimeNs: 10n ** 30n, ctimeNs: 9n }, 10n, true],
    ['without the change time: modified before', { mtimeNs: 9n }, 10n, false],
    ['without the change time: modified in the same tick', { mtimeNs: 10n }, 10n, true],
  ])('%s', (_, fields, since, expected) => {
    expect(isRacy(fields, since)).toBe(expected);
  });
});

const entry = (name: string, kind: 'f' | 'd' | 'l' | 'o'): ListedEntry => ({ name, isFile: () => kind === 'f', isDirectory: () => kind === 'd', isSymbolicLink: () => kind === 'l' });

describe('listingKey', () => {
  const base = listingKey([entry('en.md', 'f'), entry('post.yaml', 'f')]);
  it.each([
    ['the same entries in another order', [entry('post.yaml', 'f'), entry('en.md', 'f')], true],
    ['a file added', [entry('en.md', 'f'), entry('post.yaml', 'f'), entry('zh.md', 'f')], false],
    ['a file removed', [entry('post.yaml', 'f')], false],
    ['a file renamed', [entry('en.markdown', 'f'), entry('post.yaml', 'f')], false],
    ['a file turned into a link', [entry('en.md', 'l'), entry('post.yaml', 'f')], false],
    ['a file turned into a folder', [entry('en.md', 'd'), entry('post.yaml', 'f')], false],
    ['a name in other case', [entry('EN.md', 'f'), entry('post.yaml', 'f')], false],
  ])('%s', (_, entries, same) => {
    expect(listingKey(entries) === base).toBe(same);
  });
});

describe('entriesOf', () => {
  it.each([
    ['nothing', []],
    ['a post folder', [entry('post.yaml', 'f'), entry('en.md', 'f'), entry('images', 'd')]],
    ['a link and something else', [entry('zh.md', 'l'), entry('socket', 'o')]],
    ['names with spaces and CJK', [entry('草稿 1.md', 'f'), entry('notes.txt', 'f')]],
  ])('reads back what listingKey wrote: %s', (_, entries) => {
    const key = listingKey(entries);
    const back = entriesOf(key);
    expect(listingKey(back)).toBe(key);
    expect(back.map((e) => [e.name, e.isFile(), e.isDirectory(), e.isSymbolicLink()])).toEqual(
      entries.map((e) => [e.name, e.isFile(), e.isDirectory(), e.isSymbolicLink()]).sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)),
    );
  });
});

describe('digestOf', () => {
  it.each([
    ['a', 'ypeBEsobvcr6wjGzmiPcTa'],
    ['', '47DEQpj8HBSa-_TImW-5JC'],
  ])('%j', (text, expected) => {
    expect(digestOf(new TextEncoder().encode(text))).toBe(expected);
  });
  it('differs for one byte changed at equal size', () => {
    expect(digestOf(new TextEncoder().encode('tradition'))).not.toBe(digestOf(new TextEncoder().encode('tradiTion')));
  });
});

describe('fileSystemClock', () => {
  it('is the time the file system gives a file written now, creating its folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tandem-clock-'));
    const before = BigInt(Date.now() - 5_000) * 1_000_000n;
    const clock = fileSystemClock(path.join(dir, 'a', 'b', 'tick'));
    expect(clock).toBe(statSync(path.join(dir, 'a', 'b', 'tick'), { bigint: true }).mtimeNs);
    expect(clock).toBeGreaterThan(before);
    rmSync(dir, { recursive: true });
  });
  it('is null where no file can be written', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tandem-clock-'));
    writeFileSync(path.join(dir, 'file'), '');
    expect(fileSystemClock(path.join(dir, 'file', 'tick'))).toBeNull();
    rmSync(dir, { recursive: true });
  });
});
