/**
 * The one Markdown parser of the project. Rendering (render.ts) and the translation
 * fingerprints (src/translation/fingerprint.ts) both parse through this module, so a
 * document means the same tree to both.
 *
 * It parses with satteri, the native Markdown parser Astro 7 itself renders Markdown
 * with (a dependency of `astro`, with a WebAssembly build for platforms without a native
 * one), into the mdast tree remark-parse + remark-gfm give, positions included, so every
 * remark and rehype plugin after it is unchanged. It is ~35 times as fast (2,000 posts'
 * 3,591 versions: 0.3 s against 10.6 s). tests/unit/pipeline/parser.test.ts holds it to
 * remark-parse's tree on real documents.
 *
 * satteri 0.10 ends an HTML block opened by `<script>`, `<pre>`, `<style>` or `<textarea>`
 * only at the lowercase end tag, where CommonMark takes any case: a post holding `</PRE>`
 * (old WordPress markup) would have all its text after it swallowed into raw HTML. Such
 * documents are parsed by remark-parse itself (micromark, with the linear edit map
 * applied before it can parse). So are documents where a bare http(s) address runs into a
 * `|` (`|https://example.org|Docs|`, common in READMEs' tables): satteri 0.10 reads the pipe
 * and the rest of the row as part of the address, leaving a row of one cell (a header row so
 * read undoes the whole table), where GFM ends the cell at the pipe.
 * @module
 */
import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import type remarkGfmPlugin from 'remark-gfm';
import type remarkParsePlugin from 'remark-parse';
import { markdownToMdast } from 'satteri';
import { unified, type Plugin, type Processor } from 'unified';

// GFM (tables, footnotes, strikethrough, task lists, autolink literals) as remark-gfm;
// no front matter: content files are split from theirs before they are parsed.
const OPTIONS = { features: { gfm: true, frontmatter: false } };

// Loaded on first use: most runs never need it, and it costs a one-post command ~0.1 s to load.
const load = createRequire(import.meta.url);
let reference: Processor<Root> | undefined;

/** remark-parse + remark-gfm, with micromark's linear edit map applied before its first parse. */
function referenceParse(markdown: string): Root {
  if (!reference) {
    (load('./linear-edit-map.ts') as typeof import('./linear-edit-map.ts')).linearEditMap(load);
    const remarkParse = (load('remark-parse') as { default: typeof remarkParsePlugin }).default;
    const remarkGfm = (load('remark-gfm') as { default: typeof remarkGfmPlugin }).default;
    reference = unified().use(remarkParse).use(remarkGfm).freeze() as unknown as Processor<Root>;
  }
  return reference.parse(markdown);
}

const RAW_END_TAG = /<\/(script|pre|style|textarea)>/gi;
// Outside a table the pipe is part of the address for both parsers; only tables differ, but
// telling a table row apart costs more than the rare document that reads slower for it.
const ADDRESS_INTO_PIPE = /https?:\/\/[^\s|]*\|/i;

/**
 * Whether satteri reads `markdown` as CommonMark does: not when an end tag that closes a
 * raw HTML block is written other than in lowercase, nor when a bare address runs into a `|`.
 * @example nativeReads('<pre>\nx\n</pre>') // true
 * @example nativeReads('<PRE>\nx\n</PRE>') // false
 * @example nativeReads('| https://example.org | Docs |') // true
 * @example nativeReads('|https://example.org|Docs|') // false
 */
export function nativeReads(markdown: string): boolean {
  for (const [, name] of markdown.matchAll(RAW_END_TAG)) if (name !== name?.toLowerCase()) return false;
  return !ADDRESS_INTO_PIPE.test(markdown);
}

/**
 * Parses GFM Markdown into an mdast tree (positions included), without transforms.
 * NUL becomes U+FFFD first, as CommonMark requires for security (remark does the same),
 * with the same length, so positions still point into the text as written.
 * @example parseMarkdown('Some *text*.').children[0].type // 'paragraph'
 * @example parseMarkdown('a\0b').children[0] // paragraph of 'a\uFFFDb'
 */
export function parseMarkdown(markdown: string): Root {
  if (!nativeReads(markdown)) return referenceParse(markdown);
  return markdownToMdast(markdown.replaceAll('\0', '\uFFFD'), OPTIONS) as Root;
}

/** The unified parser plugin: `parseMarkdown` as a processor's parse stage. */
const markdownTree: Plugin<[], string, Root> = function () {
  // remark-parse's own typing of `this`: a plugin's `this` is typed as the processor before it.
  (this as unknown as Processor<Root>).parser = (document) => parseMarkdown(document);
};

/**
 * The frozen parse stage: Markdown → mdast with GFM. Call it (`markdownParser()`)
 * for an unfrozen copy to add plugins to, as the renderer does.
 * @example markdownParser.parse('# Hi').children[0].type // 'heading'
 */
export const markdownParser = unified().use(markdownTree).freeze();
