import type { ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** Options of {@link rehypePruneDeadLinks}; none yet. */
export type Options = Record<string, never>;

/**
 * Tidies what the sanitizer leaves of unsafe URLs: it removes a `javascript:`
 * or `data:` `href`/`src` but keeps the element, giving `<a>text</a>`, which
 * is no link yet looks like one to styles and tools, and `<img alt="…">`, a
 * broken image. Links without `href` become their text; images without `src`
 * go. Markdown itself never makes either, so nothing intended is lost. Then
 * paragraphs left empty go too (`<p><svg>…</svg></p>` leaves `<p></p>`):
 * Markdown never makes an empty paragraph, and one only adds a gap.
 * @example unified().use(rehypeSanitize, sanitizeSchema).use(rehypePruneDeadLinks)
 */
export function rehypePruneDeadLinks(_options: Options = {}) {
  return (tree: Root): undefined => {
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return;
      // An `<a id>` without href is an author's anchor, not a link: it stays for links to reach.
      const isDeadLink = node.tagName === 'a' && !node.properties.href && !node.properties.id;
      const isDeadImage = node.tagName === 'img' && !node.properties.src;
      if (!isDeadLink && !isDeadImage) return;
      const replacement: ElementContent[] = isDeadLink ? node.children : [];
      parent.children.splice(index, 1, ...replacement);
      // Revisit the same index: it now holds the link's first child, if any.
      return [SKIP, index];
    });
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined || node.tagName !== 'p') return;
      if (node.children.some((child) => child.type !== 'text' || child.value.trim() !== '')) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
