import { foldWhitespace, type FingerprintedText } from './fingerprint.ts';

/** A translatable frontmatter field of the source. */
export type SourceField = 'title' | 'summary' | 'location' | 'updates';

/**
 * One difference between the source a translation was made from and the source now.
 * Without `field` it is a body block, and indices count the body's top-level blocks
 * (0-based, HTML comments excluded). With `field: 'updates'` indices count update notes.
 * Texts are source text: the Markdown of a block, or a field's value.
 */
export type Change =
  | { kind: 'changed'; field?: SourceField; oldIndex?: number; newIndex?: number; oldText: string; newText: string }
  | { kind: 'added'; field?: SourceField; newIndex?: number; newText: string }
  | { kind: 'removed'; field?: SourceField; oldIndex?: number; oldText: string }
  | { kind: 'moved'; field?: SourceField; oldIndex: number; newIndex: number; oldText: string; newText: string };

/** Below this similarity, an old and a new block in the same gap are reported as removed + added. */
const MIN_SIMILARITY = 0.25;

/**
 * Aligns two versions of a sequence of fingerprinted blocks and says what happened
 * to each: the longest common subsequence of hashes is what stayed; a hash found on
 * both sides but outside it was `moved`; between two unchanged anchors, old and new
 * blocks pair up as `changed` (by position when the counts match, else by
 * similarity) and the rest are `removed` or `added`. Changes come in reading order.
 * `field` tags each change, for sequences that are a field (update notes) rather than the body.
 * @example
 * diffBlocks([{ hash: 'a', text: 'A' }, { hash: 'b', text: 'B' }], [{ hash: 'a', text: 'A' }, { hash: 'c', text: 'C' }])
 * // [{ kind: 'changed', oldIndex: 1, newIndex: 1, oldText: 'B', newText: 'C' }]
 */
export function diffBlocks(oldBlocks: readonly FingerprintedText[], newBlocks: readonly FingerprintedText[], field?: SourceField): Change[] {
  const tag = field && { field };
  const anchors = commonSubsequence(oldBlocks.map((b) => b.hash), newBlocks.map((b) => b.hash));
  const inAnchorsOld = new Set(anchors.map(([i]) => i));
  const inAnchorsNew = new Set(anchors.map(([, j]) => j));

  // A block whose hash is unchanged but which sits outside the common subsequence was moved.
  const looseNew = new Map<string, number[]>();
  newBlocks.forEach((block, j) => {
    if (!inAnchorsNew.has(j)) looseNew.set(block.hash, [...(looseNew.get(block.hash) ?? []), j]);
  });
  const movedOld = new Set<number>();
  const movedNew = new Set<number>();
  const sorted: { at: number; change: Change }[] = [];
  oldBlocks.forEach((block, i) => {
    const j = inAnchorsOld.has(i) ? undefined : looseNew.get(block.hash)?.shift();
    if (j === undefined) return;
    movedOld.add(i);
    movedNew.add(j);
    sorted.push({ at: j, change: { kind: 'moved', ...tag, oldIndex: i, newIndex: j, oldText: block.text, newText: newBlocks[j]?.text ?? '' } });
  });

  const bounds: [number, number][] = [[-1, -1], ...anchors, [oldBlocks.length, newBlocks.length]];
  for (let k = 1; k < bounds.length; k++) {
    const [oldStart, newStart] = bounds[k - 1] ?? [-1, -1];
    const [oldEnd, newEnd] = bounds[k] ?? [0, 0];
    const olds = range(oldStart + 1, oldEnd).filter((i) => !movedOld.has(i));
    const news = range(newStart + 1, newEnd).filter((j) => !movedNew.has(j));
    const pairs = pairGap(olds.map((i) => oldBlocks[i]?.text ?? ''), news.map((j) => newBlocks[j]?.text ?? ''));
    const pairedNew = new Set(pairs.map(([, b]) => b));
    // A removed block reads where it stood: right after the new counterpart of the
    // old block before it (or the gap's anchor), before whatever comes next.
    let after = newStart;
    olds.forEach((i, a) => {
      const pair = pairs.find(([x]) => x === a);
      if (pair) after = news[pair[1]] ?? after;
      else sorted.push({ at: after + 0.5 + i / (oldBlocks.length + 1) / 2, change: { kind: 'removed', ...tag, oldIndex: i, oldText: oldBlocks[i]?.text ?? '' } });
    });
    for (const [a, b] of pairs) {
      const i = olds[a] ?? 0;
      const j = news[b] ?? 0;
      sorted.push({ at: j, change: { kind: 'changed', ...tag, oldIndex: i, newIndex: j, oldText: oldBlocks[i]?.text ?? '', newText: newBlocks[j]?.text ?? '' } });
    }
    news.forEach((j, b) => {
      if (!pairedNew.has(b)) sorted.push({ at: j, change: { kind: 'added', ...tag, newIndex: j, newText: newBlocks[j]?.text ?? '' } });
    });
  }
  return sorted.sort((x, y) => x.at - y.at).map((s) => s.change);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/**
 * Index pairs of a longest common subsequence, in order. Among equally long ones it
 * takes the one whose blocks moved least, so a block that stayed put anchors the
 * alignment rather than one that moved across the post. Blocks per post are few,
 * so O(n·m) is fine.
 * @example commonSubsequence(['h', 'p', 'p'], ['h', 'p']) // [[0, 0], [1, 1]]
 */
export function commonSubsequence(a: readonly string[], b: readonly string[]): [number, number][] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) (endA--, endB--);
  const n = endA - start;
  const m = endB - start;
  const width = m + 1;
  const length = new Uint32Array((n + 1) * width);
  const displacement = new Float64Array((n + 1) * width);
  const step = new Uint8Array((n + 1) * width); // 0 match, 1 skip old, 2 skip new
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const here = i * width + j;
      const down = (i + 1) * width + j;
      const right = here + 1;
      let best = down;
      step[here] = 1;
      if ((length[right] ?? 0) > (length[best] ?? 0) || ((length[right] ?? 0) === (length[best] ?? 0) && (displacement[right] ?? 0) < (displacement[best] ?? 0))) {
        best = right;
        step[here] = 2;
      }
      length[here] = length[best] ?? 0;
      displacement[here] = displacement[best] ?? 0;
      if (a[start + i] === b[start + j]) {
        const diagonal = down + 1;
        const matchLength = (length[diagonal] ?? 0) + 1;
        const matchDisplacement = (displacement[diagonal] ?? 0) + Math.abs(i - j);
        if (matchLength > (length[here] ?? 0) || (matchLength === length[here] && matchDisplacement <= (displacement[here] ?? 0))) {
          length[here] = matchLength;
          displacement[here] = matchDisplacement;
          step[here] = 0;
        }
      }
    }
  }
  const pairs: [number, number][] = range(0, start).map((k) => [k, k]);
  for (let i = 0, j = 0; i < n && j < m; ) {
    const choice = step[i * width + j];
    if (choice === 0) pairs.push([start + i++, start + j++]);
    else if (choice === 1) i++;
    else j++;
  }
  for (let k = 0; k < a.length - endA; k++) pairs.push([endA + k, endB + k]);
  return pairs;
}

