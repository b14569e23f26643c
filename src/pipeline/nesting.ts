/**
 * How deeply Markdown nests lists and quotes, estimated from the text alone,
 * so absurd nesting can be refused before it reaches the tree tools: they
 * recurse once per level (some 3,000 levels overflow the stack), and the
 * tree of a deeply nested document grows with the square of its depth.
 * Real posts nest a handful of levels.
 */

/** Deepest nesting the pipeline renders as Markdown; beyond it, a document is shown as plain text. */
export const MAX_NESTING = 100;

// A line's run of container markers: `>` and list bullets or numbers, each
// followed by a space (or, for `>`, anything), with any indentation between.
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t])))+/;
const MARKER = />|[-+*]|\d{1,9}[.)]/g;

/** Where a document nests deepest, if beyond a limit. */
export interface DeepNesting {
  /** 1-based line. */
  line: number;
  /** Estimated levels: markers on the line plus two columns of indentation per enclosing list. */
  depth: number;
}

/**
 * Finds the first line nesting lists or quotes more than `limit` levels deep.
 * Over-estimates rather than under: every two columns of indentation before a
 * marker count as a level, as a nested list item needs at least that.
 * @example findDeepNesting('- a\n  - b', 1) // { line: 2, depth: 2 }
 * @example findDeepNesting('> '.repeat(200) + 'x') // { line: 1, depth: 200 }
 * @example findDeepNesting('Plain text.') // undefined
 */
export function findDeepNesting(markdown: string, limit = MAX_NESTING): DeepNesting | undefined {
  let line = 0;
  for (const text of markdown.split('\n')) {
    line++;
    const prefix = CONTAINER_PREFIX.exec(text)?.[0];
    if (!prefix) continue;
    const markers = prefix.match(MARKER)?.length ?? 0;
    const indent = /^[ \t]*/.exec(prefix)?.[0].replace(/\t/g, '    ').length ?? 0;
    const depth = markers + Math.floor(indent / 2);
    if (depth > limit) return { line, depth };
  }
  return undefined;
}
