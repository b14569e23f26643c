import { ContentValidationError, formatProblem, type ContentProblem } from '../content/index.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import { TandemError } from '../lib/errors.ts';
import type { Output } from './output.ts';

// Errors about what was asked for rather than the content: exit code 2.
const USAGE_CODES = new Set(['usage', 'unknown-post', 'unknown-locale', 'source-locale', 'invalid-date']);

/**
 * A message after a styled label such as `error:`. The template decides the spacing,
 * since a Chinese label ends in a full-width colon that needs no space after it.
 */
export function labelled(t: Translate, out: Output, label: 'cli.label.error' | 'cli.label.note' | 'cli.label.checkFailed', text: string): string {
  const style = label === 'cli.label.note' ? 'yellow' : (['red', 'bold'] as const);
  return t('cli.labelled', { label: out.style(style, t(label)), text });
}

/**
 * The CLI's report of content problems: a counted heading, then every problem.
 * The problems themselves come from the content library, in its words.
 */
export function problemsReport(problems: readonly ContentProblem[], t: Translate, out: Output): string {
  return `${labelled(t, out, 'cli.label.error', t('cli.contentProblems', { count: problems.length }))}\n${problems.map(formatProblem).join('\n')}\n`;
}

/**
 * Prints an error the way a terminal user can act on, returning the exit code.
 * Without `t` the UI strings themselves could not be loaded, so the error (which
 * names the strings file) is printed as it is, after the program's name.
 */
export function report(error: unknown, err: Output, t: Translate | undefined): number {
  if (!t) {
    err.write(`tandem: ${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof TandemError && USAGE_CODES.has(error.code) ? 2 : 1;
  }
  if (error instanceof ContentValidationError) {
    err.write(problemsReport(error.problems, t, err));
    return 1;
  }
  if (error instanceof TandemError) {
    err.write(`${labelled(t, err, 'cli.label.error', error.message)}\n`);
    return USAGE_CODES.has(error.code) ? 2 : 1;
  }
  err.write(`${labelled(t, err, 'cli.label.error', t('cli.unexpected'))}\n${error instanceof Error ? error.stack : String(error)}\n`);
  return 1;
}
