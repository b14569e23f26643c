import { hash } from 'node:crypto';
import type { Definition, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { findDeepNesting } from '../pipeline/nesting.ts';
import { parseMarkdown } from '../pipeline/parser.ts';

/** A piece of source text and the fingerprint of what it means. */
export interface FingerprintedText {
  /** 16 hex characters of sha256 over the canonical form: equal when the meaning is equal. */
  hash: string;
  /** The text as written (for blocks, the Markdown slice of the body). */
  text: string;
}


// Control characters delimit nodes in the canonical form; Markdown text never
// carries them, so a node boundary cannot be confused with text.
const OPEN = '\u0002';
const SEP = '\u0003';
const CLOSE = '\u0004';
const MARKERS = `(?:${OPEN}[^${SEP}]*${SEP}|${CLOSE})*`;
// Han, kana, Bopomofo and CJK punctuation are written without spaces, so a space
// next to them is wrapping (a line break in the source) or typographic spacing
// before a Latin word ("支持 UCU 的"), never a word boundary. Hangul is left out: Korean uses spaces.
const CJK = '[\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Bopomofo}\\u3000-\\u303f\\uff00-\\uffef]';
const SPACE_BY_CJK = new RegExp(`(?<=${CJK}${MARKERS}) | (?=${MARKERS}${CJK})`, 'gu');
const SPACE_INSIDE_NODE = new RegExp(`(?<=${SEP}) | (?=${CLOSE})`, 'g');
const ONLY_COMMENTS = /^(?:<!--[\s\S]*?-->\s*)+$/;

/**
 * The first 16 hex characters of a string's sha256: short enough to read in a
 * diff of a base file, long enough that two different paragraphs never collide.
 * @example hashText('Hello') // '185f8db32271fe25'
 */
export function hashText(text: string): string {
  return hash('sha256', text, 'hex').slice(0, 16);
}

/**
 * Folds what does not change meaning: runs of whitespace (wrapping, trailing
 * spaces, indentation) become one space, and spaces next to CJK characters go.
 * @example foldWhitespace('  a\n  b  ') // 'a b'
 * @example foldWhitespace('我们\n支持') // '我们支持'
 * @example foldWhitespace('支持 UCU 的动议') // '支持UCU的动议'
 */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(SPACE_BY_CJK, '').replace(SPACE_INSIDE_NODE, '').trim();
}

/**
 * Fingerprints a plain-text field such as a title or summary.
 * @example fingerprintText('A  title').hash === fingerprintText('A title').hash // true
 */
export function fingerprintText(text: string): FingerprintedText {
  return { hash: hashText(foldWhitespace(text)), text };
}

/**
 * Splits a Markdown body into its top-level blocks (paragraphs, headings, lists,
 * tables, code…) and fingerprints each by meaning: re-wrapping, `*` vs `_`,
 * list markers, trailing spaces and blank lines leave every hash unchanged, while
 * a changed word, number, date, name, link target or heading level changes the
 * hash of the block holding it. HTML comments such as `<!-- more -->` are skipped:
 * they are instructions to the build, not text to translate.
 * Pass `parsed` when the body is already parsed (by the renderer, see
 * RenderOptions.onParsed), so it is not parsed twice.
 * @example fingerprintBlocks('# Hi\n\nSome *text*.').map((b) => b.text) // ['# Hi', 'Some *text*.']
 */
export function fingerprintBlocks(markdown: string, parsed?: Root): FingerprintedText[] {
  // Nesting the renderer refuses (content checks report it) would take minutes to parse or overflow the stack here.
  if (!parsed && findDeepNesting(markdown)) return fingerprintParagraphs(markdown);
  try {
    return fingerprintTree(markdown, parsed ?? parseMarkdown(markdown)).map((span) => span.block);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return fingerprintParagraphs(markdown);
  }
}

/** A fingerprinted top-level block and where its text lies in the Markdown it was parsed from. */
export interface FingerprintedSpan {
  block: FingerprintedText;
  start: number;
  end: number;
}

/**
 * The fingerprinted top-level blocks of a parsed tree, HTML comments skipped, with
 * their offsets in `markdown` (the text the tree was parsed from). May throw a
 * RangeError on a tree too deep to walk.
 * @example fingerprintTree('# Hi', parseMarkdown('# Hi'))[0] // { block: { hash, text: '# Hi' }, start: 0, end: 4 }
 */
