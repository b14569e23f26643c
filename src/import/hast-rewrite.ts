import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';

/** What rewriting a post's HTML needs from the rest of the import. */
export interface RewriteContext {
  /** The local file (`./photo.jpg`) for a media URL of the old site; undefined when it is not a media URL. `null`: a media URL whose file is missing. */
  media(url: string): string | null | undefined;
  /** The new address of a link to another imported item; undefined to keep the link as it is. */
  link(url: string): string | undefined;
  /** Whether a link points at this post's other-language version (`中文版`), which the language switcher replaces. */
  isPairLink(url: string, text: string): boolean;
  /** Whether a URL is an attachment page of the old site (`/?attachment_id=5`, `…/attachment/name/`). */
  isAttachmentPage(url: string): boolean;
  report(construct: string, reason: 'script-removed' | 'form-removed' | 'remote-image' | 'dynamic-block'): void;
}

const classes = (node: Element): string[] => {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? (value as string).split(/\s+/) : [];
};
const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const linkParagraph = (url: string): Element => element('p', {}, [element('a', { href: url }, [{ type: 'text', value: url }])]);
const isBlank = (node: ElementContent) => (node.type === 'text' && node.value.trim() === '') || node.type === 'comment';
const PLAYERS = new Set(['iframe', 'embed', 'object', 'video', 'audio']);
const DYNAMIC_BLOCK = /^\s*wp:([a-z][\w/-]*)\b[^]*\/\s*$/;
const EMOJI_IMAGE = /^(?:https?:)?\/\/s\.w\.org\/images\/core\/emoji\//;
const DROPPED = new Set(['script', 'style', 'noscript', 'form', 'input', 'button', 'select', 'textarea']);

function playerUrl(node: Element): string | undefined {
  const own = node.properties.src ?? node.properties.data;
  if (typeof own === 'string' && own) return own;
  const source = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'source' && typeof child.properties.src === 'string');
  return source ? String(source.properties.src) : undefined;
}

/**
 * WordPress 6.3+ footnotes (`<sup data-fn>` and `<ol class="wp-block-footnotes">`)
 * become `tandem-fnref` / `tandem-fndef` elements numbered in order, which the
 * Markdown conversion turns into GFM footnotes.
 */
function markFootnotes(root: Root): void {
  const numbers = new Map<string, number>();
  const walk = (parent: Root | Element, depth: number): void => {
    if (depth > 200) return;
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      const id = child.properties.dataFn;
      if (child.tagName === 'sup' && typeof id === 'string') {
        if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
        Object.assign(child, element('tandem-fnref', { dataNumber: numbers.get(id) }, []));
      } else if (child.tagName === 'ol' && classes(child).includes('wp-block-footnotes')) {
        const items = child.children.filter((li): li is Element => li.type === 'element' && li.tagName === 'li');
        const definitions = items.map((li) => {
          const content = li.children.filter((c) => !(c.type === 'element' && c.tagName === 'a' && String(c.properties.href ?? '').startsWith('#')));
          return element('tandem-fndef', { dataNumber: numbers.get(String(li.properties.id)) ?? 0 }, content);
        });
        Object.assign(child, element('div', {}, definitions));
      } else walk(child, depth + 1);
    }
  };
  walk(root, 0);
}

/**
 * Rewrites a post's HTML tree for the new site, in place: embeds (Gutenberg embed
 * blocks, iframes, players) become a link alone in a paragraph; images and media
 * links point at local copies, or go (their alt text stays) when the file is
 * missing, so nothing loads from the old host; links between imported items get
 * their new addresses; the link to the other-language version is removed; the
 * excerpt marker and footnotes are marked for the Markdown conversion. Depth is
 * bounded, so hostile nesting cannot exhaust the stack.
 */
