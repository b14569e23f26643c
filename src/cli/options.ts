import { InvalidDateError, isIsoDate } from '../translation/index.ts';
import type { CommandContext } from './commands.ts';
import { today } from './output.ts';
import { UsageError } from './usage-error.ts';

/** The `--to <locale>` value, required by the commands working on one translation. */
export function requireTo({ values, args }: Pick<CommandContext, 'values' | 'args'>, command: string): string {
  if (typeof values.to === 'string' && values.to !== '') return values.to;
  throw new UsageError(`tandem ${command} needs --to <locale>: the translation to work on.`, `For example: npm run tandem -- ${command} ${args[0] ?? '<slug>'} --to <locale>`);
}

/** The `--date` value checked as a real YYYY-MM-DD date, or today. */
export function dateOption({ values }: Pick<CommandContext, 'values'>): string {
  if (typeof values.date !== 'string') return today();
  if (!isIsoDate(values.date)) throw new InvalidDateError(values.date);
  return values.date;
}
