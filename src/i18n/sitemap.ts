import { readFile } from 'node:fs/promises';
import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';

/**
 * Reads what a built page says of itself: whether it may be indexed, and its hreflang
 * alternates. The sitemap copies the pages' own head, so it can never disagree with them.
 * @example pageHead('<head><meta name="robots" content="noindex"></head>') // { noindex: true, alternates: [] }
 */
export function pageHead(html: string): { noindex: boolean; alternates: { lang: string; url: string }[] } {
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
 * language alternates its head declares — only versions that really exist.
 */
export function sitemapOptions(outDir: URL): SitemapOptions {
  return {
    async serialize(item: SitemapItem) {
      const { pathname } = new URL(item.url);
      const file = new URL(`.${pathname}${pathname.endsWith('/') ? 'index.html' : ''}`, outDir);
      const html = await readFile(file, 'utf8').catch(() => undefined);
      if (html === undefined) return item;
      const { noindex, alternates } = pageHead(html);
      if (noindex) return undefined;
      return { ...item, links: alternates.length > 1 ? alternates : undefined };
    },
  };
}
