import { TandemError } from '../lib/errors.ts';

/** A mistake in how a command was called (unknown command, bad option value): exit code 2. */
export class UsageError extends TandemError {
  constructor(message: string, hint: string) {
    super('usage', message, hint);
    this.name = 'UsageError';
  }
}
