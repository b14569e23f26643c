import type { SiteConfig } from '../config/schema.ts';
import { matchLocale } from './match-locale.ts';

/** Environment variables that name a language, as `process.env` holds them. */
export type LanguageEnv = Readonly<Record<string, string | undefined>>;

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
