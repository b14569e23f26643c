// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { sitemapOptions } from './src/i18n/sitemap.ts';
import { siteConfig } from './src/config/site.ts';
import { postMedia } from './src/site/post-media.ts';
import { tandemSite } from './src/site/integration.ts';
import { searchIndex } from './src/site/search-index.ts';

const outDir = new URL('./dist/', import.meta.url);

export default defineConfig({
  // Set SITE_URL to the public address when deploying: canonical links, feeds and the sitemap use it.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  outDir: outDir.pathname,
  // 'ignore' lets `astro preview` (npm start) serve /en/posts/x as well as /en/posts/x/; every link the site writes ends in a slash.
  trailingSlash: 'ignore',
  // The stylesheet every page shares is one file the browser caches, not 5 KB repeated in every page.
  // Four pages at a time: generating a page is mostly waiting for its folder and file to be
  // written (and Astro's copy of it), which one at a time left a core idle (2,000 posts: the
  // pages phase 27.6 s → 18.4 s at the same CPU time; 8 at a time gained nothing more).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  // searchIndex() runs Pagefind after the build; remove it to publish without search.
  integrations: [tandemSite(siteConfig), sitemap(sitemapOptions(outDir)), postMedia(siteConfig), searchIndex()],
  vite: {
    build: {
      // Scripts stay files the browser caches (allowed by script-src 'self'): inlined, each would be
      // bytes in every page and a hash its Content-Security-Policy must list. Other assets as Vite decides.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
  // A rebuild copies every page whose key (src/site/page-keys.ts) and code are unchanged from
  // the previous build instead of rendering it again.
  experimental: { incrementalBuild: true },
  // No security.csp: Astro's would list every script hash of the whole site on every page. Each
  // page writes its own policy (src/site/content-policy.ts), which _headers unions (src/site/integration.ts).
});
