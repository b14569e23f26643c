import { readFile } from 'node:fs/promises';
import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';

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

/**
 * Reads what a built page says of itself: whether it may be indexed, and its hreflang
 * alternates. The sitemap copies the pages' own head, so it can never disagree with them.
 * @example pageHead('<head><meta name="robots" content="noindex"></head>') // { noindex: true, alternates: [] }
 */
export function pageHead(html: string): PageHead {
  const head = html.slice(0, html.indexOf('</head>') + 1 || undefined);
  const noindex = /<meta name="robots" content="[^"]*noindex/.test(head);
  const alternates = Array.from(head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g), ([, lang = '', url = '']) => ({ lang, url })).filter(
    (alternate) => alternate.lang !== 'x-default',
  );
  return { noindex, alternates };
}

/**
 * Options for @astrojs/sitemap built from the generated pages themselves: pages marked
 * `noindex` (fallback copies, 404s, the dashboard) are left out, and each page lists the
 * language alternates its head declares — only versions that really exist. What each
 * page recorded as it rendered is used, or what the build's end recorded for it from the built
 * page (integration.ts reads every page's head once); a page that recorded nothing is read back.
 */
export function sitemapOptions(outDir: URL): SitemapOptions {
  return {
    async serialize(item: SitemapItem) {
      const { pathname } = new URL(item.url);
      const recorded = heads().get(pathname);
      const file = new URL(`.${pathname}${pathname.endsWith('/') ? 'index.html' : ''}`, outDir);
      const html = recorded ? undefined : await readFile(file, 'utf8').catch(() => undefined);
      if (!recorded && html === undefined) return item;
      const { noindex, alternates } = recorded ?? pageHead(html ?? '');
      if (noindex) return undefined;
      return { ...item, links: alternates.length > 1 ? alternates : undefined };
    },
  };
}
