import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { isFootnoteReference, readableText } from './hast-utils.ts';
import { truncateInline } from './truncate-hast.ts';

/** The excerpt of a document, as a tree of its own. */
export interface Excerpt {
  /** Top-level blocks, separated by newlines like the body's. */
  tree: Root;
  /** Whether the body holds more than the excerpt: cut, marker used, or other blocks. */
  truncated: boolean;
}

declare module 'vfile' {
  interface DataMap {
    /** Set by {@link rehypeExcerpt}. */
    excerpt: Excerpt;
    /** The address of the document's own page, given by whoever renders it (see RenderOptions.pagePath). */
    pagePath: string;
  }
}

/** Options of {@link rehypeExcerpt}. */
export interface Options {
  /** BCP 47 tag of the text, for word boundaries (default: the runtime's locale). */
  lang?: string;
  /** Most units (see `countUnits`) an automatic excerpt keeps (default 60). */
  units?: number;
}

/**
 * Builds the excerpt into `file.data.excerpt`, leaving the body as it is. Run it
 * last, on the sanitized tree with links finished, so the excerpt is exactly
 * body markup.
 *
 * With a marker recorded by `remarkExcerptMarker`, the excerpt is every
 * top-level block that ends before it. Otherwise it is the first paragraph that
 * has text (so leading headings, images and empty paragraphs are skipped),
 * or with none, the text of the first list, quote or note, shortened by
 * `truncateInline`. A marker with nothing before it is ignored.
 *
 * An excerpt is shown away from its body, on listing pages, so it carries no
 * ids (they would repeat the body's, and each other's) and no footnote
 * references (their notes are not there), and, given the page's address in
 * `file.data.pagePath`, its relative links and images (`./photo.jpg`, `#background`)
 * are resolved against it: at a listing's address they would lead elsewhere.
 * @example unified().use(remarkParse).use(remarkExcerptMarker).use(remarkRehype).use(rehypeExcerpt, { units: 40 })
 */
export function rehypeExcerpt(options: Options = {}) {
  const { lang, units = 60 } = options;
  return (tree: Root, file: VFile): undefined => {
    const blocks = tree.children.filter((node): node is Element => node.type === 'element');
    const marker = file.data.excerptMarker;
    const beforeMarker = marker === undefined ? [] : blocks.filter((block) => endsBefore(block, marker));
    if (beforeMarker.length > 0) {
      file.data.excerpt = { tree: asRoot(beforeMarker.map((block) => forExcerpt(block, file.data.pagePath))), truncated: true };
      return;
    }
    const paragraph = blocks.find((block) => block.tagName === 'p' && readableText(block) !== '') ?? textOfFirstBlock(blocks);
    if (!paragraph) {
      file.data.excerpt = { tree: asRoot([]), truncated: blocks.length > 0 };
      return;
    }
    const clean = forExcerpt(paragraph, file.data.pagePath);
    const { children, truncated } = truncateInline(clean.children, units, lang);
    file.data.excerpt = {
      tree: asRoot([{ ...clean, children }]),
      truncated: truncated || blocks.length > 1,
    };
  };
}

// Blocks whose text can stand for a post that has no paragraph: not headings (they are skipped as for paragraphs), code or tables.
const TEXT_BLOCKS = new Set(['ul', 'ol', 'blockquote', 'div', 'dl', 'details']);

// A post with no paragraph (all lists, a notice and a list…) still needs a line on listings: the text of its first list,
// quote or note, as a paragraph.
function textOfFirstBlock(blocks: readonly Element[]): Element | undefined {
  // A note's heading ("Note") says nothing of the post: its text starts after it.
  const heading = (block: Element) => block.children.find((child) => child.type === 'element');
  const text = (block: Element) => readableText(block.properties.dataCallout === undefined ? block : { ...block, children: block.children.filter((child) => child !== heading(block)) });
  const block = blocks.find((candidate) => TEXT_BLOCKS.has(candidate.tagName) && text(candidate) !== '');
  return block && { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text(block) }] };
}

function endsBefore(node: Element, offset: number): boolean {
  const end = node.position?.end.offset;
  return end !== undefined && end <= offset;
}

function asRoot(blocks: readonly Element[]): Root {
  const children: RootContent[] = [];
  for (const block of blocks) {
    if (children.length > 0) children.push({ type: 'text', value: '\n' });
    children.push(block);
  }
  return { type: 'root', children };
}

const ORIGIN = 'http://tandem.invalid';
// A scheme (https:, mailto:) or a network path (//host): not relative to a page.
const NOT_RELATIVE = /^[a-z][a-z0-9+.-]*:|^\/\//i;

/**
 * An href or src as it reaches the same place from anywhere: resolved against `base`, the
 * address of the page it was written for. With a path for base (`/en/posts/a/`) the result
 * is a path, for pages of the same site; with a full URL, a full URL (for feeds). Links to
 * other sites, and other schemes, are kept as they are.
 * @example resolveHref('./photo.jpg', '/en/posts/a/') // '/en/posts/a/photo.jpg'
 * @example resolveHref('#h-background', 'https://site.example/en/posts/a/') // 'https://site.example/en/posts/a/#h-background'
 */
export function resolveHref(href: string, base: string): string {
  if (NOT_RELATIVE.test(href)) return href;
  if (!NOT_RELATIVE.test(base)) {
    if (href.startsWith('/')) return href;
    const resolved = new URL(href, `${ORIGIN}${base}`);
    return `${resolved.pathname}${resolved.search}${resolved.hash}`;
  }
  return new URL(href, base).href;
}

/**
 * An element's href and src resolved against `base` (see {@link resolveHref}), in place, for
 * showing it at another address; `keepFragments` leaves `#…` links alone, for a page that
 * carries the body's ids.
 * @example rebaseLinks(img.properties, '/en/posts/a/') // src './a.jpg' → '/en/posts/a/a.jpg'
 */
export function rebaseLinks(properties: Properties, base: string, keepFragments = false): void {
  const { href, src } = properties;
  if (typeof href === 'string' && !(keepFragments && href.startsWith('#'))) properties.href = resolveHref(href, base);
  if (typeof src === 'string') properties.src = resolveHref(src, base);
}

/** A copy of a block without ids and footnote references, its links working from any page (see {@link rehypeExcerpt}). */
function forExcerpt(block: Element, pagePath: string | undefined): Element {
  const strip = (node: Element): Element => {
    const { id: _id, ...properties } = node.properties;
    if (pagePath !== undefined) rebaseLinks(properties, pagePath);
    const children: ElementContent[] = [];
    for (const child of node.children) {
      if (child.type !== 'element') children.push(structuredClone(child));
      else if (!isFootnoteReference(child)) children.push(strip(child));
    }
    return { ...node, properties, children };
  };
  return strip(block);
}
