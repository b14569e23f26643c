import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { SiteConfig } from '../config/schema.ts';
import { bilingualPartnerOf } from '../content/index.ts';
import { alignByKey } from '../translation/index.ts';
import type { SitePost } from './loader.ts';
import { rebaseTree } from './rebase-html.ts';
import { availabilityOf } from './views.ts';

/**
 * The language a post's bilingual view in `code` pairs with, or undefined when there is
 * none (the rule: {@link bilingualPartnerOf}, which also lists these pages for the link checker).
 * @example bilingualPartner(post, 'zh', config) // 'en' for an English post with a published Chinese translation
 */
export function bilingualPartner(post: SitePost, code: string, config: SiteConfig): string | undefined {
  return bilingualPartnerOf(post.sourceLocale, code, (other) => availabilityOf(post, other) === 'published', config);
}

/** One row of the bilingual view: the reader's language first, the other beside or below it. */
export interface BilingualRow {
  primary?: string;
  secondary?: string;
}

// What a rendered top-level element is, so a heading pairs with a heading and a list with a list.
function keyOf(element: Element): string {
  if (/^h[1-6]$/.test(element.tagName)) return element.tagName;
  if (element.tagName === 'ol' || element.tagName === 'ul') return 'list';
  if (element.tagName === 'section' && element.properties.dataFootnotes !== undefined) return 'footnotes';
  return element.tagName;
}

function topLevel(html: string): Element[] {
  return fromHtml(html, { fragment: true }).children.filter((node): node is Element => node.type === 'element');
}

/** Ids and the fragment links to them, prefixed, so two rendered bodies can share a page. */
function prefixIds(element: Element, prefix: string): Element {
  const root: Root = { type: 'root', children: [structuredClone(element) as ElementContent] };
  visit(root, 'element', (node) => {
    const { id, href, ariaDescribedBy } = node.properties;
    if (typeof id === 'string') node.properties.id = `${prefix}${id}`;
    if (typeof href === 'string' && href.startsWith('#')) node.properties.href = `#${prefix}${href.slice(1)}`;
    if (Array.isArray(ariaDescribedBy)) node.properties.ariaDescribedBy = ariaDescribedBy.map((ref) => `${prefix}${ref}`);
  });
  return root.children[0] as Element;
}

/**
 * Pairs two rendered versions of a post element by element for reading side by side
 * (中英对照): the source's structure is matched against the translation's (see
 * alignByKey), so a paragraph sits beside its translation and headings beside headings.
 * Both bodies come from the one rendering pipeline; the secondary's ids are prefixed
 * so its footnotes and heading links stay its own. Given the addresses of the two
 * versions' own pages, each body's relative links and images (`./photo.jpg`) are
 * resolved against its own (its `#…` links stay: its ids are here too): at the
 * bilingual view's address they would lead nowhere.
 */
export function bilingualRows(primaryHtml: string, secondaryHtml: string, primaryIsSource: boolean, pages?: { primary: string; secondary: string }): BilingualRow[] {
  const primary = topLevel(primaryHtml);
  const secondary = topLevel(secondaryHtml).map((element) => prefixIds(element, 'also-'));
  if (pages) for (const [elements, base] of [[primary, pages.primary], [secondary, pages.secondary]] as const) for (const element of elements) rebaseTree(element, base, true);
  const [source, translation] = primaryIsSource ? [primary, secondary] : [secondary, primary];
  return alignByKey(source.map(keyOf), translation.map(keyOf)).map((pair) => {
    const [p, s] = primaryIsSource ? [pair.a, pair.b] : [pair.b, pair.a];
    const html = (elements: Element[], index: number | undefined) => (index === undefined ? undefined : toHtml(elements[index] as Element));
    return { ...(p !== undefined && { primary: html(primary, p) }), ...(s !== undefined && { secondary: html(secondary, s) }) };
  });
}