/**
 * Pairs old and new texts of one gap as edits of each other, keeping their order.
 * Equal counts pair by position (the usual case: paragraphs edited in place);
 * otherwise an alignment maximising similarity decides, leaving dissimilar ones unpaired.
 */
function pairGap(olds: readonly string[], news: readonly string[]): [number, number][] {
  if (olds.length === 0 || news.length === 0) return [];
  if (olds.length === news.length) return olds.map((_, k) => [k, k]);
  const n = olds.length;
  const m = news.length;
  const score = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const sim = olds.map((o) => news.map((nw) => similarity(o, nw)));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = sim[i]?.[j] ?? 0;
      const pair = s >= MIN_SIMILARITY ? s + (score[i + 1]?.[j + 1] ?? 0) : 0;
      (score[i] as Float64Array)[j] = Math.max(pair, score[i + 1]?.[j] ?? 0, score[i]?.[j + 1] ?? 0);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    const s = sim[i]?.[j] ?? 0;
    const here = score[i]?.[j] ?? 0;
    if (s >= MIN_SIMILARITY && here === s + (score[i + 1]?.[j + 1] ?? 0)) pairs.push([i++, j++]);
    else if (here === (score[i + 1]?.[j] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

/**
 * Dice coefficient of character bigrams, 0 (nothing shared) to 1 (same text).
 * Characters rather than words, so Chinese needs no word splitting.
 * @example similarity('voted by 86%', 'voted by 90%') > 0.7 // true
 */
export function similarity(a: string, b: string): number {
  const grams = (text: string) => {
    const folded = foldWhitespace(text).toLowerCase();
    const counts = new Map<string, number>();
    for (let k = 0; k < folded.length - 1; k++) {
      const gram = folded.slice(k, k + 2);
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
    return { counts, size: Math.max(0, folded.length - 1) };
  };
  const x = grams(a);
  const y = grams(b);
  if (x.size + y.size === 0) return 1;
  let shared = 0;
  for (const [gram, count] of x.counts) shared += Math.min(count, y.counts.get(gram) ?? 0);
  return (2 * shared) / (x.size + y.size);
}
