/**
 * The pages of a built site, as the steps after the build (search, `_headers`, the sitemap's
 * heads) walk them.
 * @module
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

// Deeper than any page a site has: the walk is bounded however the folders are linked.
const MAX_DEPTH = 32;

/**
 * The HTML files of a built site. Folders whose names start with a dot are left out: Astro's
 * `.prerender` scratch folder is deleted while search starts indexing (as soon as the pages are
 * written), and no page of the site lives in one. Synchronous: every page has a folder of its
 * own, and ~9,000 awaited listings take seven times as long as listing them in one go.
 */
export function htmlFiles(dir: string, depth = 0, found: string[] = []): string[] {
  if (depth > MAX_DEPTH) return found;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) htmlFiles(full, depth + 1, found);
    else if (entry.isFile() && entry.name.endsWith('.html')) found.push(full);
  }
  return found;
}
