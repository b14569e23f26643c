import type { Root as HastRoot } from 'hast';
import { toString as hastText } from 'hast-util-to-string';
import type { Nodes as MdastNodes, Parent as MdastParent, Root as MdastRoot } from 'mdast';
import type { VFile } from 'vfile';
import { cellsPastColumns, controlIn, labelsIn, refusedAddress, refusedInHtml, type LostText, type RefusedAddress, type UndefinedLabel } from './dropped-markup.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import { blankComments, lineAt } from './source-lines.ts';

interface SourcePiece {
  value: string;
  line: number;
  offset: number;
}

declare module 'vfile' {
  interface DataMap {
    /** Text and raw HTML of the Markdown, in source order, for {@link rehypeLostText}. */
    sourcePieces: { texts: SourcePiece[]; html: SourcePiece[]; unclosed: LostText[] };
    /** What raw HTML hid, set by {@link rehypeLostText}. */
    lostText: LostText[];
  }
}

// Elements the sanitizer removes with their content: text inside them, as written, is meant to go.
const SWALLOWING = new Set(sanitizeSchema.strip ?? []);
// Media that rehypeEmbeds replaces with a labelled link: their fallback text goes too, deliberately.
const REPLACED = new Set(['video', 'audio', 'object', 'picture']);
const FLOW = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);
// Elements kept on the page whose end tag the HTML parser supplies, or that have none, and
// plain wrappers (no class or style survives): left open, nothing changes for the reader.
const ENDS_ITSELF = new Set(['p', 'li', 'dt', 'dd', 'rt', 'rp', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'br', 'hr', 'img', 'input', 'div', 'span', 'section']);
const SPILLING = new Set((sanitizeSchema.tagNames ?? []).filter((name) => !ENDS_ITSELF.has(name)));
// HTML blocks that run to their closing tag however many blank lines follow (CommonMark types 1 and 2).
const RUNS_TO_CLOSE = /^<(script|style|textarea)(?=[\s/>]|$)|^<!--/i;

/**
 * Records the Markdown's own text (paragraphs, headings, code…) and its raw HTML with
 * their lines, so {@link rehypeLostText} can tell which text the HTML parser swallowed.
 * A `<script>`, `<style>`, `<textarea>` or comment block never closed runs to the end of
 * the post (or to the next one's closing tag), so it is reported here, as are what GFM
 * leaves out (a footnote never referenced, table cells past the last column), an address
 * the sanitizer drops for its scheme (of `[text][label]`, at the used definition), and a
 * reference link whose label is defined nowhere.
 * @example unified().use(remarkParse).use(remarkSourcePieces)
 */
