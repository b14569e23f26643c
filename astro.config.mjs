// @ts-check
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/config/site.ts';
import { readContent } from './src/content/read-content.ts';
import { sitemapOptions } from './src/content/sitemap.ts';

// Problems are reported by the content loader during the build; the sitemap only needs valid posts.
const { content } = await readContent({ root: fileURLToPath(new URL('.', import.meta.url)), config: siteConfig });

export default defineConfig({
  // Set SITE_URL to the public address when deploying: canonical links, feeds and the sitemap use it.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  integrations: [sitemap(sitemapOptions(content.posts, siteConfig))],
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-src 'none'"],
    },
  },
});
