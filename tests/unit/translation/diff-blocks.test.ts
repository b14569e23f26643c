import { describe, expect, it } from 'vitest';
import { compareToBase, diffBlocks, diffText, fingerprintBlocks, fingerprintText, similarity, type Change } from '../../../src/translation/index.ts';

const paragraphs = ['The motion asks the union to act.', 'SOAS has a long tradition of activism.', 'Read the full motion here.', 'Supporters say solidarity must reach everyone.'];
const blocks = (texts: readonly string[]) => fingerprintBlocks(texts.join('\n\n'));
const [p0 = '', p1 = '', p2 = '', p3 = ''] = paragraphs;

describe('diffBlocks', () => {
  const cases: { name: string; after: string[]; expected: Change[] }[] = [
    { name: 'nothing', after: paragraphs, expected: [] },
    {
      name: 'a paragraph edited in place',
      after: [p0, 'SOAS has a proud tradition of activism.', p2, p3],
      expected: [{ kind: 'changed', oldIndex: 1, newIndex: 1, oldText: p1, newText: 'SOAS has a proud tradition of activism.' }],
    },
    { name: 'a paragraph added', after: [p0, p1, 'A new paragraph.', p2, p3], expected: [{ kind: 'added', newIndex: 2, newText: 'A new paragraph.' }] },
    { name: 'a paragraph removed', after: [p0, p2, p3], expected: [{ kind: 'removed', oldIndex: 1, oldText: p1 }] },
    { name: 'a paragraph moved', after: [p0, p2, p3, p1], expected: [{ kind: 'moved', oldIndex: 1, newIndex: 3, oldText: p1, newText: p1 }] },
    {
      name: 'an edit next to an addition pairs the similar blocks',
      after: [p0, 'Something entirely unrelated about the weather.', 'SOAS has a long tradition of student activism.', p2, p3],
      expected: [
        { kind: 'added', newIndex: 1, newText: 'Something entirely unrelated about the weather.' },
        { kind: 'changed', oldIndex: 1, newIndex: 2, oldText: p1, newText: 'SOAS has a long tradition of student activism.' },
      ],
    },
    {
      name: 'everything at once, in reading order',
      after: [p3, 'The motion asks the union to act now.', p2, 'Closing words.'],
      expected: [
        { kind: 'moved', oldIndex: 3, newIndex: 0, oldText: p3, newText: p3 },
        { kind: 'changed', oldIndex: 0, newIndex: 1, oldText: p0, newText: 'The motion asks the union to act now.' },
        { kind: 'removed', oldIndex: 1, oldText: p1 },
        { kind: 'added', newIndex: 3, newText: 'Closing words.' },
      ],
    },
  ];
  it.each(cases)('$name', ({ after, expected }) => {
    expect(diffBlocks(blocks(paragraphs), blocks(after))).toEqual(expected);
  });

  it('reports formatting-only edits as nothing, keeping the new text', () => {
    expect(diffBlocks(blocks(['Some *text* here.']), blocks(['Some _text_\nhere.']))).toEqual([]);
  });

  it('copes with repeated blocks', () => {
    const before = blocks(['Yes.', 'No.', 'Yes.']);
    expect(diffBlocks(before, blocks(['Yes.', 'Yes.']))).toEqual([{ kind: 'removed', oldIndex: 1, oldText: 'No.' }]);
  });
});

describe('compareToBase: fields and update notes', () => {
  const update = (date: string, text: string) => ({ ...fingerprintText(text), hash: fingerprintText(`${date} ${text}`).hash, date });
  const before = { fields: { title: fingerprintText('Students vote'), updates: [update('2021-02-23', 'Passed by 86%.')] }, blocks: blocks([p0]) };

  it('lists changed fields before body blocks', () => {
    const after = { fields: { title: fingerprintText('Students vote for solidarity'), summary: fingerprintText('A summary.'), updates: before.fields.updates }, blocks: blocks([p0, 'More.']) };
    expect(compareToBase(before, after)).toEqual([
      { kind: 'changed', field: 'title', oldText: 'Students vote', newText: 'Students vote for solidarity' },
      { kind: 'added', field: 'summary', newText: 'A summary.' },
      { kind: 'added', newIndex: 1, newText: 'More.' },
    ]);
  });

  it('treats a new update note as added, and a changed date as a change', () => {
    const added = { ...before, fields: { ...before.fields, updates: [update('2021-02-23', 'Passed by 86%.'), update('2021-03-01', 'Thanks!')] } };
    expect(compareToBase(before, added)).toEqual([{ kind: 'added', field: 'updates', newIndex: 1, newText: '[2021-03-01] Thanks!' }]);
    const redated = { ...before, fields: { ...before.fields, updates: [update('2021-02-24', 'Passed by 86%.')] } };
    expect(compareToBase(before, redated)).toEqual([{ kind: 'changed', field: 'updates', oldIndex: 0, newIndex: 0, oldText: '[2021-02-23] Passed by 86%.', newText: '[2021-02-24] Passed by 86%.' }]);
  });
});

describe('diffText and similarity', () => {
  it('points at the words that changed', () => {
    expect(diffText('voted by 86% to pass', 'voted by 90% to pass', 'en')).toEqual([
      { kind: 'same', text: 'voted by ' },
      { kind: 'removed', text: '86' },
      { kind: 'added', text: '90' },
      { kind: 'same', text: '% to pass' },
    ]);
  });

  it('works on Chinese without spaces', () => {
    const pieces = diffText('我们可以用中文交流。', '我们可以用普通话或粤语交流。', 'zh') ?? [];
    expect(pieces.filter((p) => p.kind === 'removed').map((p) => p.text).join('')).toContain('中文');
    expect(pieces.filter((p) => p.kind === 'added').map((p) => p.text).join('')).toContain('普通话');
  });

  it('scores similar texts high and unrelated ones low', () => {
    expect(similarity('voted by 86% to pass', 'voted by 90% to pass')).toBeGreaterThan(0.7);
    expect(similarity('voted by 86% to pass', 'the weather today')).toBeLessThan(0.25);
    expect(similarity('', '')).toBe(1);
  });
});
