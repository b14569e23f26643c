/**
 * What of a built page Pagefind's index depends on, so a search shard is re-indexed only
 * when that changed, not when the chrome around it did (a new stylesheet hash, a topic
 * added to the sidebar, the outdated notice a translation gains when its source is edited).
 *
 * Pagefind reads, from a page with a `data-pagefind-body` element: `<html lang>`, the
 * `<title>`, the first `<h1>` and the first `<img>` after it anywhere on the page, every
 * `data-pagefind-*` attribute anywhere (a meta, filter or sort value without `key:` takes
 * its element's text), and the text and ids inside the body elements except inside
 * `data-pagefind-ignore` elements. The part returned here holds all of that and more: ignored
 * elements are left out only when they hold no id, heading, image or text-valued attribute,
 * and a page whose elements cannot be matched up is taken whole, so a change Pagefind would
 * see always changes the part.
 * @module
 */

// A comment, or a tag whose quoted attribute values may hold `>`.
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][^\s/>]*)((?:[^'">]+|"[^"]*"|'[^']*')*)>/g;
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Attributes that carry meta, filters, sort keys, weights or indexed attributes (not merely body or ignore).
const PAGEFIND_DATA = /\sdata-pagefind-(?!ignore\b|body\b)/i;
const BODY = /\sdata-pagefind-body\b/i;
const IGNORE = /\sdata-pagefind-ignore\b/i;
// Values of these attributes without `key:` are read from the element's text.
const TEXT_VALUED = /\sdata-pagefind-(?:meta|filter|sort|default-meta)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

interface Tag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
  attributes: string;
}

/** The tags of `html` from `from`, skipping comments and the text of script, style, textarea and title. */
function* tags(html: string, from = 0): Generator<Tag> {
  const token = new RegExp(TOKEN.source, 'g');
  token.lastIndex = from;
  for (let match = token.exec(html); match; match = token.exec(html)) {
    if (match[2] === undefined) continue;
    const tag = { start: match.index, end: token.lastIndex, name: match[2].toLowerCase(), closing: match[1] === '/', attributes: match[3] ?? '' };
    yield tag;
    if (!tag.closing && RAW_TEXT.has(tag.name)) {
      const close = closeOf(html, tag);
      token.lastIndex = close < 0 ? html.length : close;
    }
  }
}

/** Where the end tag of a raw-text element (script, style, textarea, title) starts, or -1. */
function closeOf(html: string, open: Tag): number {
  const close = new RegExp(`</${open.name}`, 'gi');
  close.lastIndex = open.end;
  return close.exec(html)?.index ?? -1;
}

/** Where the element opened by `open` ends (after its end tag), or -1 when it is not closed. */
function elementEnd(html: string, open: Tag): number {
  if (VOID.has(open.name) || open.attributes.trimEnd().endsWith('/')) return open.end;
  let depth = 0;
  for (const tag of tags(html, open.start)) {
    if (tag.name !== open.name) continue;
    depth += tag.closing ? -1 : 1;
    if (depth === 0) return tag.end;
  }
  return -1;
}

function hasTextValued(attributes: string): boolean {
  if (!attributes.includes('data-pagefind-')) return false;
  for (const [, a, b, c] of attributes.matchAll(TEXT_VALUED)) {
    if ((a ?? b ?? c ?? '').split(',').some((value) => !value.includes(':'))) return true;
  }
  return false;
}

/**
 * The part of a built page that Pagefind's index of it depends on (see the module's notes);
 * the whole page when its elements cannot be matched up.
 * @example searchedPart('<html lang="en"><body><nav>Menu</nav><main data-pagefind-body><p>Hi</p></main></body></html>')
 * // '<html lang="en">\n<main data-pagefind-body><p>Hi</p></main>'
 */
export function searchedPart(html: string): string {
  const parts: string[] = [];
  const bodies: string[] = [];
  let inside = -1;
  for (const tag of tags(html)) {
    if (tag.closing || tag.start < inside) continue;
    const text = () => html.slice(tag.start, tag.end);
    if (tag.name === 'html' || tag.name === 'img') parts.push(text());
    else if (tag.name === 'title' || tag.name === 'h1') {
      const end = tag.name === 'title' ? closeOf(html, tag) : elementEnd(html, tag);
      if (end < 0) return html;
      parts.push(html.slice(tag.start, end));
    }
    if (!tag.attributes.includes('data-pagefind-')) continue;
    if (PAGEFIND_DATA.test(tag.attributes)) parts.push(text());
    if (BODY.test(tag.attributes)) {
      const end = elementEnd(html, tag);
      const body = end < 0 ? undefined : withoutIgnored(html.slice(tag.start, end));
      if (body === undefined) return html;
      bodies.push(body);
      inside = end;
    } else if (hasTextValued(tag.attributes)) {
      const end = elementEnd(html, tag);
      if (end < 0) return html;
      parts.push(html.slice(tag.start, end));
    }
  }
  return bodies.length === 0 ? html : [...parts, ...bodies].join('\n');
}

/** A body element's HTML without the ignored elements whose only effect is the text they hide; undefined when unmatched. */
function withoutIgnored(body: string): string | undefined {
  let kept = '';
  let from = 0;
  for (const tag of tags(body)) {
    if (tag.closing || tag.start < from || !IGNORE.test(tag.attributes)) continue;
    const end = elementEnd(body, tag);
    if (end < 0) return undefined;
    const element = body.slice(tag.start, end);
    // Ids are anchors, headings and images meta, text-valued attributes meta: such elements stay.
    if (/\sid\s*=|<h1[\s>]|<img[\s>]/i.test(element) || [...tags(element)].some((inner) => hasTextValued(inner.attributes))) continue;
    kept += `${body.slice(from, tag.start)}${pagefindTags(element)}`;
    from = end;
  }
  return kept + body.slice(from);
}

/** The `data-pagefind-*` tags of an element, which carry meta and filters even when ignored. */
function pagefindTags(element: string): string {
  return [...tags(element)].filter((tag) => !tag.closing && PAGEFIND_DATA.test(tag.attributes)).map((tag) => element.slice(tag.start, tag.end)).join('');
}
