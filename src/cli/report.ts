import { ContentValidationError, type ContentProblem } from '../content/problems.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import { describeError, formatProblem } from '../i18n/error-text.ts';
import { TandemError, type ErrorCode } from '../lib/errors.ts';
import { visibleControls } from '../lib/terminal-text.ts';
import type { Output } from './output.ts';
import { UsageError } from './usage-error.ts';

// Errors about what was asked for rather than the content: exit code 2.
const USAGE_CODES = new Set<ErrorCode>(['unknown-post', 'unknown-locale', 'source-locale', 'invalid-date']);

/**
 * A message after a styled label such as `error:`. The template decides the spacing,
 * since a Chinese label ends in a full-width colon that needs no space after it.
 */
export function labelled(t: Translate, out: Output, label: 'cli.label.error' | 'cli.label.note' | 'cli.label.checkFailed', text: string): string {
  const style = label === 'cli.label.note' ? 'yellow' : (['red', 'bold'] as const);
  return t('cli.labelled', { label: out.style(style, t(label)), text });
}

/**
 * The CLI's report of content problems, in the reader's language: a counted
 * heading, then every problem by file.
 */
export function problemsReport(problems: readonly ContentProblem[], t: Translate, out: Output): string {
  return `${labelled(t, out, 'cli.label.error', t('cli.contentProblems', { count: problems.length }))}\n${problems.map((p) => formatProblem(p, t)).join('\n')}\n`;
}

/**
 * Prints an error the way a terminal user can act on, returning the exit code:
 * 2 for a mistake in the command line, 1 otherwise. Without `t` the UI strings
 * themselves could not be loaded, so the error (which names the strings file) is
 * printed in the English it carries. Only an error Tandem did not expect gets a
 * stack trace, for a bug report.
 */
export function report(error: unknown, err: Output, t: Translate | undefined): number {
  const usage = error instanceof UsageError || (error instanceof TandemError && USAGE_CODES.has(error.code));
  if (!t) {
    err.write(`tandem: ${visibleControls(error instanceof Error ? error.message : String(error))}\n`);
    return usage ? 2 : 1;
  }
  if (error instanceof ContentValidationError) {
    err.write(problemsReport(error.problems, t, err));
  } else if (error instanceof UsageError) {
    err.write(`${labelled(t, err, 'cli.label.error', `${error.message}\n  → ${error.hint}`)}\n`);
  } else if (error instanceof TandemError) {
    err.write(`${labelled(t, err, 'cli.label.error', describeError(error, t))}\n`);
  } else {
    err.write(`${labelled(t, err, 'cli.label.error', t('cli.unexpected'))}\n${visibleControls(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
  }
  return usage ? 2 : 1;
}
