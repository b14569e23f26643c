import { describe, expect, it } from 'vitest';
import { blankComments, lineAt } from '../../../src/pipeline/source-lines.ts';

describe('lineAt', () => {
  it.each([
    ['the first character', 'a\nb', 0, 3, 3],
    ['just before a line break', 'a\nb', 1, 3, 3],
    ['after it', 'a\nb', 2, 3, 4],
    ['two breaks on', 'a\nb\nc', 4, 1, 3],
    ['no break at all', 'abc', 2, 7, 7],
  ])('%s', (_, text, index, first, line) => {
    expect(lineAt(text, index, first)).toBe(line);
  });
});

describe('blankComments', () => {
  it.each([
    ['a comment on one line', '<b><!-- <i> --></b>', '<b>            </b>'],
    ['one over lines, breaks kept', '<b>\n<!-- <i>\n --></b>', '<b>\n        \n    </b>'],
    ['one never closed, to the end', '<p><!-- <img src=x>', '<p>                '],
    ['none', '<a href="x">y</a>', '<a href="x">y</a>'],
  ])('%s', (_, html, blanked) => {
    expect(blankComments(html)).toBe(blanked);
    expect(blankComments(html)).toHaveLength(html.length);
  });
});
