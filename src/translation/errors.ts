import { TandemError } from '../lib/errors.ts';

/** The codes of a base record that cannot be trusted (src/lib/error-catalogue.ts). */
export type BaseRecordCode = 'base-not-json' | 'base-shape' | 'base-date' | 'base-unreadable';

/**
 * A `<locale>.base.json` file that cannot be trusted: not JSON, or not the shape
 * Tandem writes (usually a hand edit or a bad merge). Status cannot say what the
 * translation was made from, so a person has to check it and record it again.
 * `params` always include `command`, the `tandem done` line that records it afresh.
 */
export class BaseRecordError extends TandemError<BaseRecordCode> {
  constructor(code: BaseRecordCode, params: Record<string, string>, file: string, position?: { line: number; column: number }) {
    super(code, params as never, { file, ...position });
    this.name = 'BaseRecordError';
  }
}

/** `tandem new` found a translation already there; it never overwrites one. */
export class TranslationExistsError extends TandemError<'translation-exists'> {
  constructor(file: string, command: string) {
    super('translation-exists', { command }, { file });
    this.name = 'TranslationExistsError';
  }
}

/** `tandem done` or `diff` was asked about a translation that does not exist yet. */
export class TranslationMissingError extends TandemError<'translation-missing'> {
  constructor(file: string, command: string) {
    super('translation-missing', { command }, { file });
    this.name = 'TranslationMissingError';
  }
}

/** A command that works on translations was pointed at the post's original language. */
export class SourceLocaleError extends TandemError<'source-locale'> {
  constructor(slug: string, locale: string, targets: readonly string[]) {
    super('source-locale', { slug, locale, targets });
    this.name = 'SourceLocaleError';
  }
}

/** No post has the slug asked for; `params.suggestion` is the nearest existing one. */
export class UnknownPostError extends TandemError<'unknown-post'> {
  constructor(slug: string, suggestion: string | undefined) {
    super('unknown-post', { slug, suggestion });
    this.name = 'UnknownPostError';
  }
}

/** A date option that is not a real YYYY-MM-DD calendar date. */
export class InvalidDateError extends TandemError<'invalid-date'> {
  constructor(value: string) {
    super('invalid-date', { value });
    this.name = 'InvalidDateError';
  }
}
