/**
 * A mistake in how a command was called (unknown command, bad option value): exit
 * code 2. Made only by the CLI, which words it in the reader's language itself, so
 * unlike the library's TandemErrors it carries finished text rather than a code.
 */
export class UsageError extends Error {
  readonly hint: string;

  constructor(message: string, hint: string) {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
  }
}
