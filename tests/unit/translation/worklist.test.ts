import { describe, expect, it } from 'vitest';
import { alignBlocks, blockKind, effortOf, headingLevel, selectRecords, worklist, type TranslationStatus } from '../../../src/translation/index.ts';

const record = (slug: string, status: TranslationStatus['status'], work: number, extra: Partial<TranslationStatus> = {}): TranslationStatus =>
  ({ slug, locale: 'x', sourceLocale: 'y', status, title: { source: slug.toUpperCase() }, sourceFile: `${slug}.md`, translationFile: `${slug}.x.md`, recordedAt: '2021-01-01', changes: [], workLeft: { unit: 'words', count: work }, ...extra }) as TranslationStatus;

// Newest first, as computeStatuses returns them.
const records = [
  record('delta', 'missing', 50),
  record('bravo', 'review', 0, { size: { unit: 'characters', count: 900 } }),
  record('echo', 'missing', 700),
  record('alpha', 'draft', 120, { translator: 'Mei' }),
  record('charlie', 'up-to-date', 0),
  record('foxtrot', 'review', 0, { size: { unit: 'characters', count: 30 } }),
];

describe('worklist', () => {
  it.each([
    ['all states, date order', {}, [['missing', 2, 'delta,echo'], ['draft', 1, 'alpha'], ['review', 2, 'bravo,foxtrot'], ['up-to-date', 1, 'charlie']]],
    ['one state', { states: ['review'] as const }, [['review', 2, 'bravo,foxtrot']]],
    ['most work first', { states: ['missing'] as const, sort: 'work' as const }, [['missing', 2, 'echo,delta']]],
    ['reviews by the translation\'s size', { states: ['review'] as const, sort: 'work' as const }, [['review', 2, 'bravo,foxtrot']]],
    ['by title', { states: ['missing', 'review'] as const, sort: 'title' as const }, [['missing', 2, 'delta,echo'], ['review', 2, 'bravo,foxtrot']]],
    ['limited per state, totals kept', { limit: 1 }, [['missing', 2, 'delta'], ['draft', 1, 'alpha'], ['review', 2, 'bravo'], ['up-to-date', 1, 'charlie']]],
  ])('%s', (_name, options, expected) => {
    expect(worklist(records, options).map((g) => [g.state, g.total, g.records.map((r) => r.slug).join(',')])).toEqual(expected);
  });

  it('effort is work left, or the size of a translation to review', () => {
    expect(records.map(effortOf)).toEqual([50, 900, 700, 120, 0, 30]);
  });

  it('an empty state filter keeps everything and never reorders the input', () => {
    expect(selectRecords(records, { states: [] }).map((r) => r.slug)).toEqual(records.map((r) => r.slug));
    expect(records[0]?.slug).toBe('delta');
  });
});

describe('blockKind and headingLevel', () => {
  it.each([
    ['# One', 'heading', 1],
    ['Title\n=====', 'heading', 1],
    ['Title\n-----', 'heading', 2],
    ['#### Four', 'heading', 4],
    ['- a\n- b', 'list', undefined],
    ['1. a', 'list', undefined],
    ['| a |\n| - |', 'table', undefined],
    ['```js\nx\n```', 'code', undefined],
    ['> quoted', 'quote', undefined],
    ['[^1]: note', 'footnote', undefined],
    ['[x]: https://example.org', 'linkDefinition', undefined],
    ['<div>x</div>', 'html', undefined],
    ['***', 'divider', undefined],
    ['#hashtag is text', 'paragraph', undefined],
    ['我们支持这项动议。', 'paragraph', undefined],
  ])('%j is a %s', (markdown, kind, level) => {
    expect(blockKind(markdown)).toBe(kind);
    expect(headingLevel(markdown)).toBe(level);
  });
});

describe('alignBlocks', () => {
  const shape = (rows: ReturnType<typeof alignBlocks>) => rows.map((r) => `${r.source?.index ?? '-'}:${r.translation?.index ?? '-'}:${r.match}`);
  it.each([
    ['identical structure pairs one to one', ['# T', 'a', 'b'], ['# 题', '甲', '乙'], ['0:0:same-kind', '1:1:same-kind', '2:2:same-kind']],
    ['headings anchor; a paragraph the translator merged is unmatched', ['## A', 'p1', 'p2', '## B', 'p3'], ['## 甲', '段一', '## 乙', '段三'], ['0:0:same-kind', '1:1:same-kind', '2:-:unmatched', '3:2:same-kind', '4:3:same-kind']],
    ['a heading at another level pairs by position, marked', ['## A', 'p'], ['### 甲', '段'], ['0:0:other-kind', '1:1:same-kind']],
    ['a list translated as a paragraph pairs by position', ['## A', '- x\n- y', '## B'], ['## 甲', '甲乙两项', '## 乙'], ['0:0:same-kind', '1:1:other-kind', '2:2:same-kind']],
    ['an extra translator\'s note at the end is unmatched', ['p'], ['段', '译者注：……'], ['0:0:same-kind', '-:1:unmatched']],
    ['an empty translation leaves every source block unmatched', ['# A', 'p'], [], ['0:-:unmatched', '1:-:unmatched']],
  ])('%s', (_name, source, translation, expected) => {
    expect(shape(alignBlocks(source, translation))).toEqual(expected);
  });

  it('aligns a 1,500-block post keeping every block once, pairs of one kind', () => {
    const source = Array.from({ length: 1500 }, (_, k) => (k % 10 === 0 ? `## H${k}` : `p${k}`));
    const translation = source.filter((_, k) => k % 7 !== 3);
    const rows = alignBlocks(source, translation);
    expect(rows.filter((r) => r.source).length).toBe(source.length);
    expect(rows.filter((r) => r.translation).length).toBe(translation.length);
    expect(rows.filter((r) => r.match === 'same-kind').every((r) => alignmentKeyOf(r.source?.text) === alignmentKeyOf(r.translation?.text))).toBe(true);
  });
});

function alignmentKeyOf(text: string | undefined): string {
  return `${blockKind(text ?? '')}${headingLevel(text ?? '') ?? ''}`;
}
