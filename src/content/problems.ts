import { formatLocation, TandemError, type AnyErrorParams, type ErrorCode, type ErrorParams, type ProblemLocation } from '../lib/errors.ts';

/**
 * One thing wrong with the content: a catalogue code and its parameters (see
 * src/lib/error-catalogue.ts), and where it is. The words are chosen where it is
 * shown, in the reader's language: `describeProblem(problem, t)` in src/i18n.
 */
export interface ContentProblem extends ProblemLocation {
  code: ErrorCode;
  params: AnyErrorParams;
}

/**
 * Makes a content problem; the one way to report one.
 * @example problems.push(problem('tag-unknown', { tag: 'studnets', suggestion: 'students' }, { file, line: 3, field: 'tags[0]' }))
 */
export function problem<C extends ErrorCode>(code: C, params: ErrorParams<C>, location: ProblemLocation): ContentProblem {
  return { ...location, code, params };
}

/**
 * Orders problems by file, then line, so a run lists each file's problems together.
 * @example sortProblems([{ file: 'b', … }, { file: 'a', … }]) // a first
 */
export function sortProblems<P extends ProblemLocation>(problems: readonly P[]): P[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/**
 * Thrown when content fails validation. Carries every problem found, not only the
 * first, so one build or `tandem check` run shows all there is to fix.
 */
export class ContentValidationError extends TandemError<'content-invalid'> {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    // The words are chosen where the error is shown; this lists codes and places for logs.
    super('content-invalid', { count: problems.length }, undefined, `Content has ${problems.length} problem(s):\n${problems.map((p) => `  ${formatLocation(p)} [${p.code}]`).join('\n')}`);
    this.name = 'ContentValidationError';
    this.problems = problems;
  }
}
