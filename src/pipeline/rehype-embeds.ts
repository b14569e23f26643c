import type { Element, ElementContent, Root, RootContent } from 'hast';
import { describeEmbed, identifyService, type EmbedKind, type EmbedLink } from './embed-services.ts';

/** Options of {@link rehypeEmbeds}. */
export interface Options {
  /**
   * The text of the link an embed becomes, in the document's language, e.g.
   * "Video on YouTube: https://www.youtube.com/watch?v=ID". Default: the
   * service's name and the URL, `YouTube: https://…`.
   */
  label?: (embed: EmbedLink) => string;
}

// Elements that load a page or media from elsewhere, with the attribute that says where.
const PLAYERS: Record<string, { attribute: string; kind: EmbedKind }> = {
  iframe: { attribute: 'src', kind: 'page' },
  frame: { attribute: 'src', kind: 'page' },
  embed: { attribute: 'src', kind: 'page' },
  object: { attribute: 'data', kind: 'page' },
  video: { attribute: 'src', kind: 'video' },
  audio: { attribute: 'src', kind: 'audio' },
};

// Blockquotes that services' embed codes fill in with script; the script is dropped.
const EMBED_QUOTE = /^(twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-xfbml-parse-ignore)$/;

// Where a block may stand; elsewhere a link replaces the player inline.
const FLOW_PARENTS = new Set(['root', 'blockquote', 'li', 'div', 'section', 'figure', 'details', 'td', 'th', 'dd', 'body', 'article', 'aside', 'main']);

const defaultLabel = (embed: EmbedLink) => `${embed.service}: ${embed.url}`;

/**
 * Turns embeds into plain, labelled links, so a page never loads anything from
 * YouTube, X, Google Maps and the like (blocked or watched for many readers):
 * - players (`<iframe>`, `<embed>`, `<object>`, `<video>`, `<audio>`) with a web
 *   address become a link to the service's own page for it (another site's
 *   is named by its host), a paragraph of its own where a block may stand;
 *   players without one are left for the sanitizer to drop;
 * - images hosted by those services become links;
 * - a paragraph holding only a service's bare URL gets the label as its text;
 * - the quote of an embedded post keeps its text and gains a labelled link.
 * Runs after rehype-raw, so hand-written HTML is elements, and before the
 * sanitizer, which still checks every link made here.
 * @example unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeEmbeds, { label })
 */
export function rehypeEmbeds(options: Options = {}) {
  const label = options.label ?? defaultLabel;
  const link = (embed: EmbedLink): Element => ({
    type: 'element',
    tagName: 'a',
    properties: { href: embed.url },
    children: [{ type: 'text', value: label(embed) }],
  });

  const replace = (node: Element, parent: Element | Root, around: Element | undefined): ElementContent[] | undefined => {
    const embed = embedOf(node);
    if (!embed) return undefined;
    const fallback = fallbackOf(node);
    // No link inside a link: the text says what the link around it leads to
    // (a YouTube thumbnail linked to its video is labelled as the video).
    if (around) {
      const href = around.properties.href;
      const target = typeof href === 'string' ? identifyService(href) : undefined;
      return [{ type: 'text', value: label(target ?? embed) }, ...fallback];
    }
    const parentName = parent.type === 'root' ? 'root' : parent.tagName;
    if (!FLOW_PARENTS.has(parentName)) return [link(embed), ...fallback];
    return [{ type: 'element', tagName: 'p', properties: {}, children: [link(embed)] }, ...fallback];
  };

  const walk = (parent: Element | Root, around: Element | undefined): void => {
    const children: (RootContent | ElementContent)[] = parent.children;
    for (let index = 0; index < children.length; index++) {
      const child = children[index];
      if (child?.type !== 'element') continue;
      const replacement = replace(child, parent, around);
      if (replacement) {
        // Not splice(…, ...replacement): an unclosed <object> can hold a whole
        // post, more nodes than a call takes arguments. The loop then moves on
        // to the fallback content, which may hold more embeds.
        const rest = children.splice(index + 1);
        children.length = index;
        for (const node of [...replacement, ...rest]) children.push(node);
        continue;
      }
      if (child.tagName === 'p') labelBareLink(child, label);
      if (child.tagName === 'blockquote') labelEmbedQuote(child, link);
      walk(child, child.tagName === 'a' ? child : around);
    }
  };

  return (tree: Root): undefined => {
    walk(tree, undefined);
  };
}

