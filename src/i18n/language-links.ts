import type { LocaleConfig, SiteConfig } from '../config/schema.ts';
import { localizedPath, type Route } from './urls.ts';

/** Whether a page exists for readers in a locale. */
export type Availability = 'published' | 'draft' | 'missing';

/** One entry of the language switcher. */
export interface LanguageLink {
  locale: LocaleConfig;
  state: 'current' | Availability;
  /** Set only when the counterpart page really exists. */
  href?: string | undefined;
  /**
   * Where there is no counterpart, the page that locale's readers get instead when the route
   * has one (a post's or page's copy of the original under a notice saying why), else unset.
   */
  fallback?: string | undefined;
}

/**
 * Builds the switcher entries for a page: a link to each real counterpart, and an explicit
 * state where the other language has no version or only a draft, with the route's address in
 * that language as `fallback` when every locale has a page there (`fallbacks`: posts and pages).
 * @example
 * languageLinks(config, 'en', { kind: 'post', slug: 'x' }, (code) => (code === 'zh' ? 'missing' : 'published'), { fallbacks: true })
 * // [{ locale: en, state: 'current', href: '/en/posts/x/' }, { locale: zh, state: 'missing', fallback: '/zh/posts/x/' }]
 */
export function languageLinks(
  config: SiteConfig,
  currentCode: string,
  route: Route,
  availability: (code: string) => Availability = () => 'published',
  { fallbacks = false }: { fallbacks?: boolean } = {},
): LanguageLink[] {
  return config.locales.map((locale) => {
    if (locale.code === currentCode) return { locale, state: 'current', href: localizedPath(locale, route) };
    const state = availability(locale.code);
    if (state === 'published') return { locale, state, href: localizedPath(locale, route) };
    return fallbacks ? { locale, state, fallback: localizedPath(locale, route) } : { locale, state };
  });
}
