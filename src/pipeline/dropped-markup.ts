import type { Table } from 'mdast';
import { sanitizeSchema } from './sanitize-schema.ts';
import { blankComments, lineAt } from './source-lines.ts';

/** Raw HTML that hid text the author wrote: the line it opens on and what opened it. */
export interface LostText {
  /** 1-based line of the document where the hiding element or comment starts. */
  line: number;
  /** The element's name, or `!--` for a comment; undefined when the culprit is unclear. */
  element: string | undefined;
  /** Set instead when a footnote is defined but never referenced: GFM leaves its text out. */
  footnote?: string;
  /** Set when no text is lost but `element`, never closed, takes in the rest of the document (all of it a link, bold, a table cell). */
  spills?: true;
  /** Set instead when the text holds a character readers would not see as written: a control character, or U+FFFD (a NUL byte, or a byte a conversion lost), as `U+XXXX`. */
  control?: string;
  /** Set instead when a table row has more cells than its table has columns: GFM leaves the extra ones out. */
  row?: { cells: number; columns: number };
  /** Set when `element` is removed with all it shows and nothing replaces it: a drawing, a formula, a player of a file (see rehype-removed-media.ts). */
  removed?: true;
}

/** A link or image (Markdown or raw HTML) the page would lose: its address has a scheme pages do not allow (`ftp:`, `data:`, `HTTPS:`). */
export interface RefusedAddress {
  href: string;
  scheme: string;
  line: number | undefined;
}

/** A reference link whose label has no definition: the page shows it as written, brackets and all. */
export interface UndefinedLabel {
  link: string;
  label: string;
  line: number;
}

declare module 'vfile' {
  interface DataMap {
    /** Links and images, Markdown or raw HTML, whose address the sanitizer drops for its scheme (see lost-text.ts, remarkSourcePieces). */
    refused: RefusedAddress[];
    /** `[text][label]` written with a label defined nowhere, shown as bracketed text (see remarkSourcePieces). */
    undefinedLabels: UndefinedLabel[];
  }
}

const ALLOWED = { link: sanitizeSchema.protocols?.href ?? [], image: sanitizeSchema.protocols?.src ?? [] };

/**
 * The address of a Markdown link or image, as a one-item list when the sanitizer would drop it for its scheme.
 * The scheme is read as the sanitizer reads it: whatever comes before a colon that no `/`, `?` or `#`
 * precedes, compared exactly, so `HTTPS:`, and `(https:` of an address pasted in brackets, are refused too.
 * @example refusedAddress('ftp://x/a.pdf', 'link', 3) // [{ href: 'ftp://x/a.pdf', scheme: 'ftp', line: 3 }]
 * @example refusedAddress('(https://x/a)', 'link', 3) // [{ href: '(https://x/a)', scheme: '(https', line: 3 }]
 * @example refusedAddress('./a.png', 'image', 3) // []
 * @example refusedAddress('docs/a:b.md', 'link', 3) // []
 */
export function refusedAddress(url: string, kind: keyof typeof ALLOWED, line: number | undefined): RefusedAddress[] {
  const colon = url.indexOf(':');
  const path = url.search(/[/?#]/);
  if (colon < 0 || (path >= 0 && path < colon)) return [];
  const scheme = url.slice(0, colon);
  return ALLOWED[kind].includes(scheme) ? [] : [{ href: url, scheme, line }];
}

// An `<a href>` or `<img src>` in raw HTML, its value quoted either way or not at all.
const HTML_ADDRESS = /<(a|img)\b[^>]*?\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/**
 * The addresses of raw HTML's links and images the sanitizer would drop for their scheme,
 * as for Markdown ones; tags inside comments do not count. `line` is the line the HTML starts on.
 * @example refusedInHtml('<p>\n<img src="data:image/png;base64,AA" alt="x"></p>', 3) // [{ href: 'data:image/png;base64,AA', scheme: 'data', line: 4 }]
 * @example refusedInHtml('<a href="https://example.org/">x</a>', 3) // []
 */
export function refusedInHtml(html: string, line: number): RefusedAddress[] {
  const visible = blankComments(html);
  return [...visible.matchAll(HTML_ADDRESS)].flatMap((match) => {
    return refusedAddress(match[3] ?? match[4] ?? match[5] ?? '', match[2]?.toLowerCase() === 'src' ? 'image' : 'link', lineAt(visible, match.index, line));
  });
}

// `[text][label]` or `[text][]` left as text, brackets not escaped (`\[`).
const REFERENCE = /(?<!\\)\[([^[\]\n]+)(?<!\\)\]\[([^[\]\n]*)(?<!\\)\]/g;

/**
 * The `[text][label]` references in a text node's source: left as text, their label
 * was found nowhere. `line` is the line the text starts on.
 * @example labelsIn('See [a][b].', 3) // [{ link: '[a][b]', label: 'b', line: 3 }]
 */
export function labelsIn(text: string, line: number): UndefinedLabel[] {
  return [...text.matchAll(REFERENCE)].map((match) => ({ link: match[0], label: match[2] || (match[1] ?? ''), line: lineAt(text, match.index, line) }));
}

// Controls other than tab and line breaks, and U+FFFD, which the parser puts for a NUL byte.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;
const CONTROL_AS_WRITTEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * The first character of a node's text that readers would not see as written, at its line.
 * `asWritten` is the source of code: there a U+FFFD the author typed is shown as typed (a
 * sample of what a decoder puts for a bad byte), and a NUL byte is itself, U+0000.
 * @example controlIn('a\nb\u0008c', 3) // [{ line: 4, element: undefined, control: 'U+0008' }]
 * @example controlIn("`decode('7F') // '\ufffd'`", 3, 'asWritten') // []
 */
export function controlIn(value: string, line: number, source: 'parsed' | 'asWritten' = 'parsed'): LostText[] {
  const match = (source === 'asWritten' ? CONTROL_AS_WRITTEN : CONTROL).exec(value);
  if (!match) return [];
  const code = `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return [{ line: lineAt(value, match.index, line), element: undefined, control: code }];
}

/**
 * The rows of a table with cells past its last column, something in them, as lost text at their
 * lines; those cells are added to `past`. GFM leaves them out. A `|` in a cell's code still ends
 * the cell, so a rules table quoting `|` gets a third cell nobody meant.
 * @example cellsPastColumns(parseMarkdown('a|b\n-|-\n1|2|3').children[0], new Set()) // [{ line: 3, element: undefined, row: { cells: 3, columns: 2 } }]
 */
export function cellsPastColumns(table: Table, past: Set<unknown>): LostText[] {
  const columns = table.align?.length ?? 0;
  // An empty cell past the end (`| a | b | |`) loses nothing.
  return table.children.filter((row) => row.children.slice(columns).some((cell) => cell.children.length > 0)).map((row) => {
    for (const cell of row.children.slice(columns)) past.add(cell);
    return { line: row.position?.start.line ?? 1, element: undefined, row: { cells: row.children.length, columns } };
  });
}
