import { parentOf, type LocaleConfig, type SiteConfig } from '../config/schema.ts';
import type { UIResources } from './create-i18n.ts';
import { scriptConverter, type PhraseList, type ScriptConverter } from './convert-script.ts';

/** Phrase lists by locale code, as read from `locales/<code>.phrases.yaml`. */
export type PhraseLists = Partial<Record<string, PhraseList>>;

/**
 * The converter that makes a derived locale's text from its parent's, or undefined for a written locale.
 * @example converterFor(getLocale(siteConfig, 'zh-Hant'), {})?.('团结') // '團結'
 */
export function converterFor(locale: LocaleConfig, phrases: PhraseLists): ScriptConverter | undefined {
  return locale.convert && scriptConverter(locale.convert, phrases[locale.code] ?? {});
}

/**
 * Each locale's converter by code ({@link converterFor}): what the content layer is given to
 * convert derived locales' text, tag labels and ids without knowing where phrase lists are kept.
 * @example convertersOf(siteConfig, {})('zh-Hant')?.('团结') // '團結'
 * @example convertersOf(siteConfig, {})('en') // undefined
 */
export function convertersOf(config: SiteConfig, phrases: PhraseLists): (code: string) => ScriptConverter | undefined {
  return (code) => {
    const locale = config.locales.find((l) => l.code === code);
    return locale && converterFor(locale, phrases);
  };
}

/**
 * Gives every derived locale its UI strings: the parent's, converted, with any string in a
 * human-written `locales/<code>.json` taking precedence (so one awkward conversion can be
 * fixed without translating the whole file). Written locales are returned as they are.
 * @example deriveUIResources(config, { zh: { 'nav.home': '首页' } }, {})['zh-Hant'] // { 'nav.home': '首頁' }
 */
export function deriveUIResources(config: SiteConfig, resources: UIResources, phrases: PhraseLists): UIResources {
  const derived: UIResources = { ...resources };
  for (const locale of config.locales) {
    const parent = parentOf(config, locale);
    const convert = converterFor(locale, phrases);
    const strings = parent && resources[parent.code];
    if (!convert || typeof strings !== 'object' || strings === null || Array.isArray(strings)) continue;
    const own = resources[locale.code];
    const converted = Object.fromEntries(Object.entries(strings).map(([key, value]) => [key, typeof value === 'string' ? convert(value) : value]));
    derived[locale.code] = { ...converted, ...(typeof own === 'object' && own !== null && !Array.isArray(own) ? own : {}) };
  }
  return derived;
}

/**
 * How the search page of `locale` turns a query typed in the other Chinese script into its own
 * (see characterPairs): a derived locale converts as its text is converted; the locale a derived
 * one is made from converts back. Undefined for a locale no conversion involves.
 * @example queryConversion(siteConfig, getLocale(siteConfig, 'zh')) // { convert: { from: 'cn', to: 'hk', … }, back: true }
 */
export function queryConversion(config: SiteConfig, locale: LocaleConfig): { convert: NonNullable<LocaleConfig['convert']>; back: boolean } | undefined {
  if (locale.convert) return { convert: locale.convert, back: false };
  const derived = config.locales.find((other) => other.derivedFrom === locale.code && other.convert);
  return derived?.convert && { convert: derived.convert, back: true };
}
