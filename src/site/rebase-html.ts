import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { rebaseLinks } from '../pipeline/index.ts';

/**
 * Resolves the relative links and images of a rendered body (`./photo.jpg`, `../other/`,
 * `#background`) against `base`, the page it was written for, in place: for showing it
 * at another address (the bilingual view, a feed). See resolveHref for what `base` may be.
 * `keepFragments` leaves `#…` links alone, for a page that carries the body's ids.
 * @example rebaseTree(tree, '/en/posts/a/') // <img src="./a.jpg"> → <img src="/en/posts/a/a.jpg">
 */
export function rebaseTree(tree: Root | Element, base: string, keepFragments = false): void {
  visit(tree, 'element', (node) => rebaseLinks(node.properties, base, keepFragments));
}

/**
 * A rendered body's HTML with its relative links and images resolved against `base` (see {@link rebaseTree}).
 * @example rebaseHtml('<p><a href="#h-x">x</a></p>', 'https://site.example/en/posts/a/') // '<p><a href="https://site.example/en/posts/a/#h-x">x</a></p>'
 */
export function rebaseHtml(html: string, base: string): string {
  const tree = fromHtml(html, { fragment: true });
  rebaseTree(tree, base);
  return toHtml(tree);
}
