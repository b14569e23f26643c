import type { z } from 'zod';
import type { linkSchema, LocaleConfig, SiteConfig } from '../config/schema.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import { getLocale, localizedPath } from '../i18n/urls.ts';
import type { SitePage } from './pages-loader.ts';

/** A menu or footer entry as written in src/config/site.ts. */
export type SiteLink = z.output<typeof linkSchema>;

/** A link ready to render: its address, its words and, when they differ from the page's, their language. */
export interface ResolvedLink {
  href: string;
  label: string;
  /** Set when the label is not in the page's language (a page not translated yet). */
  lang?: string | undefined;
  external: boolean;
  /** The route the link leads to, to mark the current page in the menu. */
  key: string;
}

/**
 * Turns a configured link into what a locale's pages show. A page's label is its own
 * title in the locale, or the original's title (marked with its language) until translated.
 * Returns undefined for a page that does not exist (the build's checks report it: see content/linked-pages.ts).
 * @example resolveLink({ type: 'event' }, zh, t, pages) // { href: '/zh/types/event/', label: '活动', external: false, key: 'type:event' }
 */
export function resolveLink(link: SiteLink, locale: LocaleConfig, t: Translate, pages: ReadonlyMap<string, SitePage>, config: SiteConfig): ResolvedLink | undefined {
  if ('href' in link) return { href: link.href, label: link.name, external: true, key: link.href };
  if ('type' in link) return { href: localizedPath(locale, { kind: 'type', type: link.type }), label: t(`postType.${link.type}.heading`), external: false, key: `type:${link.type}` };
  if ('feed' in link) return { href: localizedPath(locale, { kind: 'feed' }), label: t('theme.feed'), external: false, key: 'feed' };
  if ('route' in link) {
    const label = { home: t('nav.home'), tags: t('nav.tags'), dashboard: t('footer.dashboard') }[link.route];
    return { href: localizedPath(locale, { kind: link.route }), label, external: false, key: link.route };
  }
  const page = pages.get(link.page);
  if (!page) return undefined;
  const own = page.versions[locale.code];
  const version = own && !own.draft ? own : page.versions[page.sourceLocale];
  if (!version) return undefined;
  const lang = version === own ? undefined : getLocale(config, page.sourceLocale).lang;
  return { href: localizedPath(locale, { kind: 'page', slug: page.slug }), label: version.title, lang, external: false, key: `page:${page.slug}` };
}
