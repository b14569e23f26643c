import { createRequire } from 'node:module';
import type { Document } from 'yaml';
import { problem, type ContentProblem } from './problems.ts';
import { parseSimpleYaml } from './simple-yaml.ts';

// The yaml package (some seventy modules) is loaded only when a text needs it, which usual frontmatter does not.
let yamlPackage: typeof import('yaml') | undefined;
const yaml = () => (yamlPackage ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

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
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
}

/**
 * Splits `---` fenced YAML frontmatter from a Markdown body.
 * Returns undefined when the file has no (closed) frontmatter block.
 * @example splitFrontmatter('---\ntitle: A\n---\nBody').body // 'Body'
 */
export function splitFrontmatter(text: string): SplitFile | undefined {
  const normal = normaliseText(text);
  const firstEnd = normal.indexOf('\n');
  if (firstEnd === -1 || !FENCE.test(normal.slice(0, firstEnd))) return undefined;
  // Line by line to the closing fence, without splitting the body: it is most of the file.
  for (let start = firstEnd + 1, line = 1; start < normal.length; line++) {
    const next = normal.indexOf('\n', start);
    const end = next === -1 ? normal.length : next;
    if (FENCE.test(normal.slice(start, end))) {
      return { yaml: normal.slice(firstEnd + 1, Math.max(firstEnd + 1, start - 1)), body: normal.slice(end + 1), yamlStartLine: 2, bodyStartLine: line + 2 };
    }
    start = end + 1;
  }
  return undefined;
}

/** Aliases a file may expand: frontmatter needs none, and a "billion laughs" file needs millions. */
export const MAX_YAML_ALIASES = 100;

// The one explicit tag frontmatter has a use for: `title: !!str 2021` keeps a number as text.
const ALLOWED_TAGS = new Set(['tag:yaml.org,2002:str']);

// yaml's codes for the mistakes that have their own words in the catalogue.
const YAML_CODES = { TAB_AS_INDENT: 'yaml-tab-indent', DUPLICATE_KEY: 'yaml-duplicate-key', BLOCK_AS_IMPLICIT_KEY: 'yaml-colon-in-value', MISSING_CHAR: 'yaml-not-closed', BAD_INDENT: 'yaml-not-closed' } as const;

/**
 * Parses YAML as data, never code: syntax errors, explicit tags other than `!!str`
 * and alias expansion beyond {@link MAX_YAML_ALIASES} are reported as problems at
 * their file lines, all of them, instead of throwing. `firstLine` is the file line
 * the YAML text starts on.
 */
export function parseYaml(source: string, file: string, firstLine: number, problems: ContentProblem[]): ParsedYaml | undefined {
  const simple = parseSimpleYaml(source);
  if (!simple) return parseYamlFully(source, file, firstLine, problems);
  let full: ParsedYaml | undefined;
  // Lines are wanted only to report a problem: the text is parsed in full then.
  return { data: simple, lineOf: (at) => (full ??= parseYamlFully(source, file, firstLine, []))?.lineOf(at) };
}

function parseYamlFully(source: string, file: string, firstLine: number, problems: ContentProblem[]): ParsedYaml | undefined {
  const { LineCounter, parseDocument, isNode, visit } = yaml();
  const lineCounter = new LineCounter();
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const found: ContentProblem[] = [];
  let doc: Document | undefined;
  let data: unknown;
  try {
    doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
    // The parser reports its own stack overflow as an error: one problem says it all.
    if (doc.errors.some((error) => /call stack/i.test(error.message))) throw new RangeError('Maximum call stack size exceeded');
    for (const error of doc.errors) {
      const code = YAML_CODES[error.code as keyof typeof YAML_CODES];
      found.push(code ? problem(code, {}, { file, line: toFileLine(error.pos[0]) }) : problem('yaml-malformed', { detail: error.message.split('\n')[0] ?? '' }, { file, line: toFileLine(error.pos[0]) }));
    }
    visit(doc, {
      Node(_key, node) {
        if (node.tag !== undefined && !ALLOWED_TAGS.has(node.tag)) {
          found.push(problem('yaml-unknown-tag', { tag: node.tag.replace('tag:yaml.org,2002:', '!!') }, { file, line: node.range ? toFileLine(node.range[0]) : firstLine }));
        }
      },
    });
    if (found.length === 0) data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) ?? {};
  } catch (error) {
    // toJS refuses alias bombs and unknown aliases by throwing; a parser stack overflow lands here too.
    const message = error instanceof Error ? error.message : String(error);
    const where = { file, line: firstLine };
    if (/alias count/i.test(message)) found.push(problem('yaml-alias-limit', { limit: MAX_YAML_ALIASES }, where));
    else if (error instanceof RangeError) found.splice(0, found.length, problem('yaml-too-deep', {}, where));
    else found.push(problem('yaml-malformed', { detail: message.split('\n')[0] ?? '' }, where));
  }
  problems.push(...found);
  if (found.length > 0 || !doc) return undefined;
  const parsed = doc;
  return {
    data,
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = depth === 0 ? parsed.contents : parsed.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) return toFileLine(node.range[0]);
      }
      return undefined;
    },
  };
}

/**
 * Explains why a file failed to decode as UTF-8: UTF-16 (what some Windows
 * editors call "Unicode") is named as such; otherwise the line of the first
 * bad byte is given, since a single pasted character is the usual cause.
 * @example describeBadEncoding(new Uint8Array([0x61, 0x0a, 0xe9]), 'a.md') // problem('encoding-invalid-line', { line: 2 }, { file: 'a.md', line: 2 })
 */
export function describeBadEncoding(bytes: Uint8Array, file: string): ContentProblem {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return problem('encoding-utf16', {}, { file });
  const offset = invalidUtf8Offset(bytes);
  if (offset === undefined) return problem('encoding-invalid', {}, { file });
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
  return problem('encoding-invalid-line', { line }, { file, line });
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
