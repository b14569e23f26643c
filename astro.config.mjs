// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Zero third-party requests: nothing here loads fonts or scripts from other origins.
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
