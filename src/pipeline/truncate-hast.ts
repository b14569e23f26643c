import type { ElementContent } from 'hast';
import { findWordCut } from './text-units.ts';

/** What {@link truncateInline} returns. */
export interface TruncatedInline {
  /** New nodes; the input is never mutated. */
  children: ElementContent[];
  /** Whether anything was cut (and an ellipsis appended). */
  truncated: boolean;
}

/** Appended where text was cut; a single character so it costs no units. */
export const ELLIPSIS = '…';

const LINE_BREAK = '\n';

/**
 * Shortens inline hast content (a paragraph's children) to at most `maxUnits`
 * units, cutting only at a word boundary of the text as a whole, so a word that
 * spans several elements (`<em>un</em>done`) is never split. Elements keep their
 * properties and stay balanced; an element left with no text is dropped, and
 * the ellipsis goes after the last kept node so it never becomes part of a link.
 * @example truncateInline([{ type: 'text', value: 'One two three' }], 2).children
 * // [{ type: 'text', value: 'One two' }, { type: 'text', value: '…' }]
 */
export function truncateInline(children: readonly ElementContent[], maxUnits: number, lang?: string): TruncatedInline {
  const cut = findWordCut(textOf(children), maxUnits, lang);
  if (cut === undefined) return { children: structuredClone([...children]), truncated: false };
  const kept = sliceText(children, { remaining: cut });
  return { children: [...kept, { type: 'text', value: ELLIPSIS }], truncated: true };
}

/**
 * The text of inline content, concatenated in document order: the same string
 * whose offsets {@link sliceText} walks, so a cut offset means the same in both.
 * A `<br>` reads as a line break, so the words on either side stay apart.
 * @example textOf([{ type: 'element', tagName: 'em', properties: {}, children: [{ type: 'text', value: 'hi' }] }]) // 'hi'
 */
export function textOf(nodes: readonly ElementContent[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'element') text += node.tagName === 'br' ? LINE_BREAK : textOf(node.children);
  }
  return text;
}

/**
 * Keeps the first `budget.remaining` characters of text, with the elements
 * around them. Zero-length nodes (images, line breaks) are kept only while text
 * is still to come, so nothing dangles after the cut.
 */
function sliceText(nodes: readonly ElementContent[], budget: { remaining: number }): ElementContent[] {
  const kept: ElementContent[] = [];
  for (const node of nodes) {
    if (budget.remaining <= 0) break;
    if (node.type === 'text') {
      const value = node.value.slice(0, budget.remaining);
      budget.remaining -= value.length;
      if (value) kept.push({ ...structuredClone(node), value });
    } else if (node.type === 'element' && node.tagName === 'br') {
      budget.remaining -= LINE_BREAK.length;
      kept.push(structuredClone(node));
    } else if (node.type === 'element') {
      const hasText = textOf(node.children).length > 0;
      const children = sliceText(node.children, budget);
      if (!hasText || textOf(children).length > 0) kept.push({ ...structuredClone({ ...node, children: [] }), children });
    }
    // Comments carry nothing a reader sees; the sanitizer has removed them anyway.
  }
  return kept;
}
