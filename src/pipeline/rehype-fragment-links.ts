import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Options of {@link rehypeFragmentLinks}. */
export interface Options {
  /** The prefix the sanitizer put before author ids (default `'user-content-'`, as rehype-sanitize's). */
  clobberPrefix?: string;
}

/**
 * Points `#fragment` links at ids the sanitizer prefixed. The sanitizer renames
 * `id="fn-1"` to `id="user-content-fn-1"` but cannot know which links meant it,
 * so footnote references and an author's `[see note](#fn-1)` would break; GitHub
 * repairs them with script in the browser, this does it once at build time. A
 * link is only rewritten when its own target does not exist and the prefixed one
 * does, so links to generated heading ids are untouched.
 * @example unified().use(rehypeSanitize, sanitizeSchema).use(rehypeFragmentLinks)
 */
export function rehypeFragmentLinks(options: Options = {}) {
  const prefix = options.clobberPrefix ?? 'user-content-';
  return (tree: Root): undefined => {
    const ids = new Set<string>();
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    });
    visit(tree, 'element', (node) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#') || href.length === 1) return;
      const raw = href.slice(1);
      // Browsers match a fragment as written and then percent-decoded; do the same.
      const forms = [raw, safeDecode(raw)];
      if (forms.some((form) => ids.has(form))) return;
      if (forms.some((form) => ids.has(prefix + form))) node.properties.href = `#${prefix}${raw}`;
    });
  };
}

/**
 * Percent-decodes, giving back the input when it is not valid percent-encoding.
 * @example safeDecode('%E8%83%8C') // '背'
 * @example safeDecode('100%') // '100%'
 */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
