import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import type { ConverterOf } from '../content/index.ts';
import { createI18n, translatorFor, type Translate } from '../i18n/create-i18n.ts';
import { readPhraseLists, readUIResources } from '../i18n/read-resources.ts';
import type { UIKey } from '../i18n/ui-schema.ts';
import { getLocale } from '../i18n/urls.ts';

export { chooseLanguage, localeFor, posixLocaleTag, type LanguageChoice, type LanguageEnv } from '../i18n/env-language.ts';

// The UI strings belong to this code base, like the site config it imports, not to the --root project.
const codeRoot = path.resolve(import.meta.dirname, '../..');

/** A key of the CLI's own strings (`cli.*`, and `import.*` for the importer, in `locales/<code>.json`). */
export type CliKey = Extract<UIKey, `cli.${string}` | `import.${string}`>;

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
 * Each derived locale's text conversion, with this code base's phrase lists, as the site build
 * converts: what checks of links to a derived locale's pages need. The converter's modules load
 * only here, not for every command.
 */
export async function siteConverters(config: SiteConfig): Promise<ConverterOf> {
  const { convertersOf } = await import('../i18n/derived-locales.ts');
  return convertersOf(config, await readPhraseLists(codeRoot, config));
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
