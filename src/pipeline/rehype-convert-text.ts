import type { Element, Root, RootContent } from 'hast';
import { eachElement } from './hast-utils.ts';
import { resolveFragment } from './rehype-fragment-links.ts';
import { AUTHOR_ID_PREFIX } from './sanitize-schema.ts';
import { safeDecode } from '../lib/safe-decode.ts';

/** Elements whose text is code or machine output, kept exactly as written. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style']);

/** A site-relative link prefix to move, e.g. `/zh/` → `/zh-hant/`. */
export interface Relocation {
  from: string;
  to: string;
}

/**
 * Converts the text a reader reads or hears, through `convert`: text nodes and the `alt`,
 * `title` and `aria-label` attributes. Never URLs, ids or other attributes, and never code.
 * Links into the parent locale's pages (`relocate.from`) are moved to the converted
 * locale's (`relocate.to`), so a reader following one stays in their script; the
 * fragments of those and of in-page links are converted like the headings they name. Ids are
 * not converted, so an in-page link to an id the document already has (a footnote's, an
 * author's anchor or `{#id}`: heading ids come later, from the converted text) keeps its fragment.
 * Walks with an explicit stack, so a deeply nested document cannot overflow it.
 * @example
 * const tree = { type: 'root', children: [{ type: 'text', value: '团结' }] };
 * convertText(tree, (t) => t.replace('团结', '團結')); // tree's text is now '團結'
 */
export function convertText(tree: Root, convert: (text: string) => string, relocate?: Relocation): void {
  const ids = new Set<string>();
  eachElement(tree, (node) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  const stack: (Root | RootContent)[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'text') node.value = convert(node.value);
    if (node.type === 'element') {
      if (node.tagName === 'a') relink(node, convert, ids, relocate);
      if (VERBATIM.has(node.tagName)) continue;
      convertProperties(node, convert);
    }
    if ('children' in node) stack.push(...node.children);
  }
}

/**
 * Where a link leads once its page is converted: heading ids come from converted text, so a
 * link to one (on this page, or on a parent-locale page the link is moved from) must name the
 * converted id. An author's id (`user-content-`) is not converted, so a moved link naming one
 * keeps its fragment: by then the checks have rewritten every link to another page to the id it
 * reaches, so such a fragment is the author's id itself, not GitHub's name for a heading (an
 * in-page link is resolved after conversion, and is converted with the heading it may name).
 * Other links are returned as they are.
 * @example relocateHref('/zh/posts/a/#背景', (t) => t.replace('背', '揹'), { from: '/zh/', to: '/zh-hant/' }) // '/zh-hant/posts/a/#%E6%8F%B9%E6%99%AF'
 * @example relocateHref('/zh/posts/a/#user-content-简介', (t) => t.replace('简', '簡'), { from: '/zh/', to: '/zh-hant/' }) // '/zh-hant/posts/a/#user-content-简介'
 */
export function relocateHref(href: string, convert: (text: string) => string, relocate?: Relocation): string {
  const moved = relocate !== undefined && href.startsWith(relocate.from);
  if (!moved && !href.startsWith('#')) return href;
  const [base = '', ...rest] = (moved ? relocate.to + href.slice(relocate.from.length) : href).split('#');
  if (rest.length === 0) return base;
  let fragment = rest.join('#');
  if (moved && safeDecode(fragment).startsWith(AUTHOR_ID_PREFIX)) return `${base}#${fragment}`;
  try {
    fragment = encodeURI(convert(decodeURIComponent(fragment)));
  } catch {
    // A malformed escape is kept as written: the link checker reports it.
  }
  return `${base}#${fragment}`;
}

/**
 * The ids of a page converted by `convert`, from those of the version it is converted from: heading
 * ids are made from the converted text, so are converted as relocateHref converts a fragment
 * naming one; an author's ids and footnotes' (`user-content-`) are not converted. What links to the
 * converted page are checked against, without rendering it.
 * @example convertedIds(['h-发展', 'user-content-简介'], (t) => t.replace('发', '發')) // ['h-發展', 'user-content-简介']
 */
export function convertedIds(ids: Iterable<string>, convert: (text: string) => string): string[] {
  return [...ids].map((id) => (id.startsWith(AUTHOR_ID_PREFIX) ? id : convert(id)));
}

function relink(node: Element, convert: (text: string) => string, ids: ReadonlySet<string>, relocate?: Relocation): void {
  const href = node.properties.href;
  if (typeof href !== 'string' || (href.startsWith('#') && resolveFragment(href.slice(1), ids) !== undefined)) return;
  node.properties.href = relocateHref(href, convert, relocate);
}

function convertProperties(node: Element, convert: (text: string) => string): void {
  for (const name of ['alt', 'title', 'ariaLabel'] as const) {
    const value = node.properties[name];
    if (typeof value === 'string') node.properties[name] = convert(value);
  }
}

/** Options of {@link rehypeConvertText}. */
export interface ConvertTextOptions {
  convert?: ((text: string) => string) | undefined;
  relocate?: Relocation | undefined;
}

/** Rehype plugin form of {@link convertText}; does nothing without a converter. */
export function rehypeConvertText(options: ConvertTextOptions) {
  return (tree: Root) => {
    if (options.convert) convertText(tree, options.convert, options.relocate);
  };
}
