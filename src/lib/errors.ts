/** Where a problem is, as precisely as known. */
export interface ProblemLocation {
  file: string;
  line?: number;
  column?: number;
  field?: string;
}

/**
 * Base class of every error Tandem's library code throws. Each says what happened,
 * why, and what to do; the CLI and the build print them, library code never does.
 */
export class TandemError extends Error {
  readonly code: string;
  readonly hint: string;
  readonly location: ProblemLocation | undefined;

  constructor(code: string, message: string, hint: string, location?: ProblemLocation) {
    super(location ? `${formatLocation(location)}: ${message}\n  → ${hint}` : `${message}\n  → ${hint}`);
    this.name = 'TandemError';
    this.code = code;
    this.hint = hint;
    this.location = location;
  }
}

/**
 * Formats a location the way editors and terminals link to it.
 * @example formatLocation({ file: 'content/posts/a/en.md', line: 3, field: 'title' }) // 'content/posts/a/en.md:3 (title)'
 */
export function formatLocation(location: ProblemLocation): string {
  const position = location.line ? `:${location.line}${location.column ? `:${location.column}` : ''}` : '';
  return `${location.file}${position}${location.field ? ` (${location.field})` : ''}`;
}
