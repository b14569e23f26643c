/**
 * Fingerprinting an edited source without parsing what did not change. An
 * outdated translation's source usually differs from its base record by a
 * block or two, yet parsing the whole body is most of what `tandem status`
 * costs on a fresh checkout. Here the body is cut into groups that CommonMark
 * (with GFM) provably parses on their own; a group whose text is exactly a
 * recorded block's takes that block's hash, and only the others are parsed,
 * together, in one document. Documents where that proof does not hold are
 * parsed whole. The result is always `fingerprintBlocks(markdown)`.
 *
 * A base record is trusted for the text it records, as status already trusts
 * its digest: a block's hash is what fingerprintBlocks gave that exact text.
 * @module
 */
import { findDeepNesting } from '../pipeline/nesting.ts';
import { parseMarkdown } from '../pipeline/parser.ts';
import { recordedBlocks, type BaseRecord } from './base-record.ts';
import { fingerprintBlocks, fingerprintTree, type FingerprintedText } from './fingerprint.ts';

/** A run of whole lines of the body: `text` from its first to its last non-blank line, `span` with the blank lines after it. */
interface Group {
  start: number;
  text: string;
  span: string;
}

// HTML blocks of kinds 1, 3, 4 and 5 (<script>/<pre>/<style>/<textarea>, `<?`,
// `<!X`, `<![CDATA[`) run on across blank lines: a document that may hold one is parsed whole.
const HTML_RUNS_ON = /<(?:script|pre|style|textarea)|<\?|<![A-Za-z[]/i;
// A comment (HTML kind 2) runs on to the first line holding `-->`.
const OPEN_COMMENT = /<!--(?![\s\S]*-->)/;
// Fenced code runs on to its closing fence. Followed here only when it opens at
// the start of a line after a blank one (so nothing can hold it but the document).
const FENCE_OPEN = /^(`{3,}(?!.*`)|~{3,})/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const FENCE_LIKE = /```|~~~/;
// Link and footnote definitions hold `]:`; they change what `[…]` means anywhere in the document.
const DEFINITION = ']:';
// A line that may carry on the list, code or container before a blank line.
const CARRIES_ON = /^(?:[ \t>]|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;
// What a group must start with for a recorded block of the same text to mean the same:
// a paragraph, heading, quote or table, whose meaning does not depend on the
// indentation it had (a list's may: its items' content is measured from its marker; see plainList for those it does not).
const PLAIN_START = /^(?!\d{1,9}[.)]|(?:[*_][ \t]*){3,}(?:\n|$)|``)(?:[\p{L}\p{N}#[!"'“‘(（「『《【>|`]|[*_](?![ \t\n]|$))/u;
const BLANK = /^[ \t]*$/;
// Lines that can only be paragraph text or an ATX heading, never open a list, quote, code or HTML block;
// `[` also, where no definition (a footnote's can hold indented paragraphs) can start one.
const PLAIN_LINE = /^(?!\d{1,9}[.)])[\p{L}\p{N}#!"'“‘(（「『《【]/u;
const PLAIN_OR_LINK_LINE = /^(?!\d{1,9}[.)])[\p{L}\p{N}#[!"'“‘(（「『《【]/u;
// Starts that parse alike whatever block came before (after a blank line): text, a comment, emphasis;
// any other (a list or indented line, which may carry on a list, or start as if interrupting, see fingerprintSince) may not.
const CONTEXT_FREE = /^(?:(?!\d{1,9}[.)])[\p{L}\p{N}#[!"'“‘(（「『《【]|<!--|[*_]{1,2}[\p{L}\p{N}])/u;
// A tight list of plain items, see plainList.
const LIST_START = /^(?:[-*+]|1[.)]) {1,4}[\p{L}\p{N}"'“‘(（「『《【]/u;
const LIST_LINE = /^(?:(?:[-*+]|\d{1,9}[.)]) {1,4}|(?! *\d{1,9}[.)]) *)[\p{L}\p{N}"'“‘(（「『《【]/u;

/**
 * Splits Markdown into groups of lines at blank lines, except before a line that
 * could continue what came before (indented, a list item, a quote) and inside
 * fenced code. Undefined when the document holds a construct that could span
 * blank lines unseen here (raw HTML blocks, comments, fences in other places).
 * @example splitGroups('A\n\n- b\n\n- c\n\nD').map((g) => g.text) // ['A', '- b\n\n- c', 'D']
 */
export function splitGroups(markdown: string): Group[] | undefined {
  // Bodies are read with `\n` line endings; a lone `\r` ends a line for the parser but not here.
  if (markdown.includes('\r')) return undefined;
  const bounds: { start: number; end: number }[] = [];
  const plain = markdown.includes(DEFINITION) ? PLAIN_LINE : PLAIN_OR_LINK_LINE;
  let offset = 0;
  let blankBefore = true;
  // Whether the lines since the last blank one are paragraphs and headings only: then nothing carries on past it.
  let closed = true;
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const current = bounds.at(-1);
    if (fence !== undefined) {
      const close = FENCE_CLOSE.exec(line)?.[1];
      if (close !== undefined && close[0] === fence[0] && close.length >= fence.length) fence = undefined;
      if (current) current.end = start + line.length;
      blankBefore = false;
      closed = false;
      continue;
    }
    if (HTML_RUNS_ON.test(line) || (line.includes('<!--') && OPEN_COMMENT.test(line.slice(line.lastIndexOf('<!--'))))) return undefined;
    if (FENCE_LIKE.test(line)) {
      fence = blankBefore ? FENCE_OPEN.exec(line)?.[1] : undefined;
      if (fence === undefined) return undefined;
    }
    if (BLANK.test(line)) {
      blankBefore = true;
      continue;
    }
    if (current && (!blankBefore || (CARRIES_ON.test(line) && !closed))) current.end = start + line.length;
    else bounds.push({ start, end: start + line.length });
    closed = (blankBefore || closed) && plain.test(line);
    blankBefore = false;
  }
  // Blank lines stay with the group before them: indented code takes in those indented enough.
  return bounds.map(({ start, end }, k) => ({ start, text: markdown.slice(start, end), span: markdown.slice(start, (bounds[k + 1]?.start ?? markdown.length + 1) - 1) }));
}

