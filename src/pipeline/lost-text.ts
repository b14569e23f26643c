import type { Root as HastRoot } from 'hast';
import { toString as hastText } from 'hast-util-to-string';
import type { Root as MdastRoot } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { sanitizeSchema } from './sanitize-schema.ts';

/** Raw HTML that hid text the author wrote: the line it opens on and what opened it. */
export interface LostText {
  /** 1-based line of the document where the hiding element or comment starts. */
  line: number;
  /** The element's name, or `!--` for a comment; undefined when the culprit is unclear. */
  element: string | undefined;
}

interface SourcePiece {
  value: string;
  line: number;
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
// HTML blocks that run to their closing tag however many blank lines follow (CommonMark types 1 and 2).
const RUNS_TO_CLOSE = /^<(script|style|textarea)(?=[\s/>]|$)|^<!--/i;

/**
 * Records the Markdown's own text (paragraphs, headings, code…) and its raw
 * HTML with their lines, so {@link rehypeLostText} can tell which text the HTML
 * parser swallowed. A `<script>`, `<style>`, `<textarea>` or comment block never
 * closed runs to the end of the post, so it is reported here.
 * @example unified().use(remarkParse).use(remarkSourcePieces)
 */
export function remarkSourcePieces() {
  return (tree: MdastRoot, file: VFile): undefined => {
    const texts: SourcePiece[] = [];
    const html: SourcePiece[] = [];
    const unclosed: LostText[] = [];
    visit(tree, (node) => {
      const line = node.position?.start.line ?? 1;
      if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
        if (node.value.trim() !== '') texts.push({ value: node.value, line });
      } else if (node.type === 'html') {
        html.push({ value: node.value, line });
        const opener = RUNS_TO_CLOSE.exec(node.value)?.[0];
        if (opener && !closes(node.value, opener)) unclosed.push({ line, element: opener === '<!--' ? '!--' : opener.slice(1).toLowerCase() });
      }
    });
    file.data.sourcePieces = { texts, html, unclosed };
  };
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
    let cursor = 0;
    for (const text of pieces.texts) {
      const wanted = fold(text.value);
      const at = page.indexOf(wanted, cursor);
      if (at !== -1) {
        cursor = at + wanted.length;
        continue;
      }
      if (page.includes(wanted)) continue;
      const culprit = openAt(pieces.html, text.line);
      const key = culprit?.line ?? text.line;
      if (!lost.has(key)) lost.set(key, culprit ?? { line: text.line, element: undefined });
    }
    file.data.lostText = [...lost.values()].sort((a, b) => a.line - b.line);
  };
}

const TAG = /<(\/?)([a-z][a-z0-9-]*)(?=[\s/>]|$)|<!--|-->/gi;

/**
 * The outermost swallowing element (or comment) still open at a line, reading
 * the raw HTML before it in order: the one that hides what follows.
 */
function openAt(html: readonly SourcePiece[], line: number): LostText | undefined {
  const open: LostText[] = [];
  for (const piece of html) {
    if (piece.line > line) break;
    for (const match of piece.value.matchAll(TAG)) {
      const at = { line: piece.line + (piece.value.slice(0, match.index).match(/\n/g)?.length ?? 0) };
      const inComment = open.at(-1)?.element === '!--';
      if (match[0] === '-->') {
        if (inComment) open.pop();
      } else if (inComment) {
        continue;
      } else if (match[0] === '<!--') {
        open.push({ ...at, element: '!--' });
      } else {
        const name = (match[2] ?? '').toLowerCase();
        if (!SWALLOWING.has(name)) continue;
        if (match[1] !== '/') open.push({ ...at, element: name });
        else {
          const index = open.findLastIndex((entry) => entry.element === name);
          if (index !== -1) open.splice(index);
        }
      }
    }
  }
  return open[0];
}
