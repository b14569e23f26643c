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

/** A pair of positions in two keyed sequences (either may be absent), and how sure the pairing is. */
export interface KeyedPair {
  a?: number;
  b?: number;
  match: AlignedRow['match'];
}

/**
 * Aligns two sequences by keys that say what each item is (a block kind, an HTML tag):
 * the longest common sequence of keys anchors the pairs, preferring items that stayed
 * in place; between two anchors, items pair by position when both sides have as many,
 * and are marked unmatched otherwise.
 * @example alignByKey(['h2', 'p', 'p'], ['h2', 'p']).map((p) => p.match) // ['same-kind', 'same-kind', 'unmatched']
 */
export function alignByKey(a: readonly string[], b: readonly string[]): KeyedPair[] {
  const anchors: [number, number][] =
    a.length * b.length > MAX_CELLS ? Array.from({ length: Math.min(a.length, b.length) }, (_, k) => [k, k]) : commonSubsequence(a, b);
  const pairs: KeyedPair[] = [];
  let [i, j] = [0, 0];
  for (const [anchorA, anchorB] of [...anchors, [a.length, b.length] as [number, number]]) {
    const gapA = anchorA - i;
    const gapB = anchorB - j;
    if (gapA === gapB) for (let k = 0; k < gapA; k++) pairs.push({ a: i + k, b: j + k, match: 'other-kind' });
    else {
      for (let k = i; k < anchorA; k++) pairs.push({ a: k, match: 'unmatched' });
      for (let k = j; k < anchorB; k++) pairs.push({ b: k, match: 'unmatched' });
    }
    if (anchorA < a.length && anchorB < b.length) pairs.push({ a: anchorA, b: anchorB, match: 'same-kind' });
    [i, j] = [anchorA + 1, anchorB + 1];
  }
  return pairs;
}

/**
 * Aligns a source and its translation block by block for reading side by side. Texts
 * in two languages share no words, so blocks pair by structure (see alignByKey): by
 * kind, headings only with headings of the same level.
 * @example alignBlocks(['# A', 'One.', 'Two.'], ['# 甲', '一。']).map((r) => r.match) // ['same-kind', 'same-kind', 'unmatched']
 */
export function alignBlocks(source: readonly string[], translation: readonly string[]): AlignedRow[] {
  const blocks = (texts: readonly string[]) => texts.map((text, index): AlignedBlock => ({ index, text, kind: blockKind(text) }));
  const a = blocks(source);
  const b = blocks(translation);
  return alignByKey(a.map(alignmentKey), b.map(alignmentKey)).map((pair) => ({
    ...(pair.a !== undefined && { source: a[pair.a] }),
    ...(pair.b !== undefined && { translation: b[pair.b] }),
    match: pair.match,
  }));
}
