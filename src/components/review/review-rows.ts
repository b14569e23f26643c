import { alignBlocks, diffText, fingerprintBlocks, type AlignedRow, type Change, type TextPiece } from '../../translation/index.ts';
import type { PostVersion } from '../../content/index.ts';

/** One row of the review table: the two sides and what changed in the source side. */
export interface ReviewRow {
  key: string;
  /** For fields: which one ('title', 'summary', 'location'); undefined for body blocks. */
  field?: 'title' | 'summary' | 'location';
  source?: string;
  translation?: string;
  match: AlignedRow['match'];
  /** How the source side changed since the translation was recorded (outdated only). */
  change?: { kind: 'changed'; pieces: TextPiece[] | undefined } | { kind: 'added' };
}

/**
 * A version as the review reads it: its fields, and its body's top-level blocks as written
 * (kept from the build's rendering), or its body to split into blocks here.
 */
export type ReviewedVersion = Pick<PostVersion, 'title' | 'summary' | 'location'> & ({ blocks: readonly string[] } | Pick<PostVersion, 'body'>);

/** The blocks the translation status fingerprinted, as written. */
function blocksOf(version: ReviewedVersion): readonly string[] {
  return 'blocks' in version ? version.blocks : fingerprintBlocks(version.body).map((block) => block.text);
}

/** What the review shows: aligned rows, and source blocks removed since the translation was recorded. */
export interface Review {
  rows: ReviewRow[];
  removed: string[];
}

/**
 * Lines up a source and its translation for review: translatable fields first, then
 * body blocks aligned by structure (see alignBlocks), with each source block's change
 * since the translation was recorded (outdated translations only).
 * @example reviewOf(en, zh, [], 'en-GB').rows.map((r) => r.match) // ['same-kind', 'same-kind', …] — title, then blocks
 */
export function reviewOf(source: ReviewedVersion, translation: ReviewedVersion, changes: readonly Change[], lang: string): Review {
  const changeOf = (change: Change | undefined): ReviewRow['change'] => {
    if (change?.kind === 'changed') return { kind: 'changed', pieces: diffText(change.oldText, change.newText, lang) };
    return change?.kind === 'added' ? { kind: 'added' } : undefined;
  };
  const fields = (['title', 'summary', 'location'] as const).flatMap((field): ReviewRow[] => {
    const [a, b] = [source[field], translation[field]];
    if (a === undefined && b === undefined) return [];
    const change = changes.find((c) => c.field === field);
    return [{ key: field, field, source: a, translation: b, match: a !== undefined && b !== undefined ? 'same-kind' : 'unmatched', change: changeOf(change) }];
  });
  const bodyChanges = new Map(changes.flatMap((c) => (!c.field && (c.kind === 'changed' || c.kind === 'added') ? [[c.newIndex, c] as const] : [])));
  // A block added to the source since the translation was made has no counterpart: it is
  // left out of the alignment, so it cannot pull the blocks after it out of step.
  const sourceBlocks = blocksOf(source).map((text, index) => ({ text, index }));
  const isNew = (index: number) => bodyChanges.get(index)?.kind === 'added';
  const kept = sourceBlocks.filter((block) => !isNew(block.index));
  const aligned = alignBlocks(kept.map((b) => b.text), blocksOf(translation));
  const blocks: ReviewRow[] = [];
  let next = 0;
  const row = (index: number | undefined, text: string | undefined, translated: string | undefined, match: AlignedRow['match']) =>
    blocks.push({ key: `b${blocks.length}`, source: text, translation: translated, match, change: index === undefined ? undefined : changeOf(bodyChanges.get(index)) });
  const addedUpTo = (end: number) => {
    for (; next < end; next++) if (isNew(next)) row(next, sourceBlocks[next]?.text, undefined, 'unmatched');
  };
  for (const pair of aligned) {
    const index = pair.source && kept[pair.source.index]?.index;
    if (index !== undefined) addedUpTo(index + 1);
    row(index, pair.source?.text, pair.translation?.text, pair.match);
  }
  addedUpTo(sourceBlocks.length);
  const removed = changes.flatMap((c) => (!c.field && c.kind === 'removed' ? [c.oldText] : []));
  return { rows: [...fields, ...blocks], removed };
}
