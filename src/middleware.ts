import { defineMiddleware } from 'astro:middleware';
import { siteConfig } from './config/site.ts';
import { useTranslations } from './i18n/site-i18n.ts';
import { getLocale, localeFromPath } from './i18n/urls.ts';
import { streamSearchPage, wantsSearchPage } from './site/search-stream.ts';

/**
 * Gives every page its locale and a `t()` bound to it, so components never pick strings
 * themselves; while a build generates the pages, hands the search index the pages it is
 * waiting for (site/search-stream.ts).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const locale = localeFromPath(siteConfig, context.url.pathname) ?? getLocale(siteConfig, siteConfig.defaultLocale);
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale.code);
  if (!wantsSearchPage(context.url.pathname)) return next();
  const response = await next();
  // A copy: Astro writes the page from the response as it is.
  streamSearchPage(context.url.pathname, new Uint8Array(await response.clone().arrayBuffer()));
  return response;
});
