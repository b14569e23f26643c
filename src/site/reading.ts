import type { LocaleConfig } from '../config/schema.ts';
import { siteConfig } from '../config/site.ts';
import { languageLinks, type LanguageLink } from '../i18n/language-links.ts';
import { getLocale, localizedPath, type Route } from '../i18n/urls.ts';
import type { TranslationStatus } from '../translation/index.ts';
import type { SitePost } from './loader.ts';
import { availabilityOf, viewOf, type PostView } from './views.ts';

/** What a post's or static page's reading page in one locale shows, and how it links to the others. */
export interface Reading {
  view: PostView;
  /** The locale of the text shown (the original's, on a fallback page). */
  shown: LocaleConfig;
  /** This locale's translation status, absent on the original's own page. */
  status?: TranslationStatus | undefined;
  source: LocaleConfig;
  sourceHref: string;
  links: LanguageLink[];
}

/** Picks the version a locale's readers get and the notices and switcher entries around it. */
export function readingOf(doc: Pick<SitePost, 'slug' | 'dir' | 'sourceLocale' | 'versions' | 'translations'>, locale: LocaleConfig, route: Extract<Route, { kind: 'post' | 'page' }>): Reading {
  const view = viewOf(doc, locale.code);
  const source = getLocale(siteConfig, doc.sourceLocale);
  return {
    view,
    shown: getLocale(siteConfig, view.version.locale),
    status: doc.translations.find((record) => record.locale === locale.code),
    source,
    sourceHref: localizedPath(source, route),
    links: languageLinks(siteConfig, locale.code, route, (code) => availabilityOf(doc, code)),
  };
}
