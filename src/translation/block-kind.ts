/** What a top-level Markdown block is, as a reader would name it. */
export type BlockKind = 'heading' | 'list' | 'table' | 'code' | 'quote' | 'footnote' | 'linkDefinition' | 'html' | 'divider' | 'paragraph';

// Checked in order: a block is the first kind whose pattern matches its Markdown.
const BLOCK_KINDS: [RegExp, BlockKind][] = [
  [/^#{1,6}(\s|$)|^[^\n]+\n(=+|-+)\s*$/, 'heading'],
  [/^([-*+]|\d{1,9}[.)])(\s|$)/, 'list'],
  [/^\|/, 'table'],
  [/^(`{3,}|~{3,})|^( {4}|\t)/, 'code'],
  [/^>/, 'quote'],
  [/^\[\^[^\]]+\]:/, 'footnote'],
  [/^\[[^\]]+\]:/, 'linkDefinition'],
  [/^</, 'html'],
  [/^([-*_])(\s*\1){2,}\s*$/, 'divider'],
];

/**
 * The kind of a top-level block, from its Markdown (as fingerprintBlocks slices it).
 * @example blockKind('## Where to begin') // 'heading'
 * @example blockKind('Some text.') // 'paragraph'
 */
export function blockKind(markdown: string): BlockKind {
  return BLOCK_KINDS.find(([pattern]) => pattern.test(markdown))?.[1] ?? 'paragraph';
}

/**
 * The level of a heading block (1–6), undefined for other blocks.
 * @example headingLevel('### Three') // 3
 * @example headingLevel('Title\n-----') // 2
 */
export function headingLevel(markdown: string): number | undefined {
  if (blockKind(markdown) !== 'heading') return undefined;
  const atx = /^(#{1,6})(\s|$)/.exec(markdown);
  if (atx) return atx[1]?.length;
  return /\n=+\s*$/.test(markdown) ? 1 : 2;
}
