import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** Options of {@link rehypePruneDeadLinks}; none yet. */
export type Options = Record<string, never>;

/**
 * Tidies what the sanitizer leaves of unsafe URLs: it removes a `javascript:`
 * or `data:` `href`/`src` but keeps the element, giving `<a>text</a>`, which
 * is no link yet looks like one to styles and tools, and `<img alt="…">`, a
 * broken image. Links without `href` become their text; images without `src`
 * go, and so does a paragraph that held nothing else. Markdown itself never
 * makes either, so nothing intended is lost.
 * @example unified().use(rehypeSanitize, sanitizeSchema).use(rehypePruneDeadLinks)
 */
export function rehypePruneDeadLinks(_options: Options = {}) {
  return (tree: Root): undefined => {
    const emptied = new Set<Element | Root>();
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const isDeadLink = node.tagName === 'a' && !node.properties.href;
      const isDeadImage = node.tagName === 'img' && !node.properties.src;
      if (!isDeadLink && !isDeadImage) return;
      const replacement: ElementContent[] = isDeadLink ? node.children : [];
      parent.children.splice(index, 1, ...replacement);
      if (isDeadImage) emptied.add(parent);
      // Revisit the same index: it now holds the link's first child, if any.
      return [SKIP, index];
    });
    if (emptied.size === 0) return;
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined || node.tagName !== 'p' || !emptied.has(node)) return;
      if (node.children.some((child) => child.type !== 'text' || child.value.trim() !== '')) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
