/**
 * The code a post's status records are computed by, as one key: Tandem's own
 * sources that read and judge content, the packages installed, and Node's ICU
 * and time-zone data. Records kept under another key are computed again.
 * @module
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteConfig } from '../config/schema.ts';
import { TAGS_FILE } from '../content/content-files.ts';
import { pipelineVersionKey } from '../pipeline/version-key.ts';

// What the records of a post can depend on besides its folder: the code that reads and judges it.
const SOURCE_DIRS = ['content', 'translation', 'config', 'i18n', 'lib', 'pipeline'];
const PACKAGES = ['yaml', 'zod'];

/**
 * What is installed: npm's own record of node_modules (`.package-lock.json`,
 * rewritten by every install, so any package's version changes it), found as
 * Node finds packages; else the versions of the pipeline's packages and of
 * those status uses, read from each one's package.json (slower).
 */
function installedKey(src: string): string {
  for (let dir = src; ; dir = path.dirname(dir)) {
    try {
      return readFileSync(path.join(dir, 'node_modules', '.package-lock.json'), 'utf8');
    } catch {
      // Not here: look further up.
    }
    if (path.dirname(dir) === dir) break;
  }
  const require = createRequire(import.meta.url);
  return [pipelineVersionKey(), ...PACKAGES.map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`)].join('\n');
}

/** The key of the code that computes status records (see the module). */
function statusCodeKey(): string {
  const src = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const hash = createHash('sha256').update(installedKey(src));
  for (const dir of SOURCE_DIRS) {
    for (const name of readdirSync(path.join(src, dir)).filter((n) => n.endsWith('.ts')).sort()) hash.update(name).update(readFileSync(path.join(src, dir, name)));
  }
  // Word counts and time zones come from Node's ICU.
  return hash.update(`${process.version} ${process.versions.icu} ${process.versions.tz}`).digest('hex');
}

/**
 * What every status record kept for a project depends on besides its post's folder: this code,
 * the site's configuration and `content/tags.yaml` (which decides whether a post's tags are valid).
 */
export function statusCacheVersion(root: string, config: SiteConfig): string {
  let tags = '';
  try {
    tags = readFileSync(path.join(root, TAGS_FILE), 'utf8');
  } catch {
    // No tags file: the key says so by its empty text.
  }
  return createHash('sha256').update(statusCodeKey()).update(JSON.stringify(config)).update(tags).digest('hex');
}
