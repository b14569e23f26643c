import { createReadStream } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../config/schema.ts';
import { MEDIA, mediaFiles } from '../content/index.ts';

const TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif', svg: 'image/svg+xml', pdf: 'application/pdf', mp3: 'audio/mpeg', mp4: 'video/mp4', webm: 'video/webm' };

/**
 * Serves the files a post links as `./photo.jpg` (imported media, for one) from its
 * page's address in every language: copied next to each built page, and answered by
 * the dev server from the post folder.
 */
export function postMedia(config: SiteConfig): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'tandem-post-media',
    hooks: {
      'astro:config:done': ({ config: astroConfig }) => {
        root = fileURLToPath(astroConfig.root);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const url = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
          if (!MEDIA.test(url)) return next();
          const match = mediaFiles(root, config).find((m) => m.urlDirs.some((dir) => url === `/${dir}/${m.name}`));
          if (!match) return next();
          response.setHeader('Content-Type', TYPES[path.extname(match.name).slice(1).toLowerCase()] ?? 'application/octet-stream');
          createReadStream(match.file).pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = mediaFiles(root, config);
        for (const media of files) {
          for (const urlDir of media.urlDirs) {
            await mkdir(path.join(out, urlDir), { recursive: true });
            await copyFile(media.file, path.join(out, urlDir, media.name));
          }
        }
        if (files.length > 0) logger.info(`${files.length} media files from post and page folders`);
      },
    },
  };
}
