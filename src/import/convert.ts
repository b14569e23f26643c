import type { Element, Root as HastRoot } from 'hast';
import { defaultHandlers, type Handle } from 'hast-util-to-mdast';
import type { Root as MdastRoot } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { MAX_NESTING } from '../pipeline/nesting.ts';
import { rewriteTree, type RewriteContext } from './hast-rewrite.ts';
import { expandShortcodes, type ShortcodeContext } from './shortcodes.ts';
import { extractUpdates, type AmbiguousUpdate, type FoundUpdate } from './updates.ts';
import { wpautop } from './wpautop.ts';

/** What converting one post needs: how to treat shortcodes, media and links. */
export type ConvertContext = ShortcodeContext & RewriteContext & {
  /** Leave update notes in the text (static pages have no `updates:`). */
  keepUpdates?: boolean;
};

/** A post body as Markdown, with what was taken out of it. */
export interface Converted {
  markdown: string;
  updates: FoundUpdate[];
  ambiguousUpdates: AmbiguousUpdate[];
}

const MORE = /<!--\s*more\b[^>]*?-->/gi;
const MORE_MARKER = 'data-tandem-more';
// The marker the pipeline reads (src/pipeline/remark-excerpt-marker.ts).
const EXCERPT_MARKER = '<!-- more -->';

const numberOf = (node: Element) => String(node.properties.dataNumber ?? '0');
const handlers: Record<string, Handle> = {
  hr: (state, node: Element) => (node.properties.dataTandemMore !== undefined ? { type: 'html', value: EXCERPT_MARKER } : defaultHandlers.hr(state, node)),
  'tandem-fnref': (_state, node: Element) => ({ type: 'footnoteReference', identifier: numberOf(node), label: numberOf(node) }),
  'tandem-fndef': (state, node: Element) => ({ type: 'footnoteDefinition', identifier: numberOf(node), label: numberOf(node), children: state.toFlow(state.all(node)) }),
};

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * How deeply an HTML text nests elements, counted from its tags alone: the HTML
 * parser and tree tools recurse once per level, so absurd nesting must be caught first.
 * @example htmlDepth('<div><p>a</p></div>') // 2
 */
export function htmlDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [tag, close, name = ''] of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)\b[^>]*>/g)) {
    if (VOID.has(name.toLowerCase()) || tag.endsWith('/>')) continue;
    depth = close ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/**
 * Turns a WordPress post body into Markdown a volunteer can edit: classic-editor
 * text gets WordPress's paragraphs (wpautop), block-editor comments go and their
 * content stays, shortcodes and embeds become figures and links, `<!--more-->`
 * becomes Tandem's excerpt marker, and dated update notes at the start or end are
 * taken out as structured updates. Everything not converted is reported through
 * the context.
 * @example convertContent('Hello\n\n<!--more-->\n\nRest', context).markdown // 'Hello\n\n<!-- more -->\n\nRest\n'
 */
export function convertContent(html: string, context: ConvertContext): Converted {
  const blockEditor = /<!--\s*wp:/.test(html);
  if (htmlDepth(html) > MAX_NESTING) {
    // Kept as plain paragraphs: every word survives, the pathological structure does not.
    context.report(`> ${MAX_NESTING}`, 'too-deep');
    html = html.replace(/<[^>]*>/g, '\n\n');
  }
  let text = html.replace(MORE, (marker) => {
    // `<!--more Read the whole letter-->`: the link's own words, where Tandem shows its "Continue reading".
    const own = /<!--\s*more\b\s*([^]*?)\s*-->/i.exec(marker)?.[1];
    if (own) context.report(own, 'more-text');
    return `\n\n<hr ${MORE_MARKER}>\n\n`;
  }).replace(/<!--\s*nextpage\s*-->/gi, '\n\n');
  text = expandShortcodes(text, context);
  // The block editor saves finished HTML; only classic-editor text relies on wpautop.
  if (!blockEditor) text = wpautop(text);
  let updates: FoundUpdate[] = [];
  let ambiguousUpdates: AmbiguousUpdate[] = [];
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(() => (tree: HastRoot) => rewriteTree(tree, context))
    .use(rehypeRemark, { handlers })
    .use(() => (tree: MdastRoot) => {
      if (!context.keepUpdates) ({ updates, ambiguous: ambiguousUpdates } = extractUpdates(tree));
    })
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-', listItemIndent: 'one', resourceLink: false });
  const markdown = String(processor.processSync(text)).replace(/[ \t]+$/gm, '').trim();
  return { markdown: markdown === '' ? '' : `${markdown}\n`, updates, ambiguousUpdates };
}
