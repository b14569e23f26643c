import type { Blockquote, Paragraph, Root } from 'mdast';

/** The kinds of alert GitHub's Markdown knows (`> [!NOTE]`), in the order its documentation gives them. */
export const ALERT_KINDS = ['note', 'tip', 'important', 'warning', 'caution'] as const;

/** One of {@link ALERT_KINDS}. */
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Options of {@link remarkAlerts}. */
export interface Options {
  /** The alert's heading, in the document's language. Default: the kind's English name ("Note"). */
  label?: (kind: AlertKind) => string;
}

// The marker alone on the quote's first line, in any case, as GitHub reads it.
const MARKER = /^\[!([a-z]+)\][ \t]*(?:\n|$)/i;

const englishLabel = (kind: AlertKind) => kind[0]?.toUpperCase() + kind.slice(1);

/**
 * The kind of alert a top-level quote's first line names, and how long that marker is.
 * @example alertMarker('[!NOTE]\nRead this') // { kind: 'note', length: 8 }
 * @example alertMarker('[!warning]') // { kind: 'warning', length: 10 }
 * @example alertMarker('[!NOTE] Read this') // undefined (GitHub wants the marker alone on its line)
 * @example alertMarker('[!NOTES]') // undefined
 */
export function alertMarker(text: string): { kind: AlertKind; length: number } | undefined {
  const match = MARKER.exec(text);
  const kind = match?.[1]?.toLowerCase() as AlertKind | undefined;
  return match && kind && ALERT_KINDS.includes(kind) ? { kind, length: match[0].length } : undefined;
}

/**
 * GitHub's alerts (`> [!NOTE]`, `> [!WARNING]` …, one line of its own opening a quote at the
 * top level of the document) become a note with a heading: `<div data-callout="note"
 * role="note"><p>Note</p>…</div>`, the heading in the document's language,
 * as on GitHub, Obsidian and documentation sites; the marker itself is not shown. Any other quote
 * is left as it is, so a quote that merely starts with `[!` reads as written.
 * @example unified().use(remarkParse).use(remarkAlerts, { label: (kind) => t(`post.alert.${kind}`) })
 */
export function remarkAlerts(options: Options = {}) {
  const label = options.label ?? englishLabel;
  return (tree: Root): undefined => {
    for (const node of tree.children) if (node.type === 'blockquote') toAlert(node, label);
  };
}

function toAlert(quote: Blockquote, label: (kind: AlertKind) => string): void {
  const first = quote.children[0];
  if (first?.type !== 'paragraph') return;
  const text = first.children[0];
  const marker = text?.type === 'text' ? alertMarker(text.value) : undefined;
  if (text?.type !== 'text' || !marker) return;
  text.value = text.value.slice(marker.length);
  // The marker's line alone: the first paragraph is gone with it (a `>` line, or nothing, follows).
  // With it, the line break that ended the marker's line (two trailing spaces make one).
  if (text.value === '') first.children.shift();
  if (first.children[0]?.type === 'break') first.children.shift();
  if (first.children.length === 0) quote.children.shift();
  const title: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: label(marker.kind) }] };
  quote.children.unshift(title);
  // Marked by attributes the sanitizer lets through with these values only, not by classes: it would leave an author's
  // own `<div class="…">` as `class=""` once classes were allowed on it.
  quote.data = { ...quote.data, hName: 'div', hProperties: { dataCallout: marker.kind, role: 'note' } };
}
