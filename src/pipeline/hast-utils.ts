import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * Whether an element is a GFM footnote reference (`<sup><a data-footnote-ref>`):
 * apparatus that points elsewhere in the document, so it is not part of a
 * heading's name and is meaningless in an excerpt shown on another page.
 * @example
 * const a = { type: 'element', tagName: 'a', properties: { dataFootnoteRef: true }, children: [] };
 * isFootnoteReference({ type: 'element', tagName: 'sup', properties: {}, children: [a] }) // true
 */
export function isFootnoteReference(node: Element): boolean {
  return (
    node.tagName === 'sup' &&
    node.children.some((child) => child.type === 'element' && child.tagName === 'a' && isSet(child.properties.dataFootnoteRef))
  );
}

/**
 * Whether a boolean-like property is present. remark-rehype writes `true`, but
 * after a round trip through an HTML parser (rehype-raw) it is `''`, as in HTML.
 * @example isSet('') // true
 * @example isSet(undefined) // false
 */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false;
}

/**
 * Whether an element is footnote apparatus rather than something an author
 * wrote: a reference number, a back-link (↩), or the screen-reader-only
 * heading over the notes (the only `sr-only` the sanitizer lets through).
 * @example isFootnoteApparatus({ type: 'element', tagName: 'a', properties: { dataFootnoteBackref: '' }, children: [] }) // true
 */
export function isFootnoteApparatus(node: Element): boolean {
  if (isFootnoteReference(node)) return true;
  if (node.tagName === 'a' && isSet(node.properties.dataFootnoteBackref)) return true;
  const className = node.properties.className;
  return node.tagName === 'h2' && Array.isArray(className) && className.includes('sr-only');
}

/**
 * The text an author wrote in a node, without footnote apparatus and with runs
 * of whitespace collapsed: for a table of contents, or to measure length.
 * @example readableText({ type: 'text', value: ' Why\n now ' }) // 'Why now'
 */
export function readableText(node: Root | RootContent): string {
  const collect = (current: Root | RootContent): string => {
    if (current.type === 'text') return current.value;
    if (current.type === 'element' && isFootnoteApparatus(current)) return '';
    if (current.type === 'element' || current.type === 'root') return current.children.map(collect).join('');
    return '';
  };
  return collect(node).replace(/\s+/g, ' ').trim();
}

/**
 * Calls `visit` on every element of a tree in document order (parents before
 * their children), as unist-util-visit's `visit(tree, 'element', …)` does, at
 * a fraction of its cost: the pipeline walks every document several times.
 * Uses its own stack, so no nesting depth can overflow the call stack. The
 * visitor may change an element's properties, not the tree's shape.
 * @example eachElement(tree, (node) => void names.push(node.tagName))
 */
export function eachElement(tree: Root | Element, visit: (node: Element) => void): void {
  const stack: (Root | RootContent | ElementContent)[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'element') visit(node);
    if (node.type === 'element' || node.type === 'root') for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as RootContent);
  }
}
