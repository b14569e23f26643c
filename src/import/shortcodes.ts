/** A `[name attr="value"]…[/name]` found in a post. */
export interface Shortcode {
  name: string;
  attributes: Record<string, string>;
  /** Positional attributes (`[embed https://…]`). */
  positional: string[];
  /** What stands between opening and closing tag; undefined when self-closing. */
  content: string | undefined;
}

/** What a shortcode handler needs from the rest of the import. */
export interface ShortcodeContext {
  /** An attachment's original URL and alt text, by WordPress id. */
  attachment(id: number): { url: string; alt: string } | undefined;
  /** Attachments uploaded to the post being converted (a `[gallery]` without `ids`). */
  childAttachments(): { url: string; alt: string }[];
  /** Records something not converted: the shortcode's name and why. */
  report(construct: string, reason: 'unknown-shortcode' | 'missing-attachment' | 'too-deep' | 'more-text'): void;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const ATTRIBUTE = /([\w-]+)\s*=\s*"([^"]*)"|([\w-]+)\s*=\s*'([^']*)'|([\w-]+)\s*=\s*([^\s'"]+)|"([^"]*)"|'([^']*)'|(\S+)/g;

/**
 * Parses a shortcode's attribute text the way WordPress's shortcode_parse_atts() does.
 * @example parseAttributes(' ids="1,2" columns=3 link') // { attributes: { ids: '1,2', columns: '3' }, positional: ['link'] }
 */
export function parseAttributes(text: string): { attributes: Record<string, string>; positional: string[] } {
  const attributes: Record<string, string> = {};
  const positional: string[] = [];
  for (const m of text.matchAll(ATTRIBUTE)) {
    const name = m[1] ?? m[3] ?? m[5];
    const value = m[2] ?? m[4] ?? m[6];
    if (name !== undefined && value !== undefined) attributes[name.toLowerCase()] = value;
    else positional.push(m[7] ?? m[8] ?? m[9] ?? '');
  }
  return { attributes, positional };
}

const linkParagraph = (url: string) => `\n\n<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>\n\n`;
const MEDIA_SOURCES = ['src', 'mp4', 'm4v', 'webm', 'ogv', 'wmv', 'flv', 'mp3', 'ogg', 'oga', 'wav', 'm4a', 'wma', 'flac'];

type Handler = (code: Shortcode, context: ShortcodeContext) => string;

function caption(code: Shortcode): string {
  const inner = code.content ?? '';
  const image = /<img\b[^>]*>/i.exec(inner)?.[0] ?? '';
  const text = (code.attributes.caption ?? inner.replace(/<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>/i, '')).trim();
  if (!image) return inner;
  return `\n\n<figure>${image}${text ? `<figcaption>${text}</figcaption>` : ''}</figure>\n\n`;
}

function gallery(code: Shortcode, context: ShortcodeContext): string {
  const ids = (code.attributes.ids ?? code.attributes.include ?? '').split(',').map((id) => Number.parseInt(id.trim(), 10)).filter((id) => id > 0);
  const images = ids.length === 0 ? context.childAttachments() : ids.flatMap((id) => {
    const found = context.attachment(id);
    if (!found) context.report(`[gallery] #${id}`, 'missing-attachment');
    return found ? [found] : [];
  });
  return images.map((image) => `\n\n<p><img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.alt)}"></p>\n\n`).join('');
}

const embed: Handler = (code) => {
  const url = (code.content ?? code.attributes.url ?? code.positional[0] ?? '').trim();
  return url ? linkParagraph(url) : '';
};

const media: Handler = (code) => {
  const url = MEDIA_SOURCES.map((key) => code.attributes[key]).find(Boolean) ?? code.content?.trim() ?? '';
  return url ? linkParagraph(url) : '';
};

const HANDLERS: Record<string, Handler> = { caption, wp_caption: caption, gallery, embed, video: media, audio: media };

// `[name …]`, `[name …/]` or `[name …]…[/name]`; `[[name]]` is WordPress's escape for literal text.
const SHORTCODE = /\[(\[?)([A-Za-z][\w-]*)(?![\w-])((?:[^\]\/"']|"[^"]*"|'[^']*'|\/(?!\]))*)(?:(\/)\]|\])(?:([\s\S]*?)\[\/\2\])?(\]?)/g;

/**
 * Replaces WordPress shortcodes by the HTML they stand for: `[caption]` becomes a
 * figure with its caption, `[gallery]` its images, `[embed]`, `[video]` and `[audio]`
 * a link alone in a paragraph (which Tandem shows as a labelled link, loading
 * nothing from elsewhere). Other shortcodes stay as text and are reported. Bracketed
 * text that is not shaped like a shortcode (`[Update 23/02/2021]`, `[1]`) is left alone.
 * @example expandShortcodes('[embed]https://youtu.be/x[/embed]', context) // '…<p><a href="https://youtu.be/x">https://youtu.be/x</a></p>…'
 */
export function expandShortcodes(html: string, context: ShortcodeContext, depth = 0): string {
  return html.replace(SHORTCODE, (match, open: string, rawName: string, attributeText: string, selfClosing: string | undefined, content: string | undefined, close: string) => {
    if (open === '[' && close === ']') return match.slice(1, -1);
    const name = rawName.toLowerCase();
    const handler = HANDLERS[name];
    const looksLikeShortcode = handler !== undefined || content !== undefined || selfClosing !== undefined || /=/.test(attributeText);
    if (!looksLikeShortcode) return match;
    const { attributes, positional } = parseAttributes(attributeText);
    if (!handler) {
      context.report(`[${name}]`, 'unknown-shortcode');
      return match;
    }
    // Shortcodes nest ([caption] around [embed]); the bound keeps hostile input from recursing without end.
    const inner = content !== undefined && depth < 8 ? expandShortcodes(content, context, depth + 1) : content;
    return open + handler({ name, attributes, positional, content: inner }, context) + close;
  });
}
