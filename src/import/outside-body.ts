/** What a post shows that WordPress keeps outside its body: synced patterns and block-editor footnotes. */
export interface OutsideBody {
  /** A synced pattern's (reusable block's) content, by the id of its `wp_block` item. */
  pattern(id: number): string | undefined;
  /** The post's `footnotes` meta value (JSON), if any. */
  footnotes: string | undefined;
  report(construct: string, reason: 'missing-pattern' | 'footnotes-unreadable'): void;
}

// `<!-- wp:block {"ref":77} /-->`: the block editor's reference to a synced pattern.
const PATTERN = /<!--\s*wp:block\s+((?:(?!-->)[^])*?)\s*\/-->/g;
// `<!-- wp:footnotes /-->`: a dynamic block, rendered from the post's `footnotes` meta.
const FOOTNOTES = /<!--\s*wp:footnotes\b(?:(?!-->)[^])*?\/-->/;
// Patterns may hold patterns; WordPress stops a pattern that includes itself, this stops any loop.
const MAX_DEPTH = 8;

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The footnote list WordPress renders from a `footnotes` meta value
 * (`[{"id":"…","content":"…"}]`); undefined when the value is not such a list.
 * @example footnoteList('[{"id":"a","content":"A source."}]') // '<ol class="wp-block-footnotes"><li id="a">A source.</li></ol>'
 */
export function footnoteList(json: string): string | undefined {
  let notes: unknown;
  try {
    notes = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!Array.isArray(notes)) return undefined;
  const items = notes.filter((n): n is { id: string; content: string } => typeof n?.id === 'string' && typeof n?.content === 'string');
  if (items.length !== notes.length) return undefined;
  return `<ol class="wp-block-footnotes">${items.map((n) => `<li id="${escapeAttribute(n.id)}">${n.content}</li>`).join('')}</ol>`;
}

function expandPatterns(html: string, outside: OutsideBody, depth: number): string {
  return html.replace(PATTERN, (match, attributes: string) => {
    let ref: unknown;
    try {
      ref = (JSON.parse(attributes) as { ref?: unknown }).ref;
    } catch {
      ref = undefined;
    }
    const content = typeof ref === 'number' ? outside.pattern(ref) : undefined;
    if (content === undefined || depth >= MAX_DEPTH) {
      outside.report(match, 'missing-pattern');
      return '';
    }
    return expandPatterns(content, outside, depth + 1);
  });
}

/**
 * A block-editor body with what WordPress would render into it from elsewhere:
 * each synced pattern's content in place of its reference, and the footnotes
 * (kept in the post's meta since WordPress 6.3) in place of the footnotes block,
 * or at the end when the body has none. What cannot be found is reported, never
 * dropped in silence.
 * @example withOutsideContent('<!-- wp:block {"ref":7} /-->', { pattern: () => '<p>Donate</p>', footnotes: undefined, report }) // '<p>Donate</p>'
 */
export function withOutsideContent(html: string, outside: OutsideBody): string {
  let body = html.includes('wp:block') ? expandPatterns(html, outside, 0) : html;
  // Before WordPress 6.3 made the list dynamic, the block saved it in the body.
  if (outside.footnotes === undefined || ['', '[]'].includes(outside.footnotes.trim()) || body.includes('wp-block-footnotes')) return body;
  const list = footnoteList(outside.footnotes);
  if (list === undefined) {
    outside.report(outside.footnotes.slice(0, 80), 'footnotes-unreadable');
    return body;
  }
  body = FOOTNOTES.test(body) ? body.replace(FOOTNOTES, () => list) : `${body}\n\n${list}`;
  return body;
}
