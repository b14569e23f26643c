import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseVersion, type PostVersion } from '../content/index.ts';
import { TandemError } from '../lib/errors.ts';

/**
 * Reads one language version's Markdown for pages that show it as written (the
 * side-by-side review, the bilingual view). The collection keeps rendered HTML only;
 * these few pages read the file itself. Paths are relative to the project root, which
 * is where Astro builds run.
 */
export function readVersionSource(file: string, locale: string): PostVersion {
  const version = parseVersion(readFileSync(path.resolve(file), 'utf8'), file, locale, []);
  if (!version) throw new TandemError('version-unreadable', `${file} could not be read as a post.`, 'Run `npm run tandem -- check` to see what is wrong with it.', { file });
  return version;
}
