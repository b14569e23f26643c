import { blockKind, headingLevel, type BlockKind } from './block-kind.ts';
import { commonSubsequence } from './diff-blocks.ts';

/** One side of an aligned row: a block's index among its version's blocks, and its Markdown. */
export interface AlignedBlock {
  index: number;
  text: string;
  kind: BlockKind;
}

/**
 * A row of a side-by-side view. `match` says how sure the pairing is:
 * `same-kind` (heading to heading of the same level, paragraph to paragraph, in order),
 * `other-kind` (the only blocks between two matched ones, paired by position but of
 * different kinds), or `unmatched` (one side has no counterpart).
 */
export interface AlignedRow {
  source?: AlignedBlock;
  translation?: AlignedBlock;
  match: 'same-kind' | 'other-kind' | 'unmatched';
}

// Beyond this many block pairs the alignment is not worth the time: blocks pair in order.
const MAX_CELLS = 4_000_000;

/** Headings align only with headings of the same level: they are the skeleton of a post. */
function alignmentKey(block: AlignedBlock): string {
  return block.kind === 'heading' ? `h${headingLevel(block.text)}` : block.kind;
}

/**
 * Aligns a source and its translation block by block for reading side by side. Texts
 * in two languages share no words, so blocks pair by structure: the longest common
 * sequence of block kinds (heading levels included) anchors the pairs, preferring
 * blocks that stayed in place; between two anchors, blocks pair by position when both
 * sides have as many, and are marked unmatched otherwise.
 * @example alignBlocks(['# A', 'One.', 'Two.'], ['# 甲', '一。']).map((r) => r.match) // ['same-kind', 'same-kind', 'unmatched']
 */
export function alignBlocks(source: readonly string[], translation: readonly string[]): AlignedRow[] {
  const blocks = (texts: readonly string[]) => texts.map((text, index): AlignedBlock => ({ index, text, kind: blockKind(text) }));
  const a = blocks(source);
  const b = blocks(translation);
  const anchors: [number, number][] =
    a.length * b.length > MAX_CELLS
      ? Array.from({ length: Math.min(a.length, b.length) }, (_, k) => [k, k])
      : commonSubsequence(a.map(alignmentKey), b.map(alignmentKey));
  const rows: AlignedRow[] = [];
  const bounds: [number, number][] = [...anchors, [a.length, b.length]];
  let [i, j] = [0, 0];
  for (const [anchorA, anchorB] of bounds) {
    const gapA = a.slice(i, anchorA);
    const gapB = b.slice(j, anchorB);
    if (gapA.length === gapB.length) gapA.forEach((block, k) => rows.push({ source: block, translation: gapB[k], match: 'other-kind' }));
    else rows.push(...gapA.map((block): AlignedRow => ({ source: block, match: 'unmatched' })), ...gapB.map((block): AlignedRow => ({ translation: block, match: 'unmatched' })));
    const anchored = [a[anchorA], b[anchorB]] as const;
    if (anchored[0] && anchored[1]) rows.push({ source: anchored[0], translation: anchored[1], match: 'same-kind' });
    [i, j] = [anchorA + 1, anchorB + 1];
  }
  return rows;
}
