/** A run of text that is in both versions, only the old one, or only the new one. */
export interface TextPiece {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

// Beyond this many token pairs, highlighting is not worth the time: show the texts whole.
const MAX_CELLS = 4_000_000;

const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

// Words for alphabetic text; single characters for CJK, where one changed character
// (a number, a name) should light up alone rather than the whole segmented word.
function tokens(text: string, lang?: string): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  return Array.from(segmenter.segment(text), (s) => s.segment).flatMap((segment) => (HAN.test(segment) ? Array.from(segment) : [segment]));
}

/**
 * Word-level differences between two versions of a block, to point at what changed
 * inside a long paragraph. Tokens come from Intl.Segmenter, so Chinese splits into
 * words too, then into characters. Returns undefined when the texts are too long to compare quickly.
 * @example diffText('voted by 86% to pass', 'voted by 90% to pass')
 * // [{ kind: 'same', text: 'voted by ' }, { kind: 'removed', text: '86' }, { kind: 'added', text: '90' }, { kind: 'same', text: '% to pass' }]
 */
export function diffText(oldText: string, newText: string, lang?: string): TextPiece[] | undefined {
  const a = tokens(oldText, lang);
  const b = tokens(newText, lang);
  if (a.length * b.length > MAX_CELLS) return undefined;
  const m = b.length;
  const table = new Uint32Array((a.length + 1) * (m + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] = a[i] === b[j] ? (table[(i + 1) * (m + 1) + j + 1] ?? 0) + 1 : Math.max(table[(i + 1) * (m + 1) + j] ?? 0, table[i * (m + 1) + j + 1] ?? 0);
    }
  }
  const pieces: TextPiece[] = [];
  const push = (kind: TextPiece['kind'], text: string) => {
    const last = pieces.at(-1);
    if (last?.kind === kind) last.text += text;
    else pieces.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < m) {
    if (i < a.length && j < m && a[i] === b[j]) {
      push('same', a[i++] ?? '');
      j++;
    } else if (j >= m || (i < a.length && (table[(i + 1) * (m + 1) + j] ?? 0) >= (table[i * (m + 1) + j + 1] ?? 0))) push('removed', a[i++] ?? '');
    else push('added', b[j++] ?? '');
  }
  return coalesce(pieces);
}

/**
 * Groups each stretch of changes into one removed and one added piece, absorbing
 * lone spaces between changes, so "a b c" → "x y z" reads as one replacement
 * rather than an alternation of single words.
 */
function coalesce(pieces: readonly TextPiece[]): TextPiece[] {
  const out: TextPiece[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = added = '';
  };
  pieces.forEach((piece, k) => {
    const between = k > 0 && k < pieces.length - 1 && (removed || added);
    if (piece.kind === 'same' && between && /^\s+$/u.test(piece.text)) {
      removed += piece.text;
      added += piece.text;
    } else if (piece.kind === 'removed') removed += piece.text;
    else if (piece.kind === 'added') added += piece.text;
    else {
      flush();
      out.push({ ...piece });
    }
  });
  flush();
  return out;
}
