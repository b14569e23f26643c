import type { AnyErrorParams, ErrorCode, ErrorParams } from './error-catalogue.ts';

export { errorCatalogue, errorKeys, isErrorCode, type AnyErrorParams, type ErrorCode, type ErrorKey, type ErrorParams, type ParamValue } from './error-catalogue.ts';

/** Where a problem is, as precisely as known. */
export interface ProblemLocation {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  field?: string | undefined;
}

/**
 * Base class of every error Tandem's library code throws: a catalogue code, the
 * parameters of its text, and where it happened. The words come from the
 * catalogue (src/lib/error-catalogue.ts) in the reader's language, chosen where
 * the error is shown: `describeError(error, t)` in src/i18n/error-text.ts. The CLI
 * and the build print them; library code never does.
 * @example throw new TandemError('unknown-post', { slug: 'vote' })
 */
export class TandemError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly params: AnyErrorParams;
  readonly location: ProblemLocation | undefined;

  /**
   * `fallback` is English text for the few errors raised before the UI strings
   * can be loaded (the site config, the strings files themselves); otherwise
   * `message` only names the code and parameters, for logs and debuggers.
   */
  constructor(code: C, params: ErrorParams<C>, location?: ProblemLocation, fallback?: string) {
    const where = location ? `${formatLocation(location)}: ` : '';
    super(`${where}${fallback ?? `[${code}] ${JSON.stringify(params)}`}`);
    this.name = 'TandemError';
    this.code = code;
    this.params = params;
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
