import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

// The attribute block kramdown, Pandoc, Hugo, Jekyll, markdown-it-attrs and MkDocs read at the
// end of a heading: `{#id}`, `{#id .class key=value}`, kramdown's and MkDocs' `{: #id}`.
const NAME = String.raw`[\p{L}\p{N}_][\p{L}\p{N}_:.\-]*`;
const TOKEN = String.raw`#${NAME}|\.${NAME}|${NAME}=(?:"[^"]*"|'[^']*'|[^\s"'{}]+)`;
const TOKENS = new RegExp(TOKEN, 'gu');
// After a space, or alone in its text node (`## *Title*{#id}`), so `a{#b}` in a word is text.
const BLOCK = new RegExp(String.raw`(?:^|[ \t])\{:?[ \t]*((?:${TOKEN})(?:[ \t]+(?:${TOKEN}))*)[ \t]*\}[ \t]*$`, 'u');

/**
 * The id a heading's text asks for with a trailing attribute block, and the text without
 * the block: undefined when the text ends in no such block, or in one with no id or two.
 * The block's classes and other attributes are styling hooks the site has no use for; they
 * go with it, unreported, as an author's `class` in raw HTML does.
 * @example headingId('Methods {#methods-2020}') // { text: 'Methods', id: 'methods-2020' }
 * @example headingId('Methods {: #m .lead}') // { text: 'Methods', id: 'm' }
 * @example headingId('The {#} operator') // undefined
 * @example headingId('Lists {.unnumbered}') // undefined
 */
export function headingId(text: string): { text: string; id: string } | undefined {
  const block = BLOCK.exec(text);
  if (!block) return undefined;
  const ids = [...(block[1] ?? '').matchAll(TOKENS)].filter(([token]) => token.startsWith('#'));
  const id = ids.length === 1 ? ids[0]?.[0].slice(1) : undefined;
  return id === undefined ? undefined : { text: text.slice(0, block.index).trimEnd(), id };
}

/**
 * Gives a heading the id its trailing attribute block names (`## Methods {#methods}`, as in
 * content migrated from kramdown, Pandoc, Hugo, Jekyll or MkDocs) and removes the block from
 * its text, so the heading, the table of contents and the slug show the words only. The id is
 * an author's, so the sanitizer prefixes it (`user-content-methods`) and it cannot clobber the
 * page's own; links to `#methods` reach it as they reach an author's raw HTML id. Only a block
 * written as such counts: one in code (`` `{#x}` ``), escaped (`\{#x}`) or written as
 * character references is the heading's text, and so is a block that would leave the heading empty.
 * Runs before remarkSourcePieces, so the lost-text check compares the heading as shown.
 * @example unified().use(remarkParse).use(remarkHeadingIds) // ## Methods {#m} → <h2 id="m">Methods</h2>
 */
export function remarkHeadingIds() {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value);
    if (!source.includes('{')) return;
    visit(tree, 'heading', (heading) => {
      const last = heading.children.at(-1);
      if (last?.type !== 'text') return;
      const found = headingId(last.value);
      const { start, end } = last.position ?? {};
      if (!found || start?.offset === undefined || end?.offset === undefined) return;
      // The text as written must end in the same block: not `\{#x}`, not `&#123;#x}`.
      if (headingId(source.slice(start.offset, end.offset))?.id !== found.id) return;
      if (found.text === '' && heading.children.length === 1) return;
      if (found.text === '') heading.children.pop();
      else last.value = found.text;
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: found.id } };
    });
  };
}
