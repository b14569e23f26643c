import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { createI18n, translatorFor, type Translate } from '../i18n/create-i18n.ts';
import { matchLocale } from '../i18n/match-locale.ts';
import { readUIResources } from '../i18n/read-resources.ts';
import type { UIKey } from '../i18n/ui-schema.ts';
import { getLocale } from '../i18n/urls.ts';

/** A key of the CLI's own strings (`cli.*` in `locales/<code>.json`). */
export type CliKey = Extract<UIKey, `cli.${string}`>;

/** Environment variables that name a language, as `process.env` holds them. */
export type LanguageEnv = Readonly<Record<string, string | undefined>>;

// The UI strings belong to this code base, like the site config it imports, not to the --root project.
const codeRoot = path.resolve(import.meta.dirname, '../..');

/**
 * Turns a POSIX locale name into a BCP 47 tag; `C` and `POSIX` name no language.
 * @example posixLocaleTag('zh_CN.UTF-8') // 'zh-CN'
 * @example posixLocaleTag('C.UTF-8') // undefined
 */
export function posixLocaleTag(value: string | undefined): string | undefined {
  // The codeset (.UTF-8) and modifier (@euro) say nothing about the language.
  const name = value?.split(/[.@]/)[0]?.trim() ?? '';
  if (name === '' || name === 'C' || name === 'POSIX') return undefined;
  return name.replaceAll('_', '-');
}

/**
 * The configured locale a `--lang` or environment value names: a locale code, a BCP 47
 * tag or a POSIX locale name, matched the way the site matches a browser's languages.
 * @example localeFor('zh_TW.UTF-8', siteConfig) // the code of the configured Chinese locale
 */
export function localeFor(value: string | undefined, config: SiteConfig): string | undefined {
  if (value === undefined) return undefined;
  if (config.locales.some((locale) => locale.code === value)) return value;
  const tag = posixLocaleTag(value);
  return tag ? matchLocale([tag], config.locales) : undefined;
}

/** The language chosen for messages, and a `--lang` value that named no configured locale. */
export interface LanguageChoice {
  code: string;
  unknownOption?: string;
}

/**
 * Chooses the language the CLI speaks: `--lang`, else TANDEM_LANG, else the POSIX
 * messages locale (the first set of LC_ALL, LC_MESSAGES, LANG, as gettext reads them),
 * else the site's default locale. An unknown `--lang` is reported, not silently ignored,
 * in the language the rest would choose.
 * @example chooseLanguage(undefined, { LANG: 'zh_CN.UTF-8' }, siteConfig).code // the Chinese locale's code
 */
export function chooseLanguage(option: string | undefined, env: LanguageEnv, config: SiteConfig): LanguageChoice {
  const posix = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  const fromEnv = localeFor(env.TANDEM_LANG || undefined, config) ?? localeFor(posix, config) ?? config.defaultLocale;
  if (option === undefined) return { code: fromEnv };
  const chosen = localeFor(option, config);
  return chosen ? { code: chosen } : { code: fromEnv, unknownOption: option };
}

/**
 * Loads the UI strings (checked for missing keys, as the site does) and returns the
 * translate function of one locale. Derived locales' strings are converted only when
 * chosen: loading the converter's dictionaries would slow every command down.
 */
export async function loadTranslator(config: SiteConfig, code: string): Promise<Translate> {
  const needed = { ...config, locales: config.locales.filter((locale) => locale.derivedFrom === undefined || locale.code === code) };
  const instance = createI18n(needed, await readUIResources(codeRoot, needed));
  return translatorFor(instance, getLocale(config, code));
}

/**
 * Joins short items (codes, counts) the way the language lists them.
 * @example list(t, ['a', 'b']) // 'a, b' in English, 'a、b' in Chinese
 */
export function list(t: Translate, items: readonly string[]): string {
  return items.join(t('cli.listSeparator'));
}

/**
 * A placeholder as help and messages show it, in the reader's language.
 * @example placeholder(t, 'cli.placeholder.locale') // '<locale>' in English
 */
export function placeholder(t: Translate, key: CliKey): string {
  return `<${t(key)}>`;
}
