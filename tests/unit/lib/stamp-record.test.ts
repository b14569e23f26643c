import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { beginStampRecord, fileStamp, readStampRecord, recorded, writeStampRecord, type StampRecord } from '../../../src/lib/stamp-record.ts';
import { writeTree } from '../helpers.ts';

const stats = { size: 5n, mtimeNs: 10n, ino: 7n, dev: 1n };
const record: StampRecord<string> = { at: 20n, entries: new Map([['a.html', { stamp: fileStamp(stats), value: 'digest' }]]) };

describe('recorded', () => {
  it.each([
    ['unchanged, modified before the record', 'a.html', stats, { value: 'digest' }],
    ['modified at the record\'s moment (racy)', 'a.html', { ...stats, mtimeNs: 20n }, undefined],
    ['modified after it', 'a.html', { ...stats, mtimeNs: 25n }, undefined],
    ['another size', 'a.html', { ...stats, size: 6n }, undefined],
    ['replaced by another file (inode)', 'a.html', { ...stats, ino: 8n }, undefined],
    ['another device', 'a.html', { ...stats, dev: 2n }, undefined],
    ['not in the record', 'b.html', stats, undefined],
  ])('%s', (_, key, fileStats, expected) => {
    expect(recorded(record, key, fileStats)).toEqual(expected);
  });

  it('trusts nothing without a record', () => {
    expect(recorded(undefined, 'a.html', stats)).toBeUndefined();
  });
});

describe('stamp records on disk', () => {
  it('round-trips, leaves nothing to trust while a run is under way, and ignores another version', async () => {
    const file = path.join(await writeTree({}), 'cache/record.json');
    const next = await beginStampRecord<[string, number] | null>(file);
    expect(await readStampRecord(file, 1)).toBeUndefined();
    next.entries.set('en/a.html', { stamp: fileStamp(stats), value: ['en-gb', 3] });
    next.entries.set('en/b.html', { stamp: fileStamp(stats), value: null });
    await writeStampRecord(file, 1, next);
    expect(await readStampRecord(file, 1)).toEqual(next);
    expect(await readStampRecord(file, 2)).toBeUndefined();
    // The moment is the file system's clock: a file written after the record began is never older.
    const later = path.join(path.dirname(file), 'later.html');
    await writeFile(later, 'x');
    expect((await stat(later, { bigint: true })).mtimeNs >= next.at).toBe(true);
    await writeFile(file, '{"version":1,"at":"x"');
    expect(await readStampRecord(file, 1)).toBeUndefined();
    expect(await readFile(file, 'utf8')).toContain('version');
  });
});
