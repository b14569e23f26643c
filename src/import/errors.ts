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
    const line = (params as { line?: unknown }).line;
    super(code, params, { file: String((params as { file?: unknown }).file ?? ''), ...(typeof line === 'number' && line > 0 && { line }) });
    this.name = 'ImportError';
  }
}
