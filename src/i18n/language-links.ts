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
}

/**
 * Builds the switcher entries for a page: a link to each real counterpart, and an
 * explicit state (never a link) where the other language has no version or only a draft.
 * @example
 * languageLinks(config, 'en', { kind: 'post', slug: 'x' }, (code) => (code === 'zh' ? 'missing' : 'published'))
 * // [{ locale: en, state: 'current', href: '/en/posts/x/' }, { locale: zh, state: 'missing' }]
 */
export function languageLinks(
  config: SiteConfig,
  currentCode: string,
  route: Route,
  availability: (code: string) => Availability = () => 'published',
): LanguageLink[] {
  return config.locales.map((locale) => {
    if (locale.code === currentCode) return { locale, state: 'current', href: localizedPath(locale, route) };
    const state = availability(locale.code);
    return { locale, state, href: state === 'published' ? localizedPath(locale, route) : undefined };
  });
}
