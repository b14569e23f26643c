import { describe, expect, it } from 'vitest';
import { diffText } from '../../../src/translation/word-diff.ts';

describe('diffText', () => {
  it.each([
    ['English by word', 'voted by 86% to pass', 'voted by 90% to pass', 'en', [['same', 'voted by '], ['removed', '86'], ['added', '90'], ['same', '% to pass']]],
    ['Chinese by character', '学生以百分之八十六的票数通过', '学生以百分之九十的票数通过', 'zh-Hans', [['same', '学生以百分之'], ['removed', '八'], ['added', '九'], ['same', '十'], ['removed', '六'], ['same', '的票数通过']]],
    ['mixed text', '支持 UCU 的动议', '支持 NEU 的动议', 'zh-Hans', [['same', '支持 '], ['removed', 'UCU'], ['added', 'NEU'], ['same', ' 的动议']]],
    ['identical text', '相同', '相同', 'zh-Hans', [['same', '相同']]],
  ])('%s', (_name, before, after, lang, expected) => {
    expect(diffText(before, after, lang)?.map((piece) => [piece.kind, piece.text])).toEqual(expected);
  });

  it('never splits a surrogate pair', () => {
    const pieces = diffText('𠮷野家', '𠮷野屋', 'ja') ?? [];
    expect(pieces.map((p) => p.text).join('')).toContain('𠮷');
    expect(pieces.every((p) => !/[\uD800-\uDBFF]$/.test(p.text))).toBe(true);
  });
});
