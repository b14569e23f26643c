import { defineMiddleware } from 'astro:middleware';
import { siteConfig } from './config/site.ts';
import { useTranslations } from './i18n/site-i18n.ts';
import { getLocale, localeFromPath } from './i18n/urls.ts';

/** Gives every page its locale and a `t()` bound to it, so components never pick strings themselves. */
export const onRequest = defineMiddleware((context, next) => {
  const locale = localeFromPath(siteConfig, context.url.pathname) ?? getLocale(siteConfig, siteConfig.defaultLocale);
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale.code);
  return next();
});
