import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { playerAddress } from './rehype-embeds.ts';

// Removed by the sanitizer with their content (scripts, foreign parsing), yet what they show is
// the author's: a drawing, a formula.
const DRAWINGS = new Set(['svg', 'math']);

/**
 * Records the raw HTML the page loses with everything it shows, nothing in its place, where it
 * opens: a drawing (`<svg>`) or formula (`<math>`), which the sanitizer removes with its content,
 * and a player (`<video>`, `<audio>`, `<iframe>`, `<embed>`, `<object>`) of an address not on
 * the web (`./talk.mp3`), which rehypeEmbeds, unlike a web one, leaves for the sanitizer to drop.
 * Runs between the two; rehypeLostText reports what it records with the rest.
 * @example unified().use(rehypeRaw).use(rehypeEmbeds).use(rehypeRemovedMedia).use(rehypeSanitize, sanitizeSchema)
 */
export function rehypeRemovedMedia() {
  return (tree: Root, file: VFile): undefined => {
    const pieces = file.data.sourcePieces;
    // Markdown alone makes none of these: most documents need no walk.
    if (!pieces || pieces.html.length === 0) return;
    visit(tree, 'element', (node) => {
      if (!DRAWINGS.has(node.tagName) && playerAddress(node) === undefined) return undefined;
      pieces.unclosed.push({ line: node.position?.start.line ?? 1, element: node.tagName, removed: true });
      return SKIP;
    });
  };
}
