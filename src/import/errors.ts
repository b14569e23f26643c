import { TandemError } from '../lib/errors.ts';

/** Why an export could not be imported; each names a UI string `import.error.<reason>`. */
export type ImportErrorReason =
  | 'unreadable'
  | 'not-xml'
  | 'not-wxr'
  | 'truncated'
  | 'malformed'
  | 'encoding-declared'
  | 'encoding-bytes'
  | 'unmapped-language'
  | 'pairs-file'
  | 'types-option'
  | 'media-folder';

/**
 * The import cannot go ahead; nothing has been written. Carries a reason and its
 * values so the CLI words it in the user's language (`import.error.<reason>`);
 * the English message is for logs and library callers.
 */
export class ImportError extends TandemError {
  readonly reason: ImportErrorReason;
  readonly params: Record<string, string | number>;

  constructor(reason: ImportErrorReason, file: string, params: Record<string, string | number>, english: string) {
    super(`import-${reason}`, english, 'Nothing was written.', { file, ...(typeof params.line === 'number' && { line: params.line }) });
    this.name = 'ImportError';
    this.reason = reason;
    this.params = { file, ...params };
  }
}
