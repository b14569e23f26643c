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
