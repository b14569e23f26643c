import type { SiteConfig } from '../config/schema.ts';
import { matchLocale } from '../i18n/match-locale.ts';
import { ImportError } from './errors.ts';
import type { ChannelTerm } from './wxr-reader.ts';

/**
 * A WordPress language name as a BCP 47 tag: `en_GB` → `en-GB`, `zh-hans` stays.
 * @example bcp47('zh_CN') // 'zh-CN'
 */
export function bcp47(value: string): string {
  return value.trim().replaceAll('_', '-');
}

/**
 * The configured locale a WordPress language maps to (`en_GB`, `zh_CN`, `zh-hans`,
 * Polylang's `en`), by BCP 47 matching; undefined when none does.
 * @example mapLanguage('zh_CN', siteConfig) // the code of the configured Simplified Chinese locale
 */
export function mapLanguage(value: string, config: SiteConfig): string | undefined {
  if (config.locales.some((l) => l.code === value)) return value;
  return matchLocale([bcp47(value)], config.locales);
}

/**
 * Polylang's language terms (taxonomy `language`), slug → configured locale. The
 * term's description holds its WordPress locale (`s:6:"locale";s:5:"en_GB";`), the
 * best evidence; the slug is the fallback. A language no configured locale matches
 * stops the import before anything is written.
 */
export function polylangLanguages(terms: readonly ChannelTerm[], config: SiteConfig, file: string): Map<string, string> {
  const languages = new Map<string, string>();
  for (const term of terms.filter((t) => t.taxonomy === 'language')) {
    const wpLocale = /"locale";s:\d+:"([^"]+)"/.exec(term.description)?.[1];
    // The term's own locale decides when it has one: a French term slugged "fr-2" must not map by accident.
    const locale = wpLocale ? mapLanguage(wpLocale, config) : mapLanguage(term.slug, config);
    if (!locale) throw unmappable(wpLocale ?? term.slug, config, file);
    languages.set(term.slug, locale);
  }
  return languages;
}

/** The error for a WordPress language that no configured locale matches. */
export function unmappable(language: string, config: SiteConfig, file: string): ImportError {
  return new ImportError('import-unmapped-language', { file, language, locales: config.locales.map((l) => `${l.code} (${l.lang})`) });
}

// Scripts a locale's text is written in, from its BCP 47 tag: zh-Hans and zh-Hant are both Han.
function scriptOf(lang: string): string {
  const script = new Intl.Locale(lang).maximize().script ?? 'Latn';
  return script === 'Hans' || script === 'Hant' || script === 'Hani' ? 'Han' : script;
}

const SCRIPTS: Record<string, RegExp> = {
  Han: /\p{scx=Han}/gu,
  Latn: /\p{sc=Latin}/gu,
  Arab: /\p{sc=Arabic}/gu,
  Cyrl: /\p{sc=Cyrillic}/gu,
};

/** Letters per script in a text, for detecting its language. */
export function scriptCounts(text: string): Record<string, number> {
  return Object.fromEntries(Object.entries(SCRIPTS).map(([name, pattern]) => [name, text.match(pattern)?.length ?? 0]));
}

/**
 * The configured locale a text is most likely in, from the script most of its
 * letters are in; a Han character counts as much as a short word (three Latin
 * letters), so a Chinese text quoting English names stays Chinese. Ties and texts
 * in no configured script go to the default locale.
 * @example detectLocale(scriptCounts('学生们投票支持 SOAS'), siteConfig) // the Chinese locale's code
 */
export function detectLocale(counts: Record<string, number>, config: SiteConfig): string {
  const weight = (script: string) => (counts[script] ?? 0) * (script === 'Han' ? 3 : 1);
  const ranked = [...config.locales].sort((a, b) => weight(scriptOf(b.lang)) - weight(scriptOf(a.lang)) || Number(b.code === config.defaultLocale) - Number(a.code === config.defaultLocale));
  const best = ranked[0];
  return best && weight(scriptOf(best.lang)) > 0 ? best.code : config.defaultLocale;
}

/**
 * Whether a text is mostly in scripts none of the site's languages use (a Uyghur
 * or Russian post on an English and Chinese site, quoting a name or two): detection
 * cannot place it. Letters are weighed as detectLocale weighs them.
 * @example mostlyForeignScript(scriptCounts('ئۇيغۇرلار SOAS'), siteConfig) // true where no locale is written in Arabic script
 */
export function mostlyForeignScript(counts: Record<string, number>, config: SiteConfig): boolean {
  const own = new Set(config.locales.map((l) => scriptOf(l.lang)));
  let ours = 0;
  let foreign = 0;
  for (const [script, n] of Object.entries(counts)) {
    if (own.has(script)) ours += n * (script === 'Han' ? 3 : 1);
    else foreign += n;
  }
  return foreign > ours;
}
