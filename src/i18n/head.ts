import type { LocaleConfig } from '../config/schema.ts';
import type { LanguageLink } from './language-links.ts';

// Every page's head names its locales: maximizing a language tag is slow to repeat thousands of times.
const ogLocales = new Map<string, string>();

/**
 * Open Graph wants language_TERRITORY; the likeliest territory stands in for a script.
 * @example ogLocale('en-GB') // 'en_GB'
 * @example ogLocale('zh-Hans') // 'zh_CN'
 */
export function ogLocale(lang: string): string {
  let tag = ogLocales.get(lang);
  if (tag === undefined) {
    const full = new Intl.Locale(lang).maximize();
    tag = full.region ? `${full.language}_${full.region}` : full.language;
    ogLocales.set(lang, tag);
  }
  return tag;
}

/** One `<link rel="alternate" hreflang>` of a page. */
export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * The hreflang cluster of a page: only versions that really exist (never fallback copies),
 * plus x-default pointing at the default locale's version, or the original where that is missing.
 * @example alternatesFor(links, 'en', 'en') // [{ hreflang: 'en-GB', href: '/en/…' }, …, { hreflang: 'x-default', href: '/en/…' }]
 */
export function alternatesFor(links: readonly LanguageLink[], defaultCode: string, sourceCode?: string): Alternate[] {
  const real = links.filter((link): link is LanguageLink & { href: string } => link.href !== undefined);
  if (real.length === 0) return [];
  const preferred = real.find((link) => link.locale.code === defaultCode) ?? real.find((link) => link.locale.code === sourceCode) ?? real[0];
  return [
    ...real.map((link) => ({ hreflang: link.locale.lang, href: link.href })),
    ...(preferred ? [{ hreflang: 'x-default', href: preferred.href }] : []),
  ];
}

/** Locales other than the current one that have a real version, for og:locale:alternate. */
export function alternateLocales(links: readonly LanguageLink[]): LocaleConfig[] {
  return links.filter((link) => link.state === 'published').map((link) => link.locale);
}
