import type { Root } from 'hast';
import { slug } from 'github-slugger';
import type { VFile } from 'vfile';
import { eachElement } from './hast-utils.ts';
import { AUTHOR_ID_PREFIX } from './sanitize-schema.ts';
import { safeDecode } from '../lib/safe-decode.ts';

/** A link as the author wrote it, before any rewriting, with its line. */
export interface AuthoredLink {
  href: string;
  /** 1-based line in the document, when known. */
  line: number | undefined;
}

/** An author's id given again further on, as written (no prefix), with the line of that later element. */
export interface DuplicateId {
  id: string;
  /** 1-based line in the document, when known. */
  line: number | undefined;
}

declare module 'vfile' {
  interface DataMap {
    /** Every id in the finished document, set by {@link rehypeFragmentLinks}. */
    anchors: string[];
    /** Every link to a page of the site (not `http:` or `mailto:`), as written, set by {@link rehypeFragmentLinks}. */
    links: AuthoredLink[];
    /** Every image's `src` as written, the web's included, set by {@link rehypeFragmentLinks}. */
    images: AuthoredLink[];
    /** Each later element with an author's id an earlier one has, set by {@link rehypeFragmentLinks}. */
    duplicateIds: DuplicateId[];
  }
}

/** Options of {@link rehypeFragmentLinks}. */
export interface Options {
  /** The prefix the sanitizer put before author ids (default `'user-content-'`, as rehype-sanitize's). */
  clobberPrefix?: string;
  /** The prefix of generated heading ids (default `'h-'`, as rehypeHeadingIds'). */
  headingPrefix?: string;
  /**
   * New targets for links to other pages, by href as written: how an author's
   * `/en/posts/x/#background` reaches `#h-background` there. Computed by the link
   * checker of the content layer from every page's anchors.
   */
  rewrites?: Readonly<Record<string, string>>;
}

/**
 * The id a `#fragment` reaches among a page's ids: itself, percent-decoded, the
 * sanitizer-prefixed author id, or a heading's generated id written the way an
 * author does (`#background`, `#背景`, `#Background`), or as GitHub names it
 * (`#user-content-background`: GitHub prefixes heading ids as the sanitizer does
 * author ids, and pages copied from GitHub link to them so). Undefined when none.
 * @example resolveFragment('背景', new Set(['h-背景'])) // 'h-背景'
 * @example resolveFragment('fn-1', new Set(['user-content-fn-1'])) // 'user-content-fn-1'
 * @example resolveFragment('user-content-background', new Set(['h-background'])) // 'h-background'
 * @example resolveFragment('nope', new Set(['h-背景'])) // undefined
 */
export function resolveFragment(fragment: string, ids: ReadonlySet<string>, { clobberPrefix = AUTHOR_ID_PREFIX, headingPrefix = 'h-' }: Pick<Options, 'clobberPrefix' | 'headingPrefix'> = {}): string | undefined {
  const decoded = safeDecode(fragment);
  const candidates = [fragment, decoded, clobberPrefix + fragment, clobberPrefix + decoded, headingPrefix + decoded, headingPrefix + slug(decoded)];
  const github = clobberPrefix !== '' && decoded.startsWith(clobberPrefix) ? decoded.slice(clobberPrefix.length) : '';
  if (github !== '') candidates.push(headingPrefix + github, headingPrefix + slug(github));
  return candidates.find((candidate) => ids.has(candidate));
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:|^\/\//i;

/**
 * Points `#fragment` links at the ids they mean: the sanitizer renames
 * `id="fn-1"` to `id="user-content-fn-1"`, and headings get generated ids
 * (`h-background`), so footnote references and an author's `[see](#background)`
 * would break; this repairs them at build time (see {@link resolveFragment}).
 * Links to other pages are rewritten as `rewrites` says. Records every id,
 * every internal link as written and every author's id given twice (links reach
 * only the first) in `file.data`, for the link checker.
 * @example unified().use(rehypeSanitize, sanitizeSchema).use(rehypeHeadingIds).use(rehypeFragmentLinks)
 */
export function rehypeFragmentLinks(options: Options = {}) {
  const { clobberPrefix = AUTHOR_ID_PREFIX } = options;
  return (tree: Root, file: VFile): undefined => {
    const ids = new Set<string>();
    const duplicateIds: DuplicateId[] = [];
    eachElement(tree, (node) => {
      const { id } = node.properties;
      if (typeof id !== 'string') return;
      // Generated ids are numbered apart; only an author's (prefixed) can be given twice.
      if (ids.has(id) && clobberPrefix !== '' && id.startsWith(clobberPrefix)) duplicateIds.push({ id: id.slice(clobberPrefix.length), line: node.position?.start.line });
      ids.add(id);
    });
    const links: AuthoredLink[] = [];
    const images: AuthoredLink[] = [];
    eachElement(tree, (node) => {
      if (node.tagName === 'img' && typeof node.properties.src === 'string') images.push({ href: node.properties.src, line: node.position?.start.line });
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || EXTERNAL.test(href) || href === '') return;
      // Footnote apparatus is generated and always right; only what the author wrote is checked.
      if (node.properties.dataFootnoteRef === undefined && node.properties.dataFootnoteBackref === undefined) links.push({ href, line: node.position?.start.line });
      if (!href.startsWith('#')) {
        const rewritten = options.rewrites?.[href];
        if (rewritten) node.properties.href = rewritten;
        return;
      }
      const target = resolveFragment(href.slice(1), ids, options);
      if (target !== undefined && target !== href.slice(1) && target !== safeDecode(href.slice(1))) node.properties.href = `#${target}`;
    });
    file.data.anchors = [...ids];
    file.data.links = links;
    file.data.images = images;
    file.data.duplicateIds = duplicateIds;
  };
}

