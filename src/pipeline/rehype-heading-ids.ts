import type { Root } from 'hast';
import GithubSlugger, { slug } from 'github-slugger';
import type { VFile } from 'vfile';
import { eachElement, isFootnoteApparatus, readableText } from './hast-utils.ts';

/** A heading that got an id, in document order. */
export interface Heading {
  /** 1 to 6, from the tag name. */
  depth: number;
  /** The id given to it, prefix included. */
  id: string;
  /** Its visible text, whitespace collapsed, footnote numbers left out. */
  text: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Every h1–h6 that {@link rehypeHeadingIds} gave an id, in document order. */
    headings: Heading[];
  }
}

/** Options of {@link rehypeHeadingIds}. */
export interface Options {
  /** Put before every generated id so it never clobbers the page's own (default `'h-'`). */
  prefix?: string;
}

const HEADING = /^h([1-6])$/;
// For headings with nothing to slug (only emoji or punctuation): a neutral
// word, not a number, so it cannot collide with a heading called "2".
const FALLBACK = 'section';

/**
 * Gives every heading an id from github-slugger, prefixed, and lists them in
 * `file.data.headings`. A body h1 is numbered with the others in document order,
 * as GitHub does, so content written for GitHub links to the same sections.
 * Runs after the sanitizer so its ids are not given the
 * `user-content-` prefix meant for author-written ones. Ids depend only on the
 * heading texts and their order, so links to them survive rebuilds; Unicode
 * letters are kept, so a Chinese heading gets a readable id (`h-背景`), and
 * repeats get `-1`, `-2`… A heading that already has an id keeps it: an
 * author's own (`<h2 id="x">` in raw HTML, already `user-content-x`) is listed
 * with it, footnote apparatus (the screen-reader-only heading that footnote
 * references point at with `aria-describedby`) is not.
 * @example unified().use(rehypeSanitize, sanitizeSchema).use(rehypeHeadingIds, { prefix: 'h-' })
 */
export function rehypeHeadingIds(options: Options = {}) {
  const prefix = options.prefix ?? 'h-';
  return (tree: Root, file: VFile): undefined => {
    const slugger = new GithubSlugger();
    const taken = new Set<string>();
    eachElement(tree, (node) => {
      if (typeof node.properties.id === 'string') taken.add(node.properties.id);
    });
    const headings: Heading[] = [];
    eachElement(tree, (node) => {
      const depth = HEADING.exec(node.tagName)?.[1];
      if (depth === undefined || isFootnoteApparatus(node)) return;
      const text = readableText(node);
      if (typeof node.properties.id === 'string') {
        headings.push({ depth: Number(depth), id: node.properties.id, text });
        return;
      }
      const source = slug(text) === '' ? FALLBACK : text;
      let id = prefix + slugger.slug(source);
      // Only reachable with an empty prefix, but an id must never be shared.
      while (taken.has(id)) id = prefix + slugger.slug(source);
      taken.add(id);
      node.properties.id = id;
      headings.push({ depth: Number(depth), id, text });
    });
    file.data.headings = headings;
  };
}

/**
 * The headings a table of contents lists: three levels from the level of the body's
 * sections, which is h1 when the body has more than one, else h2 (a lone h1 is a
 * title, as a README's is; listed, it would push every section a level down).
 * @example tocHeadings([{ depth: 1, id: 'h-a', text: 'A' }, { depth: 2, id: 'h-b', text: 'B' }]) // [{ depth: 2, id: 'h-b', text: 'B' }]
 */
export function tocHeadings(headings: readonly Heading[]): Heading[] {
  const top = headings.filter((heading) => heading.depth === 1).length > 1 ? 1 : 2;
  return headings.filter((heading) => heading.depth >= top && heading.depth <= top + 2);
}