export function rewriteTree(root: Root, context: RewriteContext): void {
  markFootnotes(root);
  const rewriteChildren = (parent: Root | Element, depth: number): void => {
    const out: RootContent[] = [];
    for (const child of parent.children) out.push(...rewrite(child, depth));
    parent.children = out as Element['children'];
  };
  const rewrite = (node: RootContent, depth: number): RootContent[] => {
    // Block-editor comments (`<!-- wp:paragraph -->`) delimit blocks whose content stays. A block
    // that saved nothing (`<!-- wp:latest-posts /-->`, a forms plugin's) was filled in as the page was shown.
    if (node.type === 'comment') {
      const dynamic = DYNAMIC_BLOCK.exec(node.value)?.[1];
      if (dynamic && dynamic !== 'footnotes') context.report(`<!--${node.value.slice(0, 80)}-->`, 'dynamic-block');
      return [];
    }
    if (node.type !== 'element') return [node];
    if (depth > 200) return [{ type: 'text', value: toString(node) }];
    const name = node.tagName;
    if (DROPPED.has(name)) {
      if (name === 'script' || name === 'form') context.report(`<${name}>`, name === 'script' ? 'script-removed' : 'form-removed');
      return [];
    }
    const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'figcaption');
    if (name === 'figure' && classes(node).some((c) => c === 'wp-block-embed' || c.startsWith('wp-block-embed'))) {
      const wrapper = node.children.find((c): c is Element => c.type === 'element' && c.tagName !== 'figcaption');
      const url = (wrapper ? toString(wrapper) : '').trim();
      return [...(url ? [linkParagraph(url)] : []), ...(caption ? [element('p', {}, [element('em', {}, caption.children)])] : [])];
    }
    if (name === 'figure' && caption) {
      // A captioned image: the image, then its caption in italics, both plain Markdown.
      const rest = node.children.filter((c) => c !== caption).flatMap((c) => rewrite(c, depth + 1)) as ElementContent[];
      const inline = rest.every((c) => c.type !== 'element' || c.tagName === 'img' || c.tagName === 'a');
      return [inline ? element('p', {}, rest) : element('div', {}, rest), element('p', {}, [element('em', {}, caption.children)])];
    }
    if (PLAYERS.has(name)) {
      const url = playerUrl(node);
      if (!url) return [];
      const local = context.media(url);
      return local === null ? [] : [linkParagraph(local ?? url)];
    }
    if (name === 'img') {
      const src = String(node.properties.src ?? '');
      // An emoji WordPress drew as a picture (pasted from a rendered page): the character itself, loaded from nowhere.
      if (classes(node).includes('wp-smiley') || EMOJI_IMAGE.test(src)) return [{ type: 'text', value: String(node.properties.alt ?? '') }];
      const local = context.media(src);
      const alt = String(node.properties.alt ?? '').trim();
      if (local === null) return alt ? [{ type: 'text', value: alt }] : [];
      // Another site's picture would be fetched from there by every reader: the editor decides.
      if (local === undefined && /^(?:https?:)?\/\//i.test(src)) context.report(src, 'remote-image');
      return [element('img', { src: local ?? src, alt, ...(node.properties.title ? { title: node.properties.title } : {}) }, [])];
    }
    if (name === 'a') {
      const href = String(node.properties.href ?? '');
      // The file block's "Download" button repeats the link just before it.
      if (classes(node).includes('wp-block-file__button')) return [];
      if (context.isPairLink(href, toString(node))) return [];
      rewriteChildren(node, depth + 1);
      const onlyImage = node.children.filter((c) => !isBlank(c)).every((c) => c.type === 'element' && c.tagName === 'img') && node.children.some((c) => c.type === 'element');
      const local = context.media(href);
      // A thumbnail linked to its own full-size file or attachment page: the image alone says it all.
      if (onlyImage && (local !== undefined || context.isAttachmentPage(href))) return node.children;
      // A missing file's link goes; text naming it stays, unless the text is only its old address.
      if (local === null) return toString(node).trim() === href ? [] : node.children;
      const target = local ?? context.link(href) ?? href;
      // A link whose text is its own address shows the new one.
      if (target !== href && toString(node).trim() === href) node.children = [{ type: 'text', value: target }];
      node.properties = { href: target, ...(node.properties.title ? { title: node.properties.title } : {}) };
      return [node];
    }
    rewriteChildren(node, depth + 1);
    // A paragraph left empty (it held only the 中文版 link) would be an empty block.
    if (name === 'p' && node.children.every(isBlank)) return [];
    return [node];
  };
  rewriteChildren(root, 0);
}
