import { TandemError, formatLocation, type ProblemLocation } from '../lib/errors.ts';

/** One thing wrong with the content, with where it is and what to do about it. */
export interface ContentProblem extends ProblemLocation {
  message: string;
  hint: string;
}

/**
 * Thrown when content fails validation. Carries every problem found, not only the
 * first, so one build or `tandem check` run shows all there is to fix.
 */
export class ContentValidationError extends TandemError {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(
      'content-invalid',
      `Content has ${count}:\n${problems.map(formatProblem).join('\n')}`,
      'Fix the files listed above, then build again (or run `npm run tandem -- check`).',
    );
    this.name = 'ContentValidationError';
    this.problems = problems;
  }
}

/**
 * Renders a problem as one or two terminal lines.
 * @example formatProblem({ file: 'a/en.md', line: 2, field: 'title', message: 'is empty', hint: 'add a title' })
 * // '  a/en.md:2 (title): is empty\n    → add a title'
 */
export function formatProblem(problem: ContentProblem): string {
  return `  ${formatLocation(problem)}: ${problem.message}\n    → ${problem.hint}`;
}