/**
 * Whether a group is a tight list whose meaning does not depend on the column
 * it starts in: a recorded list may have stood up to three spaces in, which moves
 * its items' content column. Here every line is an item at the margin (a bullet,
 * or a number; the first `1`, so it means a list after any block) with text
 * after one to four spaces, or text continuing the paragraph before it, which
 * it does lazily wherever its indentation falls. No blank lines, tabs, nested
 * markers, or lines that could open a block inside an item.
 * @example plainList('- a\n  more\n- b') // true
 * @example plainList('- a\n\n  b') // false
 */
export function plainList(text: string): boolean {
  if (!LIST_START.test(text) || text.includes('\t')) return false;
  return text.split('\n').every((line) => LIST_LINE.test(line));
}

/**
 * Whether a document's definitions are provably those of the recorded one: the
 * groups of lines that could hold one (with `]:`) are, in order, exactly the
 * recorded blocks that could, each starting so that its text means the same
 * wherever it stood (see PLAIN_START).
 * @example sameDefinitions(splitGroups('A [g].\n\n[g]: /x'), [{ hash, text: '[g]: /x' }]) // true
 */
function sameDefinitions(groups: readonly Group[], recorded: readonly FingerprintedText[]): boolean {
  const now = groups.filter((group) => group.text.includes(DEFINITION));
  const then = recorded.filter((block) => block.text.includes(DEFINITION));
  return now.length === then.length && now.every((group, k) => group.text === then[k]?.text && PLAIN_START.test(group.text));
}

/**
 * fingerprintBlocks of `markdown`, parsing only the groups of lines that are not
 * the text of one of `recorded` (the blocks of the source a translation was
 * based on). Definitions, anywhere in either, leave groups with `[` to the parser
 * unless they are the same in both.
 * @example fingerprintSince(editedBody, base.blocks) // deepEqual fingerprintBlocks(editedBody)
 */
export function fingerprintSince(markdown: string, recorded: readonly FingerprintedText[]): FingerprintedText[] {
  const groups = findDeepNesting(markdown) ? undefined : splitGroups(markdown);
  if (!groups) return fingerprintBlocks(markdown);
  const withDefinitions = markdown.includes(DEFINITION) || recorded.some((block) => block.text.includes(DEFINITION));
  // `[…]` means what the definitions say: a recorded hash holds for it when the definitions are those it was recorded with.
  const linksAsRecorded = !withDefinitions || sameDefinitions(groups, recorded);
  const known = new Map<string, string | undefined>();
  for (const { text, hash } of recorded) known.set(text, known.has(text) && known.get(text) !== hash ? undefined : hash);
  // Definitions themselves are always parsed, so that the groups parsed with them resolve their links as in the whole document.
  const reusable = (text: string) => (PLAIN_START.test(text) || plainList(text)) && !text.includes(DEFINITION) && (linksAsRecorded || !text.includes('['));
  const reused = groups.map(({ text }) => (reusable(text) ? known.get(text) : undefined));
  // A group is parsed after the parsed group before it, not after its own neighbour: where its start
  // could mean something else after another block (a list after indented code starts as if interrupting a
  // paragraph, an indented line after a list carries it on), its neighbour is parsed with it, as it was.
  for (let k = groups.length - 1; k > 0; k--) {
    if (reused[k] === undefined && !CONTEXT_FREE.test(groups[k]?.text ?? '')) reused[k - 1] = undefined;
  }
  const parsed = groups.filter((_, k) => reused[k] === undefined);
  // The groups to parse, in order, each with the blank lines after it: they parse as they do in the whole document.
  let text = '';
  const starts: number[] = [];
  for (const group of parsed) {
    if (starts.length > 0) text += '\n';
    starts.push(text.length);
    text += group.span;
  }
  let spans;
  try {
    spans = starts.length > 0 ? fingerprintTree(text, parseMarkdown(text)) : [];
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return fingerprintBlocks(markdown);
  }
  const byGroup = parsed.map((): FingerprintedText[] => []);
  let at = 0;
  for (const span of spans) {
    while (at + 1 < starts.length && (starts[at + 1] ?? 0) <= span.start) at++;
    const group = parsed[at];
    // A block reaching past its group would mean the groups were not independent: trust only a whole parse then.
    if (!group || span.end > (starts[at] ?? 0) + group.span.length) return fingerprintBlocks(markdown);
    byGroup[at]?.push(span.block);
  }
  let next = 0;
  return groups.flatMap(({ text }, k) => {
    const hash = reused[k];
    return hash === undefined ? (byGroup[next++] ?? []) : [{ hash, text }];
  });
}

/**
 * The blocks of a source body, given the base record of a translation of it (if
 * any): the recorded blocks when the body did not change, else fingerprintSince.
 * @example blocksSince(source.body, base) // deepEqual fingerprintBlocks(source.body)
 */
export function blocksSince(body: string, base: BaseRecord | undefined): FingerprintedText[] {
  if (!base) return fingerprintBlocks(body);
  return recordedBlocks(base, body) ?? fingerprintSince(body, base.blocks);
}
