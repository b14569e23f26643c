import { TandemError } from '../lib/errors.ts';

/**
 * A `<locale>.base.json` file that cannot be trusted: not JSON, or not the shape
 * Tandem writes (usually a hand edit or a bad merge). Status cannot say what the
 * translation was made from, so a person has to check it and record it again.
 */
export class BaseRecordError extends TandemError {
  /** The problem alone, without file and hint, for lists of problems. */
  readonly description: string;

  constructor(file: string, problem: string, command: string) {
    const description = `The translation's base record ${problem}.`;
    super(
      'base-invalid',
      description,
      `This file records which source text the translation was made from. Restore it from version control, or check the translation against the source by hand and run \`${command}\` to record it afresh.`,
      { file },
    );
    this.name = 'BaseRecordError';
    this.description = description;
  }
}

/** `tandem new` found a translation already there; it never overwrites one. */
export class TranslationExistsError extends TandemError {
  constructor(file: string, command: string) {
    super(
      'translation-exists',
      'A translation already exists, so nothing was written.',
      `Edit the existing file instead, or run \`${command}\` to see what changed in the source.`,
      { file },
    );
    this.name = 'TranslationExistsError';
  }
}

/** `tandem done` or `diff` was asked about a translation that does not exist yet. */
export class TranslationMissingError extends TandemError {
  constructor(file: string, command: string) {
    super('translation-missing', 'There is no translation yet.', `Start one with \`${command}\`.`, { file });
    this.name = 'TranslationMissingError';
  }
}

/** A command that works on translations was pointed at the post's original language. */
export class SourceLocaleError extends TandemError {
  constructor(slug: string, locale: string, targets: readonly string[]) {
    super(
      'source-locale',
      `"${locale}" is the language post "${slug}" was written in, not a translation of it.`,
      targets.length > 0 ? `Use --to ${targets.join(' or --to ')}.` : 'Name a language the post is translated into instead.',
    );
    this.name = 'SourceLocaleError';
  }
}

/** No post has the slug asked for. */
export class UnknownPostError extends TandemError {
  /** The slug asked for, and the nearest existing one, so callers can word the message themselves. */
  readonly slug: string;
  readonly suggestion: string | undefined;

  constructor(slug: string, suggestion: string | undefined) {
    super(
      'unknown-post',
      `There is no post "${slug}".`,
      suggestion ? `Did you mean "${suggestion}"?` : 'Run `npm run tandem -- status` to list the posts (the slug is the folder name under content/posts).',
    );
    this.name = 'UnknownPostError';
    this.slug = slug;
    this.suggestion = suggestion;
  }
}

/** A date option that is not a real YYYY-MM-DD calendar date. */
export class InvalidDateError extends TandemError {
  constructor(value: string) {
    super('invalid-date', `"${value}" is not a real date written as YYYY-MM-DD.`, 'Write a calendar date like 2021-03-01.');
    this.name = 'InvalidDateError';
  }
}
