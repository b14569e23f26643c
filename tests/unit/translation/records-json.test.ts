import { describe, expect, it } from 'vitest';
import { recordFromText, recordsJson, recordText, textsJson } from '../../../src/translation/records-json.ts';
import type { TranslationStatus } from '../../../src/translation/status.ts';

const base = { slug: 'a', locale: 'zh', sourceLocale: 'en', title: { source: 'A "quoted" title\\n' }, sourceFile: 'content/posts/a/en.md', workLeft: { unit: 'words', count: 3 } } as const;
const records: [string, TranslationStatus][] = [
  ['missing', { ...base, status: 'missing' }],
  ['derived', { ...base, locale: 'zh-Hant', status: 'derived', derivedFrom: 'zh' }],
  ['review, with size and translator', { ...base, status: 'review', translationFile: 'content/posts/a/zh.md', size: { unit: 'characters', count: 12 }, translator: '李 "明"' }],
  ['outdated, with changes', { ...base, title: { source: '维吾尔', translation: '維吾爾\u2028' }, status: 'outdated', translationFile: 'content/posts/a/zh.md', recordedAt: '2021-02-23', changes: [{ kind: 'changed', field: 'title', oldText: 'a', newText: 'b' }, { kind: 'added', newText: 'line\nbreak', newIndex: 2 }] as never }],
  ['a static page', { ...base, kind: 'page', status: 'up-to-date', translationFile: 'content/pages/a/zh.md', recordedAt: '2021-02-23' }],
];

describe('records as printed', () => {
  it.each(records)('%s: recordText is the element JSON.stringify(records, null, 2) prints, and reads back', (_, record) => {
    expect(recordText(record)).toBe(JSON.stringify([record], null, 2).split('\n').slice(1, -1).join('\n'));
    expect(recordFromText(recordText(record))).toEqual(record);
  });

  it('prints the array as JSON.stringify(records, null, 2) does', () => {
    const all = records.map(([, record]) => record);
    expect([...recordsJson(all)].join('')).toBe(JSON.stringify(all, null, 2));
    expect([...textsJson(all.map(recordText))].join('')).toBe(JSON.stringify(all, null, 2));
    expect([...recordsJson([])].join('')).toBe(JSON.stringify([], null, 2));
  });

  it.each([1, 100, 1000, 1 << 16])('prints in pieces of about %i characters that join into the same array', (size) => {
    const all = Array.from({ length: 40 }, (_, k) => records[k % records.length]![1]);
    const pieces = [...textsJson(all.map(recordText), size)];
    expect(pieces.join('')).toBe(JSON.stringify(all, null, 2));
    const longest = Math.max(...all.map((record) => recordText(record).length));
    for (const piece of pieces) expect(piece.length).toBeLessThan(size + longest + 4);
    if (size === 1) expect(pieces).toHaveLength(all.length + 1);
  });
});
