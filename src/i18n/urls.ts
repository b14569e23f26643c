import type { LocaleConfig, SiteConfig } from '../config/schema.ts';
import { TandemError } from '../lib/errors.ts';

/** A page of the site, independent of its language. */
export type Route =
  | { kind: 'home'; page?: number }
  | { kind: 'post'; slug: string }
  | { kind: 'page'; slug: string }
  | { kind: 'type'; type: string; page?: number }
  | { kind: 'feed' }
  | { kind: 'tags' }
  | { kind: 'tag'; tag: string }
  | { kind: 'not-found' }
  /** The translation dashboard: every translation, or one state's (`state`), page by page. */
  | { kind: 'dashboard'; state?: string; page?: number }
  /** The side-by-side review of one post's translation into the page's locale. */
  | { kind: 'review'; slug: string }
  /** A post's bilingual reading view (opt-in: `bilingual` in the site config). */
  | { kind: 'bilingual'; slug: string }
  | { kind: 'search'; query?: string };

/**
 * First URL segments after the locale that the site's own routes use, so a static page
 * (`/<locale>/<slug>/`) may not take them; listing pages (`/<locale>/2/`) take numbers.
 */
export const RESERVED_SEGMENTS: readonly string[] = ['posts', 'tags', 'types', 'translations', 'search', 'review', '404', 'rss.xml'];

/**
 * Whether a static page may use a slug as its URL segment.
 * @example isReservedSegment('tags') // true
 * @example isReservedSegment('2') // true: listing pages use numbers
 * @example isReservedSegment('about') // false
 */
export function isReservedSegment(slug: string): boolean {
  return RESERVED_SEGMENTS.includes(slug) || /^\d+$/.test(slug);
}

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
 * @example localizedPath(locale('zh'), { kind: 'type', type: 'event', page: 2 }) // '/zh/types/event/2/'
 * @example localizedPath(locale('en'), { kind: 'page', slug: 'about' }) // '/en/about/'
 * @example localizedPath(locale('zh'), { kind: 'search', query: '团结' }) // '/zh/search/?q=%E5%9B%A2%E7%BB%93'
 */
export function localizedPath(locale: LocaleConfig, route: Route): string {
  const prefix = `/${locale.path}/`;
  switch (route.kind) {
    case 'home':
      return route.page && route.page > 1 ? `${prefix}${route.page}/` : prefix;
    case 'post':
      return `${prefix}posts/${encodeURIComponent(route.slug)}/`;
    case 'page':
      return `${prefix}${encodeURIComponent(route.slug)}/`;
    case 'type':
      return `${prefix}types/${encodeURIComponent(route.type)}/${route.page && route.page > 1 ? `${route.page}/` : ''}`;
    case 'feed':
      return `${prefix}rss.xml`;
    case 'tags':
      return `${prefix}tags/`;
    case 'tag':
      return `${prefix}tags/${encodeURIComponent(route.tag)}/`;
    case 'not-found':
      return `${prefix}404/`;
    case 'dashboard': {
      const list = `${prefix}translations/${route.state ? `${route.state}/` : ''}`;
      return route.page && route.page > 1 ? `${list}${route.page}/` : list;
    }
    case 'review':
      return `${prefix}translations/compare/${encodeURIComponent(route.slug)}/`;
    case 'bilingual':
      return `${prefix}posts/${encodeURIComponent(route.slug)}/bilingual/`;
    case 'search':
      return route.query ? `${prefix}search/?q=${encodeURIComponent(route.query)}` : `${prefix}search/`;
  }
}

/**
 * The fragment id of a translation's entry on the dashboard, for links from the CLI and reviews.
 * A static page's entry has its own prefix, as a page may share a post's slug.
 * @example translationAnchor({ slug: 'soas-vote', locale: 'zh' }) // 't-soas-vote-zh'
 * @example translationAnchor({ slug: 'about', locale: 'zh', kind: 'page' }) // 'p-about-zh'
 */
export function translationAnchor(record: { slug: string; locale: string; kind?: 'page' | undefined }): string {
  return `${record.kind === 'page' ? 'p' : 't'}-${record.slug}-${record.locale}`;
}

/**
 * Links to a file in the configured repository, to read it or to edit it in the browser.
 * GitHub, GitLab and Gitea share the `blob`/`edit` path scheme.
 * @example repositoryFileUrl({ url: 'https://github.com/o/r', branch: 'main' }, 'content/posts/a/en.md') // 'https://github.com/o/r/blob/main/content/posts/a/en.md'
 */
export function repositoryFileUrl(repository: { url: string; branch: string }, file: string, action: 'blob' | 'edit' = 'blob'): string {
  return `${repository.url.replace(/\/+$/, '')}/${action}/${encodeURIComponent(repository.branch)}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/** Longest editor link offered: beyond this, hosts and browsers start refusing URLs. */
export const MAX_EDITOR_URL = 8000;

/**
 * Opens the repository's web editor on a new file pre-filled with `text` (GitHub's
 * `new/<branch>?filename=&value=`, GitLab's `-/new/<branch>?file_name=&content=`), or
 * undefined when the link would be longer than MAX_EDITOR_URL.
 * @example repositoryNewFileUrl({ url: 'https://github.com/o/r', branch: 'main' }, 'content/posts/a/zh.md', 'x') // 'https://github.com/o/r/new/main?filename=content%2Fposts%2Fa%2Fzh.md&value=x'
 */
export function repositoryNewFileUrl(repository: { url: string; branch: string }, file: string, text: string): string | undefined {
  const base = repository.url.replace(/\/+$/, '');
  const gitlab = new URL(base).hostname.includes('gitlab');
  const [path, name, value] = gitlab ? ['-/new', 'file_name', 'content'] : ['new', 'filename', 'value'];
  const url = `${base}/${path}/${encodeURIComponent(repository.branch)}?${name}=${encodeURIComponent(file)}&${value}=${encodeURIComponent(text)}`;
  return url.length <= MAX_EDITOR_URL ? url : undefined;
}
