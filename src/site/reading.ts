import type { LocaleConfig } from '../config/schema.ts';
import { siteConfig } from '../config/site.ts';
import { languageLinks, type LanguageLink } from '../i18n/language-links.ts';
import { getLocale, localizedPath, type Route } from '../i18n/urls.ts';
import type { TranslationStatus } from '../translation/index.ts';
import type { SitePost } from './loader.ts';
import type { AnnouncedPage } from './search-stream.ts';
import { availabilityOf, viewOf, type PostView } from './views.ts';

/** What a post's or static page's reading page in one locale shows, and how it links to the others. */
export interface Reading {
  view: PostView;
  /** The locale of the text shown (the original's, on a fallback page). */
  shown: LocaleConfig;
  /** This locale's translation status (its parent's, for a converted version), absent on the original's own page. */
  status?: TranslationStatus | undefined;
  /** The locale a converted (derived) version was made from, and its page. */
  parent?: { locale: LocaleConfig; href: string } | undefined;
  source: LocaleConfig;
  sourceHref: string;
  links: LanguageLink[];
}

/** Picks the version a locale's readers get and the notices and switcher entries around it. */
export function readingOf(doc: Pick<SitePost, 'slug' | 'dir' | 'sourceLocale' | 'versions' | 'translations'>, locale: LocaleConfig, route: Extract<Route, { kind: 'post' | 'page' }>): Reading {
  const view = viewOf(doc, locale.code);
  const source = getLocale(siteConfig, doc.sourceLocale);
  // A converted page is as current as the version it was converted from.
  const from = view.kind === 'version' && view.version.derivedFrom !== undefined ? getLocale(siteConfig, view.version.derivedFrom) : undefined;
  return {
    view,
    shown: getLocale(siteConfig, view.version.locale),
    status: doc.translations.find((record) => record.locale === (from?.code ?? locale.code)),
    parent: from && { locale: from, href: localizedPath(from, route) },
    source,
    sourceHref: localizedPath(source, route),
    // Every locale has a reading page for every post and page: a missing version's is the original under a notice.
    links: languageLinks(siteConfig, locale.code, route, (code) => availabilityOf(doc, code), { fallbacks: true }),
  };
}

/**
 * A reading page as search sees it, when search indexes it: a locale's own published
 * version (the page's view is `version`), never the original shown under a notice. Routes
 * announce these pages to the search stream (search-stream.ts) before they are generated.
 */
export function searchPageOf(doc: Pick<SitePost, 'slug' | 'dir' | 'sourceLocale' | 'versions'>, locale: LocaleConfig, kind: 'post' | 'page'): AnnouncedPage | undefined {
  if (availabilityOf(doc, locale.code) !== 'published') return undefined;
  return { path: localizedPath(locale, { kind, slug: doc.slug }), lang: locale.lang };
}