export function fingerprintTree(markdown: string, tree: Root): FingerprintedSpan[] {
  // A definition is written `[label]:`; most bodies hold none, and walking every node of the tree to find out is most of what fingerprinting them costs.
  const definitions = markdown.includes(']:') ? collectDefinitions(tree) : new Map<string, Definition>();
  const spans: FingerprintedSpan[] = [];
  for (const node of tree.children) {
    if (node.type === 'html' && ONLY_COMMENTS.test(node.value.trim())) continue;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    spans.push({ block: { hash: hashText(foldWhitespace(canonical(node, definitions))), text: markdown.slice(start, end) }, start, end });
  }
  return spans;
}

/**
 * The fallback for a document too deep to parse: blocks are the runs of text
 * between blank lines, fingerprinted as text, so status and diff still work.
 * @example fingerprintParagraphs('a\n\nb').map((b) => b.text) // ['a', 'b']
 */
function fingerprintParagraphs(markdown: string): FingerprintedText[] {
  return markdown.split(/\n[ \t]*\n/).map((text) => text.trim()).filter(Boolean).map((text) => ({ hash: hashText(foldWhitespace(text)), text }));
}

/** Reference links mean their definition's target, wherever in the body it is. */
function collectDefinitions(tree: Root): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    // CommonMark: the first definition of a label wins.
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  return definitions;
}

function wrap(type: string, attributes: readonly unknown[], content: string): string {
  return `${OPEN}${type}${attributes.length > 0 ? JSON.stringify(attributes) : ''}${SEP}${content}${CLOSE}`;
}

/**
 * The canonical form of a node: types, the attributes that change what a reader
 * sees or where a link goes, and text. Positions, emphasis markers, list bullets,
 * list looseness and ATX vs setext headings are syntax and left out.
 */
function canonical(node: Nodes, definitions: Map<string, Definition>): string {
  const inner = () => ('children' in node ? node.children.map((child) => canonical(child, definitions)).join('') : '');
  switch (node.type) {
    case 'text':
      return node.value;
    case 'break':
      // A hard break is two trailing spaces or a backslash: layout, not meaning.
      return ' ';
    case 'inlineCode':
      return wrap('inlineCode', [], node.value);
    case 'code':
      // Whitespace inside code is meaningful, so the content is hashed apart from the whitespace folding.
      return wrap('code', [node.lang ?? '', node.meta ?? ''], hashText(normaliseCode(node.value)));
    case 'html':
      return ONLY_COMMENTS.test(node.value.trim()) ? '' : wrap('html', [], node.value);
    case 'heading':
      return wrap('heading', [node.depth], inner());
    case 'list':
      return wrap('list', [node.ordered === true, node.ordered ? (node.start ?? 1) : null], inner());
    case 'listItem':
      return wrap('listItem', [node.checked ?? null], inner());
    case 'link':
      return wrap('link', [node.url, node.title ?? ''], inner());
    case 'image':
      return wrap('image', [node.url, node.alt ?? '', node.title ?? ''], '');
    case 'linkReference': {
      const target = definitions.get(node.identifier);
      return wrap('link', [target?.url ?? `[${node.identifier}]`, target?.title ?? ''], inner());
    }
    case 'imageReference': {
      const target = definitions.get(node.identifier);
      return wrap('image', [target?.url ?? `[${node.identifier}]`, node.alt ?? '', target?.title ?? ''], '');
    }
    case 'definition':
      return wrap('definition', [node.identifier, node.url, node.title ?? ''], '');
    case 'footnoteReference':
      return wrap('footnoteReference', [node.identifier], '');
    case 'footnoteDefinition':
      return wrap('footnoteDefinition', [node.identifier], inner());
    case 'table':
      return wrap('table', [(node.align ?? []).map((align) => align ?? '')], inner());
    default:
      return wrap(node.type, [], 'value' in node ? String(node.value) : inner());
  }
}

/**
 * Code keeps its whitespace except what editors strip silently.
 * @example normaliseCode('a  \n  b\n\n') // 'a\n  b'
 */
function normaliseCode(code: string): string {
  return code
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n+$/, '');
}
