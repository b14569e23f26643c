import { describe, expect, it } from 'vitest';
import { markdownUnits } from '../../../src/translation/units.ts';

// Link targets, URLs, HTML and comments are not translated: they count nothing, whatever else the text holds.
describe('markdownUnits', () => {
  it.each([
    ['plain words', 'Students vote to divest', 4],
    ['an inline link: its text counts, its target not', 'See [the motion](https://example.org/a-long-url).', 3],
    ['an image', '![A banner at the rally](banner.jpg "Rally") Outside', 6],
    ['a reference definition', 'Read [the letter][1].\n\n[1]: https://example.org/letter "Open letter"', 4],
    ['an indented definition', '   [a]: /x\nText here', 2],
    ['a comment over lines', 'Before <!-- a note\nfor editors --> after', 2],
    ['HTML tags and an autolink', '<span class="x">Free</span> them <https://example.org/y>', 2],
    ['a bare URL', 'Sign at https://example.org/petition?id=3 today', 3],
    ['a colon that opens no definition', 'Note: the vote [passed]: 40 to 2', 7],
    ['brackets that hold no link', 'Votes (40) [sic]', 3],
    ['a less-than sign that opens no tag', 'If 3 < 4 then <b>yes</b>', 5],
    ['Chinese', '我们支持这项动议。见[声明](https://example.org/s)。', 11],
  ])('%s', (_, markdown, expected) => {
    expect(markdownUnits(markdown, 'en')).toBe(expected);
  });
});