export function remarkSourcePieces() {
  return (tree: MdastRoot, file: VFile): undefined => {
    const texts: SourcePiece[] = [];
    const html: SourcePiece[] = [];
    const unclosed: LostText[] = [];
    const refused: RefusedAddress[] = [];
    const undefinedLabels: UndefinedLabel[] = [];
    const source = String(file.value);
    const referenced = new Set<string>();
    // A definition's address is shown where a reference uses it; an image allows fewer schemes than a link.
    const definitionUse = new Map<string, 'link' | 'image'>();
    walk(tree, (node) => {
      if (node.type === 'footnoteReference') referenced.add(node.identifier);
      if (node.type === 'imageReference' || (node.type === 'linkReference' && !definitionUse.has(node.identifier))) definitionUse.set(node.identifier, node.type === 'imageReference' ? 'image' : 'link');
      return true;
    });
    const droppedCells = new Set<MdastNodes>();
    walk(tree, (node, parent) => {
      const line = node.position?.start.line ?? 1;
      const offset = node.position?.start.offset ?? 0;
      if (node.type === 'footnoteDefinition' && !referenced.has(node.identifier)) {
        unclosed.push({ line, element: undefined, footnote: node.label ?? node.identifier });
        return false;
      }
      if (node.type === 'table') unclosed.push(...cellsPastColumns(node, droppedCells));
      if (droppedCells.has(node)) return false;
      if (node.type === 'link' || node.type === 'image') refused.push(...refusedAddress(node.url, node.type, node.position?.start.line));
      if (node.type === 'definition' && definitionUse.has(node.identifier)) refused.push(...refusedAddress(node.url, definitionUse.get(node.identifier) ?? 'link', line));
      if (node.type === 'text' && node.value.includes('][') && node.position?.end.offset !== undefined) undefinedLabels.push(...labelsIn(source.slice(offset, node.position.end.offset), line));
      if (node.type === 'text' || node.type === 'html') unclosed.push(...controlIn(node.value, line));
      if (node.type === 'inlineCode' || node.type === 'code') unclosed.push(...controlIn(source.slice(offset, node.position?.end.offset), line, 'asWritten'));
      if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
        if (node.value.trim() !== '') texts.push({ value: node.value, line, offset });
      } else if (node.type === 'html') {
        html.push({ value: node.value, line, offset });
        texts.push(...textOfHtml(node.value, line, offset));
        refused.push(...refusedInHtml(node.value, line));
        // Only an HTML block runs on past blank lines; inline HTML is one tag at a time.
        const opener = parent && FLOW.has(parent.type) ? RUNS_TO_CLOSE.exec(node.value)?.[0] : undefined;
        // Never closed, or closed only by a later element's closing tag (a second opener inside shows it).
        if (opener && (!closes(node.value, opener) || opens(node.value, opener) > 1)) unclosed.push({ line, element: opener === '<!--' ? '!--' : opener.slice(1).toLowerCase() });
      }
      return true;
    });
    unclosed.push(...spillingElements(html));
    file.data.sourcePieces = { texts, html, unclosed };
    file.data.refused = refused;
    file.data.undefinedLabels = undefinedLabels;
  };
}

const ELEMENT_TAG = /<(\/?)([a-z][a-z0-9-]*)(?=[\s/>])[^>]*?(\/?)>/gi;

/**
 * Elements of the raw HTML, kept on the page, opened and never closed: the HTML parser
 * makes the rest of the document their content (a link, bold text, one table cell),
 * so each is reported where it opens. Tags inside comments do not count; `<x/>` is taken as closed.
 * @example spillingElements([{ value: '<b>', line: 3, offset: 0 }]) // [{ line: 3, element: 'b', spills: true }]
 */
function spillingElements(html: readonly SourcePiece[]): LostText[] {
  const open: LostText[] = [];
  for (const piece of html) {
    const value = blankComments(piece.value);
    for (const match of value.matchAll(ELEMENT_TAG)) {
      const element = (match[2] ?? '').toLowerCase();
      if (!SPILLING.has(element) || match[3] === '/') continue;
      if (match[1] === '/') {
        const index = open.findLastIndex((entry) => entry.element === element);
        if (index !== -1) open.splice(index, 1);
      } else open.push({ line: lineAt(value, match.index, piece.line), element, spills: true });
    }
  }
  return open;
}

/**
 * Calls `enter` on every node of a Markdown tree in document order, with its
 * parent; its children are skipped when it returns false. Its own stack, so
 * no nesting depth overflows the call stack (and cheaper than unist-util-visit).
 */
function walk(tree: MdastRoot, enter: (node: MdastNodes, parent: MdastParent | undefined) => boolean): void {
  const stack: { node: MdastNodes; parent: MdastParent | undefined }[] = [{ node: tree, parent: undefined }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node } = item;
    if (!enter(node, item.parent) || !('children' in node)) continue;
    for (let index = node.children.length - 1; index >= 0; index--) stack.push({ node: node.children[index] as MdastNodes, parent: node });
  }
}

/**
 * The text between the tags of raw HTML, as pieces at their source offsets.
 * Runs holding character references are left out: the page shows them decoded.
 * @example textOfHtml('<p>Hi <b>there</b></p>', 1, 0) // [{ value: 'Hi ', … }, { value: 'there', … }]
 */
