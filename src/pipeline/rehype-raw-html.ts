import type { Root, RootContent } from 'hast';
import rehypeRaw from 'rehype-raw';
import type { VFile } from 'vfile';
import { rehypeCodeNewline } from './rehype-code-newline.ts';

/** Options of {@link rehypeRawHtml}. */
export interface Options {
  /**
   * `'when-present'` (default) runs the HTML parser only over documents that hold raw
   * HTML; `'always'` runs it over every document (the reference the shortcut is tested against).
   */
  parse?: 'always' | 'when-present';
}

/**
 * Parses the raw HTML an author wrote into elements (rehype-raw), so the sanitizer
 * judges real elements. Most posts have none, and re-parsing the whole tree through
 * an HTML parser is a good share of the pipeline's time, so such documents skip it:
 * they get the only two things the round trip changes in a well-nested tree made from
 * Markdown alone, and the result is the same bytes (tests/unit/pipeline/raw-html.test.ts).
 * @example unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRawHtml)
 */
export function rehypeRawHtml(options: Options = {}) {
  const parse = rehypeRaw();
  const keepNewline = rehypeCodeNewline();
  return (tree: Root, file: VFile): Root | undefined => {
    if (options.parse === 'always' || needsParser(tree)) {
      keepNewline(tree);
      return parse(tree, file);
    }
    asParsed(tree);
    return undefined;
  };
}

/**
 * Whether the HTML parser would change more than {@link asParsed} does: the tree holds
 * raw HTML, or a link inside a link (a footnote reference in a link's text), which the
 * parser splits apart.
 */
function needsParser(tree: Root): boolean {
  const stack: { node: Root['children'][number]; inLink: boolean }[] = tree.children.map((node) => ({ node, inLink: false }));
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, inLink } = item;
    if (node.type === 'raw') return true;
    if (node.type !== 'element') continue;
    const isLink = node.tagName === 'a';
    if (isLink && inLink) return true;
    for (const child of node.children) stack.push({ node: child, inLink: inLink || isLink });
  }
  return false;
}

// A `data-*` attribute's property name (dataFootnoteRef).
const DATA = /^data[A-Z]/;

/**
 * What an HTML parser's round trip makes of a tree without raw HTML: an attribute
 * that is not boolean in HTML (`data-footnote-ref`) set to `true` reads back as
 * `''`, and adjacent text nodes become one.
 */
function asParsed(tree: Root): void {
  const stack: (Root | Root['children'][number])[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type !== 'element' && node.type !== 'root') continue;
    if (node.type === 'element') {
      for (const [name, value] of Object.entries(node.properties)) if (value === true && DATA.test(name)) node.properties[name] = '';
    }
    const children: RootContent[] = [];
    for (const child of node.children) {
      const last = children.at(-1);
      if (child.type === 'text' && last?.type === 'text') {
        children[children.length - 1] = { ...last, value: last.value + child.value, ...(last.position && child.position && { position: { start: last.position.start, end: child.position.end } }) };
      } else children.push(child);
    }
    node.children = children as never;
    for (const child of children) stack.push(child);
  }
}
