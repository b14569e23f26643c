import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentValidationError, parseVersion, type ContentProblem, type PostVersion } from '../content/index.ts';

/**
 * Reads one language version's Markdown for pages that show it as written (the
 * side-by-side review, the bilingual view). The collection keeps rendered HTML only;
 * these few pages read the file itself. Paths are relative to the project root, which
 * is where Astro builds run.
 */
export function readVersionSource(file: string, locale: string): PostVersion {
  const problems: ContentProblem[] = [];
  const version = parseVersion(readFileSync(path.resolve(file), 'utf8'), file, locale, problems);
  // The build validated this file a moment ago; it changed since, so the build reports what is wrong now.
  if (!version) throw new ContentValidationError(problems);
  return version;
}
