import { TandemError, type ErrorCode, type ErrorParams } from '../lib/errors.ts';

/** The catalogue codes that stop an import (src/lib/error-catalogue.ts). */
export type ImportErrorCode = Extract<ErrorCode, `import-${string}`>;

/**
 * The import cannot go ahead, and nothing has been written: the export is not a
 * readable WordPress export, or an option is wrong. Worded by the catalogue in the
 * reader's language wherever it is shown.
 */
export class ImportError<C extends ImportErrorCode = ImportErrorCode> extends TandemError<C> {
  constructor(code: C, params: ErrorParams<C>) {
    const { file, line } = params as { file?: unknown; line?: unknown };
    // An option's mistake (--types) is in no file: no location rather than an empty one.
    super(code, params, typeof file === 'string' && file !== '' ? { file, ...(typeof line === 'number' && line > 0 && { line }) } : undefined);
    this.name = 'ImportError';
  }
}
