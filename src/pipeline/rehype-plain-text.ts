import type { Element, Root, RootContent } from 'hast';
import type { Plugin, Processor } from 'unified';

/**
 * A flat tree of paragraphs holding a text as it was written, split at blank
 * lines: what a document that cannot be rendered as Markdown is shown as.
 * Markdown and HTML in it stay visible as typed, escaped on output, and the
 * tree is two levels deep whatever the input, so nothing in it can run or
 * overflow the stack.
 * @example plainTextTree('<b>Hi</b>\n\nthere').children.length // 3 (two paragraphs and a newline between)
 */
export function plainTextTree(text: string): Root {
  const children: RootContent[] = [];
  for (const block of text.split(/\n[ \t]*\n/)) {
    const value = block.trim();
    if (value === '') continue;
    if (children.length > 0) children.push({ type: 'text', value: '\n' });
    const paragraph: Element = { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value }] };
    children.push(paragraph);
  }
  return { type: 'root', children };
}

/** Options of {@link rehypePlainText}; none yet. */
export type Options = Record<string, never>;

/**
 * A parser plugin: reads a document as plain text ({@link plainTextTree})
 * instead of Markdown, for the fallback rendering of a document the Markdown
 * pipeline could not take.
 * @example unified().use(rehypePlainText).use(rehypeStringify).processSync('<b>x</b>') // '<p>&#x3C;b>x&#x3C;/b></p>'
 */
export const rehypePlainText: Plugin<[Options?], string, Root> = function (this: Processor) {
  this.parser = (document: string) => plainTextTree(document);
};
