import type { SitemapOptions } from '@astrojs/sitemap';
import type { SiteConfig } from '../config/schema.ts';
import { routeFromPath, localizedPath } from '../i18n/urls.ts';
import type { Post } from './model.ts';

/**
 * Options for @astrojs/sitemap that list only real pages (no fallback copies, 404s or
 * unlisted pages) and give each its language alternates — only versions that exist.
 */
export function sitemapOptions(posts: readonly Post[], config: SiteConfig): SitemapOptions {
  const published = new Map(posts.map((post) => [post.slug, config.locales.filter((l) => post.versions[l.code] && !post.versions[l.code]?.draft)]));
  const localesOf = (pathname: string) => {
    const found = routeFromPath(config, pathname);
    if (!found || found.route.kind === 'not-found') return undefined;
    const route = found.route;
    const locales = route.kind === 'post' ? (published.get(route.slug) ?? []) : config.locales;
    if (!locales.some((l) => l.code === found.locale.code)) return undefined;
    return locales.map((locale) => ({ lang: locale.lang, url: localizedPath(locale, route) }));
  };
  return {
    filter: (page) => localesOf(new URL(page).pathname) !== undefined,
    serialize(item) {
      const url = new URL(item.url);
      const alternates = localesOf(url.pathname) ?? [];
      return { ...item, links: alternates.length > 1 ? alternates.map((a) => ({ lang: a.lang, url: new URL(a.url, url).href })) : undefined };
    },
  };
}
