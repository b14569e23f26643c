import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/**
 * What may survive from an author's Markdown into a page.
 *
 * Starts from GitHub's rules (`defaultSchema`), which already cover everything
 * remark-gfm produces: tables with `align`, task-list checkboxes, strikethrough,
 * footnote references, back-references and their section, and `language-*`
 * classes on code. Images keep `src`, `alt` and `title`.
 *
 * Forbidden, because it would let content run code or restyle the page:
 * - `style` attributes and every `on*` event handler (never listed, so dropped);
 * - URLs other than http(s), mailto, irc(s) and xmpp in `href`, and other than
 *   http(s) in `src`, `cite` and `longDesc`, so `javascript:` and `data:` go;
 *   relative URLs and `#fragments` are always kept;
 * - comments and doctypes.
 *
 * Author-written `id`s and `name`s keep the `user-content-` prefix so they can
 * never clobber the page's own ids or globals; generated heading ids are added
 * after sanitizing, with their own prefix.
 *
 * Raw HTML in Markdown (`<details>`, `<span>`…) reaches the sanitizer as `raw`
 * nodes, which it drops without parsing, keeping the Markdown text around them.
 * The `strip` list only matters if an HTML parser (rehype-raw) is ever added:
 * then those elements go with their content rather than being unwrapped.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  allowComments: false,
  allowDoctypes: false,
  clobberPrefix: defaultSchema.clobberPrefix ?? 'user-content-',
  strip: ['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript'],
};