function textOfHtml(value: string, line: number, offset: number): SourcePiece[] {
  const pieces: SourcePiece[] = [];
  for (const match of value.matchAll(/[^<>]+/g)) {
    const before = value.slice(0, match.index);
    const insideTag = before.lastIndexOf('<') > before.lastIndexOf('>');
    if (insideTag || match[0].trim() === '' || match[0].includes('&')) continue;
    pieces.push({ value: match[0], line: lineAt(value, match.index, line), offset: offset + match.index });
  }
  return pieces;
}

function opens(value: string, opener: string): number {
  return value.toLowerCase().split(opener.toLowerCase()).length - 1;
}

function closes(value: string, opener: string): boolean {
  return opener === '<!--' ? value.includes('-->') : value.toLowerCase().includes(`</${opener.slice(1).toLowerCase()}`);
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Finds the Markdown text that is missing from the finished page, and blames
 * the raw HTML before it that opened a swallowing element (or a comment) and
 * did not close it: the HTML parser makes everything after such a tag its
 * content, and the sanitizer then removes it. Runs last, on the sanitized tree.
 * Texts are looked for in order from where the previous one was found, so the
 * cost stays linear; one found only out of order (footnotes move) still counts.
 * @example unified().use(remarkSourcePieces)….use(rehypeLostText)
 */
export function rehypeLostText() {
  return (tree: HastRoot, file: VFile): undefined => {
    const pieces = file.data.sourcePieces;
    if (!pieces) return;
    const page = fold(hastText(tree));
    const lost = new Map<number, LostText>(pieces.unclosed.map((entry) => [entry.line, entry]));
    let spans: Span[] | undefined;
    let cursor = 0;
    for (const text of pieces.texts) {
      const wanted = fold(text.value);
      const at = page.indexOf(wanted, cursor);
      if (at !== -1) {
        cursor = at + wanted.length;
        continue;
      }
      if (page.includes(wanted)) continue;
      const around = (spans ??= swallowingSpans(pieces.html)).filter((span) => span.start < text.offset && text.offset < span.end);
      const culprit = around.find((span) => span.end === Infinity && !REPLACED.has(span.element ?? ''));
      // Inside elements that close (or media that are replaced): removed on purpose, as the sanitize schema says.
      if (around.length > 0 && !culprit) continue;
      const blamed = culprit ?? { line: text.line, element: undefined };
      // Text lost after an unclosed <svg> says more than that the drawing goes (rehype-removed-media.ts).
      if (!lost.has(blamed.line) || lost.get(blamed.line)?.removed) lost.set(blamed.line, { line: blamed.line, element: blamed.element });
    }
    file.data.lostText = [...lost.values()].sort((a, b) => a.line - b.line);
  };
}

const TAG = /<(\/?)([a-z][a-z0-9-]*)(?=[\s/>]|$)|<!--|-->/gi;

/** Where a swallowing element or comment starts and ends in the source (Infinity: never closed). */
interface Span extends LostText {
  start: number;
  end: number;
}

/**
 * The swallowing elements and comments of the raw HTML, outermost first, from
 * where each opens to where it closes, reading the tags in source order.
 */
function swallowingSpans(html: readonly SourcePiece[]): Span[] {
  const spans: Span[] = [];
  const open: Span[] = [];
  for (const piece of html) {
    for (const match of piece.value.matchAll(TAG)) {
      const start = piece.offset + match.index;
      const line = lineAt(piece.value, match.index, piece.line);
      const inComment = open.at(-1)?.element === '!--';
      if (match[0] === '-->') {
        const comment = inComment ? open.pop() : undefined;
        if (comment) comment.end = start;
      } else if (inComment) {
        continue;
      } else if (match[0] === '<!--' || (match[1] !== '/' && (SWALLOWING.has((match[2] ?? '').toLowerCase()) || REPLACED.has((match[2] ?? '').toLowerCase())))) {
        const span: Span = { line, element: match[0] === '<!--' ? '!--' : (match[2] ?? '').toLowerCase(), start, end: Infinity };
        open.push(span);
        spans.push(span);
      } else if (match[1] === '/') {
        const index = open.findLastIndex((entry) => entry.element === (match[2] ?? '').toLowerCase());
        if (index !== -1) for (const closed of open.splice(index)) closed.end = start;
      }
    }
  }
  return spans;
}
