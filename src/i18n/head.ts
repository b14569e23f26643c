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

/** One language version of a page, for its hreflang cluster. */
export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * The hreflang cluster of a page: only versions that really exist (never fallback copies), in
 * locale order; the sitemap adds x-default (i18n/sitemap.ts).
 * @example alternatesFor(links) // [{ hreflang: 'en-GB', href: '/en/…' }, { hreflang: 'zh-Hans', href: '/zh/…' }]
 */
export function alternatesFor(links: readonly LanguageLink[]): Alternate[] {
  return links.flatMap((link) => (link.href === undefined ? [] : [{ hreflang: link.locale.lang, href: link.href }]));
}
