import type { Options as Schema } from 'rehype-sanitize';
import { ALERT_KINDS } from './remark-alerts.ts';

/**
 * What may survive from an author's Markdown, and the raw HTML in it, into a
 * page. It is an allowlist: an element not listed is unwrapped (its text stays),
 * an attribute not listed is dropped, and a URL whose scheme is not listed is
 * dropped. The site relies on this alone; no Content-Security-Policy is assumed.
 *
 * | Allowed                                            | Why                                                  |
 * | -------------------------------------------------- | ---------------------------------------------------- |
 * | p, headings, lists, blockquote, pre/code, hr, br   | everything plain Markdown makes                      |
 * | table, caption, thead/tbody/tfoot, tr, th, td      | GFM tables and hand-written ones (`align`, spans)    |
 * | sup/a/section/h2.sr-only with `data-footnote*`     | GFM footnotes, exactly the markup remark-rehype makes |
 * | ul/li `contains-task-list`/`task-list-item`, input | GFM task lists; `input` must be a disabled checkbox  |
 * | details (open), summary                            | collapsible notes, common in long statements         |
 * | figure, figcaption, img (src, alt, title, size)    | captioned photos; `width`/`height` avoid layout jumps |
 * | abbr, kbd, sub, sup, del, ins, s, mark, small, …   | inline semantics editors ask for (`cite` on del/ins) |
 * | bdi, bdo, and `lang`/`dir`/`title` everywhere      | names and quotes in other scripts, e.g. Uyghur (RTL) |
 * | `id` (prefixed `user-content-`)                    | an author's own anchors, never clobbering the page's |
 * | href: http(s), mailto, tel, relative, `#…`         | ordinary links                                       |
 * | src, cite: http(s) and relative                    | images from the site or the web                      |
 *
 * | Stripped                                           | Why                                                  |
 * | -------------------------------------------------- | ---------------------------------------------------- |
 * | script, style, template, noscript, textarea, xmp…  | removed with their content: code or raw text         |
 * | iframe, frame, embed                               | removed with content; embeds became links before     |
 * | object, applet, video, audio                       | unwrapped to their fallback; embeds became links     |
 * | svg, math                                          | removed with content: scripts, foreign parsing, mXSS |
 * | form, button, inputs outside task lists            | unwrapped: their text stays, nothing submits         |
 * | select, option, datalist                           | removed with content: no text worth keeping          |
 * | link, meta, base, source, track (picture unwraps)  | load from elsewhere, redirect, rebase, set `srcset`  |
 * | every `on*` handler, `style`, `class`              | run code or restyle the page (classes: site CSS)     |
 * | `javascript:`, `data:`, `vbscript:`, any other scheme | run code or smuggle documents (any case, any encoding) |
 * | tabindex, accesskey, name, action, formaction…     | hijack focus, keys, globals or form submission       |
 * | comments, doctypes                                 | hide content from review; no meaning in a body       |
 *
 * Elements whose content is normal markup (form, object, video…) are unwrapped,
 * not removed with it, so one left unclosed cannot swallow the rest of a post.
 *
 * Lost text rule: the text of elements stripped above is removed on purpose only
 * when the author closed them. Every word written as Markdown, or as text in raw
 * HTML outside such an element, must reach the page; when an element stripped
 * with its content, or a comment, is opened and never closed (so the HTML parser
 * makes the rest of the post its content), `rehypeLostText` (lost-text.ts)
 * reports where it opens, and the content checks make that a problem with file
 * and line. The property test in tests/unit/pipeline/lost-text.test.ts holds
 * random documents to this rule. A drawing or formula (`svg`, `math`) and a player
 * of a file go with all they show even when closed, so they are reported too
 * (rehype-removed-media.ts).
 *
 * Schemes are matched case-sensitively by hast-util-sanitize, so `HTTPS:`
 * links go too; Markdown writes them in lower case anyway. Embeds (iframes of
 * YouTube, X and the like) are turned into labelled links by `rehypeEmbeds`
 * before this runs. Generated heading ids are added after sanitizing with their
 * own prefix, so they are not renamed here.
 */
/** What the sanitizer puts before an author's ids (`user-content-x`), so they never clobber the page's own: rehype-sanitize's default. */
export const AUTHOR_ID_PREFIX = 'user-content-';

export const sanitizeSchema: Schema = {
  allowComments: false,
  allowDoctypes: false,
  clobber: ['ariaDescribedBy', 'ariaLabelledBy', 'id'],
  clobberPrefix: AUTHOR_ID_PREFIX,
  // Removed with their content. Anything else not in tagNames is unwrapped.
  strip: [
    ...['script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'textarea', 'title'],
    ...['iframe', 'frame', 'frameset', 'embed', 'svg', 'math', 'select', 'option', 'datalist'],
  ],
  tagNames: [
    ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'hr', 'br', 'div', 'span'],
    ...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'input'],
    ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
    ...['a', 'img', 'figure', 'figcaption', 'details', 'summary', 'section'],
    ...['em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'abbr', 'kbd', 'samp', 'var'],
    ...['q', 'cite', 'dfn', 'time', 'bdi', 'bdo', 'ruby', 'rt', 'rp'],
  ],
  ancestors: {
    caption: ['table'],
    // A checkbox is only kept where GFM puts task-list ones.
    input: ['li'],
    tbody: ['table'],
    td: ['table'],
    tfoot: ['table'],
    th: ['table'],
    thead: ['table'],
    tr: ['table'],
  },
  attributes: {
    '*': ['id', 'lang', 'dir', 'title'],
    a: ['href', 'hrefLang', 'dataFootnoteRef', 'dataFootnoteBackref', ['className', 'data-footnote-backref'], 'ariaDescribedBy', 'ariaLabel'],
    blockquote: ['cite'],
    code: [['className', /^language-./]],
    del: ['cite', 'dateTime'],
    details: ['open'],
    // GitHub's alerts (remark-alerts.ts).
    div: [['dataCallout', ...ALERT_KINDS], ['role', 'note']],
    h2: [['className', 'sr-only']],
    img: ['src', 'alt', 'width', 'height'],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    ins: ['cite', 'dateTime'],
    li: [['className', 'task-list-item']],
    ol: ['start', 'reversed', ['className', 'contains-task-list']],
    q: ['cite'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    td: ['align', 'colSpan', 'rowSpan'],
    th: ['align', 'colSpan', 'rowSpan', 'scope'],
    time: ['dateTime'],
    ul: [['className', 'contains-task-list']],
  },
  protocols: {
    cite: ['http', 'https'],
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
  },
  required: {
    input: { disabled: true, type: 'checkbox' },
  },
};
