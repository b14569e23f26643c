import type { LocaleConfig } from '../config/schema.ts';
import { suggestName } from '../content/suggest.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import { matchLocale } from '../i18n/match-locale.ts';
import { contentDayOutside, EARLIEST_CONTENT_DAY, isIsoDate } from '../lib/dates.ts';
import { TRANSLATION_STATES, type TranslationState } from '../translation/states.ts';
import type { CommandContext } from './commands.ts';
import { list, placeholder } from './language.ts';
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
  // The days content may be dated (a placeholder or a mistyped year is refused there too), so a record never predates every post.
  if (contentDayOutside(values.date, new Date())) throw new UsageError(t('cli.usage.dateOutside', { value: values.date, earliest: EARLIEST_CONTENT_DAY }), t('cli.usage.badDateHint'));
  return values.date;
}

/**
 * A comma-separated list of translation states (`--state`, `--fail-on`), or undefined
 * when the option is absent. Names are the JSON ones, typed the same in every language.
 */
export function statesOption(value: string | boolean | undefined, option: string, t: Translate): Set<TranslationState> | undefined {
  if (typeof value !== 'string') return undefined;
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(TRANSLATION_STATES as readonly string[]).includes(n));
  if (unknown.length > 0 || names.length === 0) {
    const message = unknown.length > 0 ? t('cli.states.unknown', { option, count: unknown.length, states: unknown.join(',') }) : t('cli.states.empty', { option });
    throw new UsageError(message, t('cli.states.hint', { states: TRANSLATION_STATES.join(',') }));
  }
  return new Set(names as TranslationState[]);
}

/** One of a fixed set of option values (`--sort`, `--format`), or undefined when absent. */
export function choiceOption<T extends string>(value: string | boolean | undefined, option: string, choices: readonly T[], t: Translate): T | undefined {
  if (typeof value !== 'string') return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(t('cli.usage.badChoice', { option, value }), t('cli.usage.choices', { choices: choices.join(', ') }));
}

/** `--limit`: a whole number of at least 1, or undefined when absent. */
export function limitOption(value: string | boolean | undefined, t: Translate): number | undefined {
  if (typeof value !== 'string') return undefined;
  const n = Number(value);
  if (/^\d+$/.test(value) && Number.isSafeInteger(n) && n >= 1) return n;
  throw new UsageError(t('cli.usage.badLimit', { value }), t('cli.usage.badLimitHint'));
}

/**
 * The configured locale a `--to` names. Checked here rather than left to the library,
 * so that a mistyped code is reported in the reader's language.
 */
export function localeOption({ config, t }: Pick<CommandContext, 'config' | 't'>, code: string): LocaleConfig {
  const locale = config.locales.find((l) => l.code === code);
  if (locale) return locale;
  const codes = config.locales.map((l) => l.code);
  // A language tag as the system writes it (zh_CN, zh-TW, en-US) names the locale it matches; else a typo's nearest code.
  const suggestion = matchLocale([code.replaceAll('_', '-')], config.locales) ?? suggestName(code, codes);
  const hint = t('cli.usage.localeHint', { codes: list(t, codes) });
  throw new UsageError(t('cli.usage.unknownLocale', { code }), suggestion ? t('cli.sentences', { first: t('cli.usage.didYouMean', { name: suggestion }), second: hint }) : hint);
}
