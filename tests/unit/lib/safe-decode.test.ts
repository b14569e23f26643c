import { describe, expect, it } from 'vitest';
import { safeDecode } from '../../../src/lib/safe-decode.ts';

describe.each([
  ['%E8%83%8C', '背'],
  ['%e4%b8%ad%e6%96%87', '中文'],
  ['plain', 'plain'],
  ['100%', '100%'],
  ['%E8%83', '%E8%83'],
  ['/zh/posts/%E5%9B%A2/', '/zh/posts/团/'],
  ['', ''],
])('safeDecode(%j)', (input, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(safeDecode(input)).toBe(expected));
});
