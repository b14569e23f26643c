import { computeStatuses, summarize, TRANSLATION_STATES, type TranslationState } from '../../translation/index.ts';
import { getLocale } from '../../i18n/urls.ts';
import type { CommandContext } from '../commands.ts';
import { formatStatus } from '../format-status.ts';
import { UsageError } from '../usage-error.ts';

const DEFAULT_FAIL_ON: readonly TranslationState[] = ['outdated', 'missing'];

function failingStates(value: string | boolean | undefined): Set<TranslationState> {
  if (typeof value !== 'string') return new Set(DEFAULT_FAIL_ON);
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(TRANSLATION_STATES as readonly string[]).includes(n));
  if (unknown.length > 0 || names.length === 0) {
    throw new UsageError(`--fail-on has unknown state${unknown.length === 1 ? '' : 's'}: ${unknown.join(', ') || '(none given)'}.`, `Use a comma-separated list of: ${TRANSLATION_STATES.join(', ')}.`);
  }
  return new Set(names as TranslationState[]);
}

/** `tandem status`: the table (or JSON) of every translation, and with --check, an exit code. */
export async function run({ root, config, values, io }: CommandContext): Promise<number> {
  const check = values.check === true || values['fail-on'] !== undefined;
  const failOn = failingStates(values['fail-on']);
  const only = typeof values.to === 'string' ? getLocale(config, values.to).code : undefined;
  const records = (await computeStatuses({ root, config })).filter((r) => !only || r.locale === only);
  if (values.json) io.out.write(`${JSON.stringify(records, null, 2)}\n`);
  else io.out.write(formatStatus(records, summarize(records, config).filter((s) => !only || s.locale === only), config, io.out));
  if (!check) return 0;
  const failing = records.filter((r) => failOn.has(r.status));
  if (failing.length === 0) return 0;
  const counts = [...failOn].map((state) => `${failing.filter((r) => r.status === state).length} ${state}`).join(', ');
  io.err.write(`${io.err.style(['red', 'bold'], 'check failed:')} ${failing.length} translation${failing.length === 1 ? ' is' : 's are'} in a failing state (${counts}).\n`);
  return 1;
}

