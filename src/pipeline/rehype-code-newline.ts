import type { Root } from 'hast';
import { eachElement } from './hast-utils.ts';

/**
 * Keeps a fenced code block's leading blank line. An HTML parser drops one
 * newline right after `<pre>`, and rehype-raw's parser does so even when a
 * `<code>` comes between, so a block that starts with a blank line loses it.
 * Doubling that newline before rehype-raw leaves the code exactly as written
 * (the code-block fixture checks this against the parser in use).
 * @example unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeCodeNewline).use(rehypeRaw)
 */
export function rehypeCodeNewline() {
  return (tree: Root): undefined => {
    eachElement(tree, (node) => {
      if (node.tagName !== 'pre') return;
      const code = node.children[0];
      const text = code?.type === 'element' && code.tagName === 'code' ? code.children[0] : undefined;
      if (text?.type === 'text' && text.value.startsWith('\n')) text.value = `\n${text.value}`;
    });
  };
}
