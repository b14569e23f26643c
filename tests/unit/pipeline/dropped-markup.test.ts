import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/pipeline/index.ts';
import type { Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { cellsPastColumns, controlIn, refusedAddress, refusedInHtml } from '../../../src/pipeline/dropped-markup.ts';
import { parseMarkdown } from '../../../src/pipeline/parser.ts';

describe('refusedAddress', () => {
  // The sanitizer drops any address whose text before its first colon (with no /, ? or # before it) is not an allowed scheme.
  it.each([
    ['a scheme not allowed', 'ftp://x/a.pdf', 'link', [['ftp://x/a.pdf', 'ftp']]],
    ['an address pasted with its brackets, as a README wrote it', '(https://example.org/String/replace)', 'link', [['(https://example.org/String/replace)', '(https']]],
    ['a colon before any path, with a space', 'see also:notes', 'link', [['see also:notes', 'see also']]],
    ['a colon first', ':notes', 'link', [[':notes', '']]],
    ['mailto: for an image', 'mailto:a@b.org', 'image', [['mailto:a@b.org', 'mailto']]],
    ['allowed schemes', 'https://example.org/', 'link', []],
    ['a colon after a slash, ? or #', 'docs/a:b.md', 'link', []],
    ['a colon in the query', '?at=10:30', 'link', []],
    ['a colon in the fragment', '#step:1', 'link', []],
    ['no colon', './a.png', 'image', []],
  ] as const)('%s', (_, url, kind, expected) => {
    expect(refusedAddress(url, kind, 3).map((r) => [r.href, r.scheme])).toEqual(expected);
  });

  it('is reported for a Markdown link the page would show as plain text', () => {
    const rendered = renderMarkdown('The differences from [`String.replace`](<(https://example.org/String/replace)>):', { lang: 'en-GB' });
    expect(rendered.html).not.toContain('<a');
    expect(rendered.refused).toEqual([{ href: '(https://example.org/String/replace)', scheme: '(https', line: 1 }]);
  });

  it('is reported at the definition of a [text][label] link or image that uses it, once', () => {
    const markdown = ['See the [spec][old] and [again][old], ![chart][plot] and [mail][m].', '', '[old]: ftp://example.org/spec.pdf', '[plot]: mailto:a@example.org', '[m]: mailto:a@example.org', '[unused]: ftp://example.org/x'].join('\n');
    const rendered = renderMarkdown(markdown, { lang: 'en-GB' });
    expect(rendered.html).not.toContain('ftp:');
    expect(rendered.refused.map((r) => [r.href, r.scheme, r.line])).toEqual([['ftp://example.org/spec.pdf', 'ftp', 3], ['mailto:a@example.org', 'mailto', 4]]);
  });
});

describe('refusedInHtml', () => {
  it.each([
    ['an image pasted as data:', '<img src="data:image/png;base64,AA" alt="x">', [['data:image/png;base64,AA', 'data', 3]]],
    ['a link to ftp:, single-quoted, on the next line', "<p>\n<a title='t' href='ftp://x/r.pdf'>r</a></p>", [['ftp://x/r.pdf', 'ftp', 4]]],
    ['an unquoted upper-case scheme', '<a href=HTTPS://EXAMPLE.ORG/>x</a>', [['HTTPS://EXAMPLE.ORG/', 'HTTPS', 3]]],
    ['allowed schemes and relative addresses', '<a href="https://example.org/">x</a><a href="mailto:a@b.org">m</a><img src="./a.png" alt="a">', []],
    ['inside a comment', '<!-- <img src="data:image/png;base64,AA"> -->', []],
    ['attributes that only look alike', '<a data-href="ftp://x/">x</a><img data-src="data:x" alt="">', []],
  ])('%s', (_, html, expected) => {
    expect(refusedInHtml(html, 3).map((r) => [r.href, r.scheme, r.line])).toEqual(expected);
  });
});

describe('controlIn', () => {
  it.each([
    ['a backspace on the second line', 'a\nb\u0008c', [{ line: 4, element: undefined, control: 'U+0008' }]],
    ['U+FFFD, as the parser writes a NUL byte', 'caf\ufffd', [{ line: 3, element: undefined, control: 'U+FFFD' }]],
    ['only the first of several', '\u0001\u0002', [{ line: 3, element: undefined, control: 'U+0001' }]],
    ['tabs, line breaks and ordinary text', 'a\tb\r\nc 中文 «»', []],
  ])('%s', (_, value, expected) => {
    expect(controlIn(value, 3)).toEqual(expected);
  });

  it.each([
    ['a U+FFFD typed in a code sample', "decode('7F') // '\ufffd'", []],
    ['a NUL byte in code, as itself', 'a\n\u0000b', [{ line: 4, element: undefined, control: 'U+0000' }]],
    ['an escape character in code', '\u001b[31m', [{ line: 3, element: undefined, control: 'U+001B' }]],
  ])('as written in code: %s', (_, value, expected) => {
    expect(controlIn(value, 3, 'asWritten')).toEqual(expected);
  });

  it.each([
    // A README documenting a decoder: the replacement character is the point of the sample.
    ['a U+FFFD typed in a fenced code sample', "Example:\n\n```js\ndecode('7F', 16) // '\ufffd' (control)\n```", []],
    ['a U+FFFD typed in inline code', "It returns `'\ufffd'` for a bad byte.", []],
    ['a NUL byte in a fenced code sample', 'Example:\n\n```\na\u0000b\n```', [[4, 'U+0000']]],
    ['a U+FFFD in prose, likely a lost byte', 'Caf\ufffd society.', [[1, 'U+FFFD']]],
  ])('in a document: %s', (_, markdown, expected) => {
    expect(renderMarkdown(markdown, { lang: 'en-GB' }).lostText.filter((lost) => lost.control).map((lost) => [lost.line, lost.control])).toEqual(expected);
  });
});

describe('cellsPastColumns', () => {
  it.each([
    ['a pipe in a code cell', '| Rule | Catches |\n|---|---|\n| `pipe` | `|` piping |', [[3, 3, 2]], ['` piping']],
    ['two rows too long', 'a|b\n-|-\n1|2|3|4\n5|6\n7|8|9', [[3, 4, 2], [5, 3, 2]], ['3', '4', '9']],
    ['a short row, padded', '| a | b |\n|---|---|\n| 1 |', [], []],
    ['an empty cell past the end', '| a | b |\n|---|---|\n| 1 | 2 | |\n| 3 | 4 |  |', [], []],
    ['an escaped pipe', '| a | b |\n|---|---|\n| `\\|` | 2 |', [], []],
  ])('%s', (_, markdown, rows, cells) => {
    const past = new Set<TableCell>();
    expect(cellsPastColumns(parseMarkdown(markdown).children[0] as Table, past).map(({ line, row }) => [line, row?.cells, row?.columns])).toEqual(rows);
    expect([...past].map((cell) => toString(cell))).toEqual(cells);
  });
});