/** The embed a player or service-hosted image stands for, if it is one. */
function embedOf(node: Element): EmbedLink | undefined {
  if (node.tagName === 'img') {
    const src = node.properties.src;
    return typeof src === 'string' ? withKind(identifyService(src), 'image') : undefined;
  }
  const player = PLAYERS[node.tagName];
  const address = playerAddress(node);
  if (!player || address === undefined) return undefined;
  // A <video> is a video wherever it is hosted (video.twimg.com is a media host).
  const embed = describeEmbed(address, player.kind);
  return player.kind === 'page' ? embed : withKind(embed, player.kind);
}

/**
 * The address a player (`<video>`, `<audio>`, `<iframe>`, `<embed>`, `<object>`…) would load:
 * its own `src` (`data` of an object) or else its first `<source src>`; undefined for other elements.
 * @example playerAddress(h('video', [h('source', { src: './clip.mp4' })])) // './clip.mp4'
 * @example playerAddress(h('img', { src: './a.png' })) // undefined
 */
export function playerAddress(node: Element): string | undefined {
  const player = PLAYERS[node.tagName];
  if (!player) return undefined;
  const own = node.properties[player.attribute];
  const source = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'source' && typeof child.properties.src === 'string');
  const address = typeof own === 'string' ? own : source?.properties.src;
  return typeof address === 'string' ? address : undefined;
}

/**
 * What of a player stays after its link: the elements inside it, because an
 * unclosed `<object>` or `<video>` holds the rest of the post, which must not
 * vanish with it. Its bare text ("Your browser cannot play this") and its
 * `<source>`s go: the link replaces them.
 */
function fallbackOf(node: Element): ElementContent[] {
  if (node.tagName === 'img' || node.tagName === 'iframe') return [];
  return node.children.filter((child) => child.type === 'element' && !['source', 'track', 'param'].includes(child.tagName));
}

// What an element shows beats what its host usually serves: a thumbnail on YouTube is an image.
function withKind(embed: EmbedLink | undefined, kind: EmbedKind): EmbedLink | undefined {
  return embed && { ...embed, kind };
}

/** Gives a paragraph that is only a service's bare URL (`https://youtu.be/x` on its own line) a label. */
function labelBareLink(paragraph: Element, label: (embed: EmbedLink) => string): void {
  const content = paragraph.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const [only] = content;
  if (content.length !== 1 || only?.type !== 'element' || only.tagName !== 'a') return;
  const href = only.properties.href;
  const text = only.children.map((child) => (child.type === 'text' ? child.value : '')).join('').trim();
  if (typeof href !== 'string' || !isSameAddress(text, href)) return;
  const embed = identifyService(href);
  if (embed) only.children = [{ type: 'text', value: label({ ...embed, url: href }) }];
}

/**
 * Whether a link's text is its own address, as GFM autolinks write it
 * (`www.x.com` links to `http://www.x.com`).
 * @example isSameAddress('youtu.be/x', 'https://youtu.be/x') // true
 */
function isSameAddress(text: string, href: string): boolean {
  return text !== '' && (text === href || href.replace(/^https?:\/\//, '') === text.replace(/^https?:\/\//, ''));
}

/** Adds a labelled link to the post a service's embed quote (`class="twitter-tweet"`) shows. */
function labelEmbedQuote(quote: Element, link: (embed: EmbedLink) => Element): void {
  const className = quote.properties.className;
  if (!Array.isArray(className) || !className.some((name) => EMBED_QUOTE.test(String(name)))) return;
  const candidates = [quote.properties.cite, quote.properties.dataInstgrmPermalink, ...linksIn(quote).reverse()];
  for (const candidate of candidates) {
    const embed = typeof candidate === 'string' ? identifyService(candidate) : undefined;
    if (!embed) continue;
    quote.children.push({ type: 'element', tagName: 'p', properties: {}, children: [link(embed)] });
    return;
  }
}

function linksIn(node: Element): unknown[] {
  return node.children.flatMap((child) => (child.type !== 'element' ? [] : child.tagName === 'a' ? [child.properties.href] : linksIn(child)));
}
