import type { Element, ElementContent, Root, RootContent } from 'hast';

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
    prune(tree);
  };
}

/**
 * One walk, children before their parent, so a paragraph is judged once what
 * was inside it is pruned. Its own stack: no nesting depth overflows the call stack.
 */
function prune(tree: Root): void {
  const stack: { node: Root | Element; index: number }[] = [{ node: tree, index: 0 }];
  while (stack.length > 0) {
    const frame = stack.at(-1) as { node: Root | Element; index: number };
    const children: (RootContent | ElementContent)[] = frame.node.children;
    const child = children[frame.index];
    if (!child) {
      stack.pop();
      const parent = stack.at(-1);
      // The walk leaves a paragraph: drop it if nothing but blank text is left in it.
      if (parent && frame.node.type === 'element' && frame.node.tagName === 'p' && frame.node.children.every((node) => node.type === 'text' && node.value.trim() === '')) {
        parent.node.children.splice(--parent.index, 1);
      }
      continue;
    }
    if (child.type !== 'element') {
      frame.index++;
      continue;
    }
    // An `<a id>` without href is an author's anchor, not a link: it stays for links to reach.
    const isDeadLink = child.tagName === 'a' && !child.properties.href && !child.properties.id;
    const isDeadImage = child.tagName === 'img' && !child.properties.src;
    // The same index is looked at again: it now holds the link's first child, if any.
    if (isDeadLink || isDeadImage) {
      children.splice(frame.index, 1, ...(isDeadLink ? child.children : []));
      continue;
    }
    frame.index++;
    stack.push({ node: child, index: 0 });
  }
}
