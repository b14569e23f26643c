import { isIsoDate } from '../translation/index.ts';
import type { CommandContext } from './commands.ts';
import { placeholder } from './language.ts';
import { today } from './output.ts';
import { UsageError } from './usage-error.ts';

/** The `--to <locale>` value, required by the commands working on one translation. */
export function requireTo({ values, args, t }: Pick<CommandContext, 'values' | 'args' | 't'>, command: string): string {
  if (typeof values.to === 'string' && values.to !== '') return values.to;
  const locale = placeholder(t, 'cli.placeholder.locale');
  const example = `npm run tandem -- ${command} ${args[0] ?? placeholder(t, 'cli.placeholder.slug')} --to ${locale}`;
  throw new UsageError(t('cli.usage.needsTo', { command, locale }), t('cli.usage.forExample', { command: example }));
}

/** The `--date` value checked as a real YYYY-MM-DD date, or today. */
export function dateOption({ values, t }: Pick<CommandContext, 'values' | 't'>): string {
  if (typeof values.date !== 'string') return today();
  if (!isIsoDate(values.date)) throw new UsageError(t('cli.usage.badDate', { value: values.date }), t('cli.usage.badDateHint'));
  return values.date;
}
