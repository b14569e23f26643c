import { formatLocation, TandemError, type AnyErrorParams, type ErrorCode, type ParamValue, type ProblemLocation } from '../lib/errors.ts';
import { visibleControls } from '../lib/terminal-text.ts';
import type { Translate } from './create-i18n.ts';

/** An error's words in one language, as Astro's error data has them. */
export interface ErrorText {
  /** A few words naming the kind of error, e.g. "Unknown field". */
  title: string;
  /** What is wrong, with the parameters filled in. */
  message: string;
  /** What to do about it, after a "Did you mean …?" when there is a suggestion. */
  hint: string;
}

/** Something carrying a catalogue code and its parameters: a content problem or a TandemError. */
export interface Coded {
  code: ErrorCode;
  params: AnyErrorParams;
}

function paramText(value: ParamValue | undefined, t: Translate): string {
  if (value === undefined) return '';
  // Parameters come from content and file names: shown, never obeyed, by a terminal.
  return visibleControls(typeof value === 'string' || typeof value === 'number' ? String(value) : value.join(t('cli.listSeparator')));
}

/**
 * The title, message and hint of a code in the language of `t`.
 * @example describe({ code: 'tag-unknown', params: { tag: 'x', suggestion: 'y' } }, t).hint // 'Did you mean "y"? Define it …'
 */
export function describe({ code, params }: Coded, t: Translate): ErrorText {
  const values = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, paramText(value, t)]));
  const hint = t(`error.${code}.hint`, values);
  return {
    title: t(`error.${code}.title`),
    message: t(`error.${code}.message`, values),
    hint: values.suggestion ? t('cli.sentences', { first: t('cli.usage.didYouMean', { name: values.suggestion }), second: hint }) : hint,
  };
}

/**
 * A content problem as one or two terminal lines in the language of `t`.
 * @example formatProblem(problem('field-empty', { field: 'title' }, { file: 'a/en.md', line: 2, field: 'title' }), t)
 * // '  a/en.md:2 (title): "title" is empty.\n    → Write …'
 */
export function formatProblem(problem: Coded & ProblemLocation, t: Translate): string {
  const { message, hint } = describe(problem, t);
  return `  ${visibleControls(formatLocation(problem))}: ${message}\n    → ${hint}`;
}

/**
 * A TandemError's message and hint in the language of `t`, after its location.
 * @example describeError(new TandemError('unknown-post', { slug: 'x' }), t) // 'There is no post "x".\n  → Run …'
 */
export function describeError(error: TandemError, t: Translate): string {
  const { message, hint } = describe(error, t);
  const where = error.location ? `${visibleControls(formatLocation(error.location))}: ` : '';
  return `${where}${message}\n  → ${hint}`;
}
