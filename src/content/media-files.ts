import { existsSync } from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import type { PageSource } from './site-pages.ts';
import { listSync } from './content-files.ts';

/** Files a post or page may link as `./name` next to its Markdown: images, audio, video, documents. */
export const MEDIA = /\.(png|jpe?g|gif|webp|avif|svg|ico|pdf|mp3|m4a|ogg|oga|wav|flac|mp4|m4v|webm|ogv|docx?|odt|xlsx?|ods|pptx?|odp|txt|csv|zip|epub)$/i;

// Real sites group posts a few levels deep (as content-files.ts reads them).
const MAX_DEPTH = 8;

/** A media file of a post or page, and the site folders (one per locale, without a leading slash) it is served from. */
export interface MediaFile {
  file: string;
  name: string;
  urlDirs: string[];
}

/**
 * Every media file in post folders (`content/posts/**`) and page folders
 * (`content/pages/<slug>`), with where the site serves it: next to its page in
 * every locale. What the build copies (src/site/post-media.ts) and what links are
 * checked against are this one list.
 * @example mediaFiles(root, config) // [{ file: '/site/content/posts/a/report.pdf', name: 'report.pdf', urlDirs: ['en/posts/a', 'zh/posts/a'] }]
 */
export function mediaFiles(root: string, config: SiteConfig): MediaFile[] {
  const found: MediaFile[] = [];
  const visit = (dir: string, urlOf: (slug: string) => string[], depth: number) => {
    if (depth > MAX_DEPTH || !existsSync(dir)) return;
    // A folder that cannot be listed holds no media the site can copy; reading content reports it.
    for (const entry of listSync(dir)) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) visit(path.join(dir, entry.name), urlOf, depth + 1);
      else if (depth > 0 && entry.isFile() && MEDIA.test(entry.name)) found.push({ file: path.join(dir, entry.name), name: entry.name, urlDirs: urlOf(path.basename(dir)) });
    }
  };
  visit(path.join(root, 'content/posts'), (slug) => config.locales.map((l) => `${l.path}/posts/${slug}`), 0);
  visit(path.join(root, 'content/pages'), (slug) => config.locales.map((l) => `${l.path}/${slug}`), 0);
  return found;
}

/** The media files of posts and pages, at each address the site serves them from. */
export const mediaPages: PageSource = function* ({ root, config }) {
  for (const media of mediaFiles(root, config)) for (const dir of media.urlDirs) yield [`/${dir}/${media.name}`, {}];
};
