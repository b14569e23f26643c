import type { SiteConfig } from '../config/schema.ts';
import type { PostAlias } from '../content/index.ts';
import { getLocale, localizedPath } from '../i18n/urls.ts';

/** Something with old addresses: a post or a static page, its versions' titles by locale. */
export interface AliasedItem {
  kind: 'post' | 'page';
  slug: string;
  sourceLocale: string;
  aliases: readonly PostAlias[];
  titles: Partial<Record<string, string>>;
}

/** One old address and where it leads now. */
export interface Redirect {
  /** The old address as written in `aliases:` (path, maybe a query). */
  from: string;
  /** Where the static redirect page for it is built, or undefined when a static file cannot answer it. */
  page: string | undefined;
  to: string;
  locale: string;
  title: string;
}

// `/?p=123`: the only kind of query a static site can answer, through the root page's script.
const ROOT_QUERY = /^\/\?([A-Za-z_][\w-]*)=([\w.-]+)$/;

/**
 * Where the redirect page for an old address is built: the address itself for a
 * path, `/-/<key>/<value>/` for a query on the home page (which the root page's
 * script sends readers to), none for other queries (left to `_redirects` and nginx).
 * @example redirectPage('/2021/02/old/') // '/2021/02/old/'
 * @example redirectPage('/?p=123') // '/-/p/123/'
 * @example redirectPage('/archive/?cat=4') // undefined
 */
export function redirectPage(from: string): string | undefined {
  const query = ROOT_QUERY.exec(from);
  if (query) return `/-/${query[1]}/${query[2]}/`;
  if (from.includes('?')) return undefined;
  let path = from;
  try {
    path = decodeURI(from);
  } catch {
    // Kept as written: the server will look it up the same way.
  }
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * Every old address of every item with its new address, in the locale the alias
 * names (or the item's source language). Items are listed in a stable order.
 */
export function redirectsOf(items: readonly AliasedItem[], config: SiteConfig): Redirect[] {
  return items.flatMap((item) =>
    item.aliases.map((alias) => {
      const locale = getLocale(config, alias.locale ?? item.sourceLocale);
      const to = item.kind === 'post' ? localizedPath(locale, { kind: 'post', slug: item.slug }) : `/${locale.path}/${item.slug}/`;
      const title = item.titles[locale.code] ?? item.titles[item.sourceLocale] ?? item.slug;
      return { from: alias.path, page: redirectPage(alias.path), to, locale: locale.code, title };
    }),
  );
}

/**
 * The query keys old home-page addresses use (`p`, `page_id`), for the root page's script.
 * @example queryKeys([{ from: '/?p=1' }, { from: '/a/' }]) // ['p']
 */
export function queryKeys(redirects: readonly Pick<Redirect, 'from'>[]): string[] {
  return [...new Set(redirects.flatMap((r) => ROOT_QUERY.exec(r.from)?.[1] ?? []))].sort();
}

/**
 * Wraps the root page's language chooser so that an old `/?p=123` address goes to
 * its redirect page instead; any other query (or none) goes on to the chooser.
 */
export function withQueryAliases(script: string, keys: readonly string[]): string {
  if (keys.length === 0) return script;
  const pattern = `^\\?(${keys.map((k) => k.replace(/[^\w-]/g, '')).join('|')})=([\\w.-]+)$`;
  return `(function(){var m=new RegExp(${JSON.stringify(pattern)}).exec(location.search);if(m){location.replace('/-/'+m[1]+'/'+m[2]+'/');return}${script}})();`;
}

const feedOf = (from: string) => (from.includes('?') ? undefined : `${from.replace(/\/?$/, '/')}feed/`);

/**
 * `_redirects` for Netlify and Cloudflare Pages: a permanent redirect per old
 * address, and per old post's feed (`…/feed/`). Addresses with one query parameter
 * use Netlify's query matching (`/ p=123 /en/posts/x/ 301`), which Cloudflare Pages ignores.
 */
export function netlifyRedirects(redirects: readonly Redirect[]): string {
  const lines = ['# Old addresses (aliases: in post.yaml and page.yaml), written by the build.'];
  for (const r of redirects) {
    const query = /^([^?]*)\?([\w-]+)=([^&=\s]+)$/.exec(r.from);
    if (query) lines.push(`${query[1]} ${query[2]}=${query[3]} ${r.to} 301`);
    else if (!r.from.includes('?')) {
      lines.push(`${r.from} ${r.to} 301`);
      lines.push(`${feedOf(r.from)} ${r.to} 301`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const nginxString = (value: string) => `"${value.replace(/["\\$]/g, (c) => `\\${c}`)}"`;

/**
 * An nginx `map` from the request URI (path and query) to the new address. Include it
 * in the `http` block and add to the `server` block:
 * `if ($tandem_redirect) { return 301 $tandem_redirect; }`
 */
export function nginxMap(redirects: readonly Redirect[]): string {
  const lines = [
    '# Old addresses (aliases: in post.yaml and page.yaml), written by the build.',
    '# In the http block: include this file. In the server block:',
    '#   if ($tandem_redirect) { return 301 $tandem_redirect; }',
    'map $request_uri $tandem_redirect {',
    '    default "";',
  ];
  const seen = new Set<string>();
  const add = (from: string, to: string) => {
    if (seen.has(from)) return;
    seen.add(from);
    lines.push(`    ${nginxString(from)} ${nginxString(to)};`);
  };
  for (const r of redirects) {
    add(r.from, r.to);
    // Browsers send percent-escapes in capitals; WordPress wrote them in lower case.
    add(r.from.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase()), r.to);
    if (r.from.includes('?')) continue;
    // The same address with and without its final slash, and the post's old feed.
    add(r.from.endsWith('/') ? r.from.slice(0, -1) || '/' : `${r.from}/`, r.to);
    add(feedOf(r.from) ?? r.from, r.to);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
