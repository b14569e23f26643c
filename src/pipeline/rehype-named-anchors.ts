import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Old anchors (`<a name="part-2"></a>`, as older WordPress posts and HTML editors wrote them)
 * become ids, which links then reach (`[part 2](#part-2)`): HTML5 dropped `name` on links and
 * the sanitizer removes it, so the link led nowhere. An anchor with an id of its own keeps it;
 * the sanitizer prefixes the id as any other author's (no clobbering of the page's names).
 * @example unified().use(rehypeNamedAnchors) // <a name="part-2"></a> → <a id="part-2"></a>
 */
export function rehypeNamedAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const { name, id } = node.properties;
      if (node.tagName === 'a' && typeof name === 'string' && name.trim() !== '' && id === undefined) node.properties.id = name.trim();
    });
  };
}
