import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { ContentProblem } from './problems.ts';

/** A YAML document with enough position data to point a problem at its line. */
export interface ParsedYaml {
  data: unknown;
  /** 1-based line in the original file of the value at a path (or of its nearest parent). */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** A Markdown file split into frontmatter and body. */
export interface SplitFile {
  yaml: string;
  body: string;
  /** 1-based line where the YAML starts, to map YAML lines back to the file. */
  yamlStartLine: number;
  /** 1-based line where the body starts. */
  bodyStartLine: number;
}

const FENCE = /^---[ \t]*$/;

/**
 * Normalises what editors on every platform save: a UTF-8 byte-order mark and CRLF
 * line endings are accepted rather than reported, since authors cannot see them.
 * @example normaliseText('\uFEFFa\r\nb') // 'a\nb'
 */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Splits `---` fenced YAML frontmatter from a Markdown body.
 * Returns undefined when the file has no (closed) frontmatter block.
 * @example splitFrontmatter('---\ntitle: A\n---\nBody').body // 'Body'
 */
export function splitFrontmatter(text: string): SplitFile | undefined {
  const lines = normaliseText(text).split('\n');
  if (!FENCE.test(lines[0] ?? '')) return undefined;
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end === -1) return undefined;
  return {
    yaml: lines.slice(1, end).join('\n'),
    body: lines.slice(end + 1).join('\n'),
    yamlStartLine: 2,
    bodyStartLine: end + 2,
  };
}

/**
 * Parses YAML, reporting syntax errors as problems with file lines.
 * `firstLine` is the file line the YAML text starts on.
 */
export function parseYaml(source: string, file: string, firstLine: number, problems: ContentProblem[]): ParsedYaml | undefined {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({
        file,
        line: toFileLine(error.pos[0]),
        message: `The YAML is malformed: ${error.message.split('\n')[0]}`,
        hint: 'Check the indentation and quoting on that line; values containing ": " or starting with a quote need quotes around them.',
      });
    }
    return undefined;
  }
  return {
    data: doc.toJS() ?? {},
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) return toFileLine(node.range[0]);
      }
      return undefined;
    },
  };
}

/** Why bytes are not UTF-8 text, and where, as parts of a problem. */
export interface EncodingTrouble {
  /** 1-based line of the first byte that is not UTF-8, when the file is not UTF-16. */
  line?: number;
  message: string;
  hint: string;
}

/**
 * Explains why a file failed to decode as UTF-8: UTF-16 (what some Windows
 * editors call "Unicode") is named as such; otherwise the line of the first
 * bad byte is given, since a single pasted character is the usual cause.
 * @example describeBadEncoding(new Uint8Array([0x61, 0x0a, 0xe9])) // { line: 2, message: 'The file is not valid UTF-8 text: line 2 holds a byte that is not UTF-8.', hint: … }
 */
export function describeBadEncoding(bytes: Uint8Array): EncodingTrouble {
  const hint = 'Re-save it as UTF-8 (most editors offer "Save with encoding → UTF-8"), then check that line\'s accented or Chinese characters.';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { message: 'The file is saved as UTF-16, not UTF-8.', hint: 'Re-save it as UTF-8 (most editors offer "Save with encoding → UTF-8").' };
  }
  const offset = invalidUtf8Offset(bytes);
  if (offset === undefined) return { message: 'The file is not valid UTF-8 text.', hint };
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
  return { line, message: `The file is not valid UTF-8 text: line ${line} holds a byte that is not UTF-8.`, hint };
}

/**
 * Offset of the first byte that cannot start or continue a UTF-8 sequence, or
 * undefined. Only finds the bytes editors produce (Latin-1, Windows-1252, GBK);
 * rarer faults such as overlong forms are left to TextDecoder to reject.
 * @example invalidUtf8Offset(new Uint8Array([0x63, 0x61, 0x66, 0xe9])) // 3
 */
export function invalidUtf8Offset(bytes: Uint8Array): number | undefined {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next++) if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index;
    index += length;
  }
  return undefined;
}

/**
 * Whether a file starts a frontmatter block it never closes, so a problem can
 * say that rather than "no frontmatter".
 * @example hasUnclosedFrontmatter('---\ntitle: A\nBody') // true
 */
export function hasUnclosedFrontmatter(text: string): boolean {
  const lines = normaliseText(text).split('\n');
  return FENCE.test(lines[0] ?? '') && splitFrontmatter(text) === undefined;
}
