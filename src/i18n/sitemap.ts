import { readFile } from 'node:fs/promises';
import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';
import { siteConfig } from '../config/site.ts';
import { getLocale } from './urls.ts';

/** What a page's head says of it, as far as the sitemap is concerned. */
export interface PageHead {
  noindex: boolean;
  /** Its hreflang alternates (x-default left out), absolute URLs. */
  alternates: { lang: string; url: string }[];
}

// Pages render from Astro's bundled copy of this module, the sitemap runs from
// the config's: the process-wide registry is what both see.
const HEADS = Symbol.for('tandem.sitemap.page-heads');

function heads(): Map<string, PageHead> {
  const scope = globalThis as { [HEADS]?: Map<string, PageHead> };
  return (scope[HEADS] ??= new Map());
}

/**
 * Records, as a page renders, what its head declares (from the same values the
 * layout writes with i18n/head.ts), so the sitemap need not read the page back.
 * @example recordPageHead('/en/posts/a/', { noindex: false, alternates: [{ lang: 'en-GB', url: 'https://x/en/posts/a/' }] })
 */
export function recordPageHead(pathname: string, head: PageHead): void {
  heads().set(pathname, head);
}

/**
 * Whether the page at `pathname` recorded its head as it rendered (a page an incremental
 * build reused did not: its head is read back from the built page).
 * @example hasPageHead('/en/posts/a/') // true once recordPageHead('/en/posts/a/', …) ran
 */
export function hasPageHead(pathname: string): boolean {
  return heads().has(pathname);
}

// In a page's language switcher (components/LanguageSwitcher.astro), in locale order: a real version
// is a link with hreflang, the page itself the entry marked current; a missing version has no hreflang.
const SWITCHER = /<nav class="language-switcher"[\s\S]*?<\/nav>/;
const SWITCHER_ENTRY = /<a href="([^"]+)" hreflang="([^"]+)"|<span aria-current="page" lang="([^"]+)"/g;

/**
 * Reads what a built page says of itself: whether it may be indexed, and its language versions:
 * the hreflang links of its head where it has them (the root page), else what its language
 * switcher links to as real versions, with itself (its canonical address) among them. The
 * sitemap copies the pages' own markup, so it can never disagree with them.
 * @example pageHead('<head><meta name="robots" content="noindex"></head>') // { noindex: true, alternates: [] }
 * @example pageHead('<html lang="en-GB"><head><link rel="canonical" href="https://x/en/a/"></head><body><nav class="language-switcher"><span aria-current="page" lang="en-GB">EN</span><a href="/zh/a/" hreflang="zh-Hans">简体</a></nav>')
 * // { noindex: false, alternates: [{ lang: 'en-GB', url: 'https://x/en/a/' }, { lang: 'zh-Hans', url: 'https://x/zh/a/' }] }
 */
export function pageHead(html: string): PageHead {
  const head = html.slice(0, html.indexOf('</head>') + 1 || undefined);
  const noindex = /<meta name="robots" content="[^"]*noindex/.test(head);
  const linked = Array.from(head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g), ([, lang = '', url = '']) => ({ lang, url })).filter(
    (alternate) => alternate.lang !== 'x-default',
  );
  const canonical = /<link rel="canonical" href="([^"]+)">/.exec(head)?.[1];
  const switcher = SWITCHER.exec(html)?.[0];
  if (linked.length > 0 || noindex || canonical === undefined || switcher === undefined) return { noindex, alternates: linked };
  const alternates = Array.from(switcher.matchAll(SWITCHER_ENTRY), ([, href, lang, current]) =>
    current === undefined ? { lang: lang ?? '', url: new URL(href ?? '', canonical).href } : { lang: current, url: canonical },
  );
  return { noindex, alternates };
}

/**
 * A page's sitemap links: its versions, and x-default, for readers of no listed language, at the
 * default locale's version where there is one.
 * @example withDefault([{ lang: 'en-GB', url: 'https://x/en/a/' }, { lang: 'zh-Hans', url: 'https://x/zh/a/' }], 'en-GB')
 * // [{ lang: 'en-GB', url: 'https://x/en/a/' }, { lang: 'zh-Hans', url: 'https://x/zh/a/' }, { lang: 'x-default', url: 'https://x/en/a/' }]
 */
export function withDefault(alternates: PageHead['alternates'], defaultLang: string): PageHead['alternates'] {
  const preferred = alternates.find((alternate) => alternate.lang === defaultLang);
  return preferred ? [...alternates, { lang: 'x-default', url: preferred.url }] : alternates;
}

/**
 * Options for @astrojs/sitemap built from the generated pages themselves: pages marked
 * `noindex` (fallback copies, 404s, the dashboard) are left out, and each page lists its
 * language versions — only versions that really exist — and x-default. The sitemap is where
 * pages declare their versions to search engines (Google and Yandex read hreflang there as in a
 * head), not a list of links in every page's head. What each
 * page recorded as it rendered is used, or what the build's end recorded for it from the built
 * page (integration.ts reads every page's head once); a page that recorded nothing is read back.
 */
export function sitemapOptions(outDir: URL): SitemapOptions {
  const defaultLang = getLocale(siteConfig, siteConfig.defaultLocale).lang;
  return {
    async serialize(item: SitemapItem) {
      const { pathname } = new URL(item.url);
      const recorded = heads().get(pathname);
      const file = new URL(`.${pathname}${pathname.endsWith('/') ? 'index.html' : ''}`, outDir);
      const html = recorded ? undefined : await readFile(file, 'utf8').catch(() => undefined);
      if (!recorded && html === undefined) return item;
      const { noindex, alternates } = recorded ?? pageHead(html ?? '');
      if (noindex) return undefined;
      return { ...item, links: alternates.length > 1 ? withDefault(alternates, defaultLang) : undefined };
    },
  };
}
