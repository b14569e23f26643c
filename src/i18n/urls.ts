import type { LocaleConfig, SiteConfig } from '../config/schema.ts';
import { TandemError } from '../lib/errors.ts';

/** A page of the site, independent of its language. */
export type Route =
  | { kind: 'home'; page?: number }
  | { kind: 'post'; slug: string }
  | { kind: 'tags' }
  | { kind: 'tag'; tag: string }
  | { kind: 'not-found' }
  | { kind: 'dashboard' };

/**
 * Finds a locale by code, throwing a clear error for an unknown one.
 * @example getLocale(siteConfig, 'en').path // 'en'
 */
export function getLocale(config: SiteConfig, code: string): LocaleConfig {
  const locale = config.locales.find((l) => l.code === code);
  if (!locale) {
    throw new TandemError('unknown-locale', { code, codes: config.locales.map((l) => l.code) });
  }
  return locale;
}

/**
 * Finds the locale whose URL segment starts a pathname.
 * @example localeFromPath(siteConfig, '/zh/posts/x/')?.code // 'zh'
 * @example localeFromPath(siteConfig, '/') // undefined
 */
export function localeFromPath(config: SiteConfig, pathname: string): LocaleConfig | undefined {
  const segment = pathname.split('/').find(Boolean);
  return config.locales.find((l) => l.path === segment);
}

/**
 * Builds the URL of a route in one locale. URLs always end in a slash, matching
 * the directory-style files Astro writes, so static hosts serve them without redirects.
 * @example localizedPath(locale('zh'), { kind: 'post', slug: 'soas-vote' }) // '/zh/posts/soas-vote/'
 * @example localizedPath(locale('en'), { kind: 'home', page: 2 }) // '/en/2/'
 * @example localizedPath(locale('en'), { kind: 'tag', tag: 'students' }) // '/en/tags/students/'
 */
export function localizedPath(locale: LocaleConfig, route: Route): string {
  const prefix = `/${locale.path}/`;
  switch (route.kind) {
    case 'home':
      return route.page && route.page > 1 ? `${prefix}${route.page}/` : prefix;
    case 'post':
      return `${prefix}posts/${encodeURIComponent(route.slug)}/`;
    case 'tags':
      return `${prefix}tags/`;
    case 'tag':
      return `${prefix}tags/${encodeURIComponent(route.tag)}/`;
    case 'not-found':
      return `${prefix}404/`;
    case 'dashboard':
      return `${prefix}translations/`;
  }
}

/**
 * Links to a file in the configured repository, to read it or to edit it in the browser.
 * GitHub, GitLab and Gitea share the `blob`/`edit` path scheme.
 * @example repositoryFileUrl({ url: 'https://github.com/o/r', branch: 'main' }, 'content/posts/a/en.md') // 'https://github.com/o/r/blob/main/content/posts/a/en.md'
 */
export function repositoryFileUrl(repository: { url: string; branch: string }, file: string, action: 'blob' | 'edit' = 'blob'): string {
  return `${repository.url.replace(/\/+$/, '')}/${action}/${encodeURIComponent(repository.branch)}/${file.split('/').map(encodeURIComponent).join('/')}`;
}
