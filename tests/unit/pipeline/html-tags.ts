// Reads the tags out of the pipeline's HTML, for tests that check what survived
// sanitizing without a browser. hast-util-to-html escapes every `<` in text and
// double-quotes every attribute value (where `<` may appear unescaped), so this
// reads each real tag whole.
import { sanitizeSchema } from '../../../src/pipeline/sanitize-schema.ts';

export interface Tag {
  name: string;
  attributes: Map<string, string>;
}

export function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of html.matchAll(/<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attributes = new Map<string, string>();
    for (const attribute of (match[2] ?? '').matchAll(/([^\s"'>/=]+)(?:="([^"]*)")?/g)) {
      attributes.set((attribute[1] ?? '').toLowerCase(), decode(attribute[2] ?? ''));
    }
    tags.push({ name: (match[1] ?? '').toLowerCase(), attributes });
  }
  return tags;
}

function decode(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

const allowedTags = new Set(sanitizeSchema.tagNames);
// What the sanitizer and the later plugins may write, as HTML attribute names.
const allowedAttributes = new Set(['id', 'lang', 'dir', 'title', 'href', 'hreflang', 'rel', 'src', 'alt', 'width', 'height', 'cite', 'datetime', 'open', 'type', 'disabled', 'checked', 'start', 'reversed', 'align', 'colspan', 'rowspan', 'scope', 'class', 'data-footnote-ref', 'data-footnote-backref', 'data-footnotes', 'aria-describedby', 'aria-label']);
const SAFE_URL = /^(https?:|mailto:|tel:|[^:]*$|[^:]*[/?#])/;

/** Everything in the HTML the sanitizer should not have let through: elements, attributes, URLs, unprefixed ids. */
export function forbiddenIn(html: string): string[] {
  const found: string[] = [];
  for (const tag of tagsOf(html)) {
    if (!allowedTags.has(tag.name)) found.push(`<${tag.name}>`);
    for (const [name, value] of tag.attributes) {
      if (!allowedAttributes.has(name)) found.push(`${tag.name}[${name}]`);
      if (['href', 'src', 'cite'].includes(name) && !SAFE_URL.test(value)) found.push(`${tag.name}[${name}=${value}]`);
      if (name === 'id' && !/^(user-content-|h-)/.test(value)) found.push(`${tag.name}#${value}`);
    }
  }
  return found;
}
