import { mkdtemp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadTranslator } from '../../src/cli/language.ts';
import { siteConfig } from '../../src/config/site.ts';
import { describe, type Coded, type ErrorText } from '../../src/i18n/error-text.ts';

/** The repository root, for reading the real locales/ and content/. */
export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Reads every `locales/<code>.json` in a folder, keyed by code. */
export async function readLocaleFiles(dir = path.join(repoRoot, 'locales')): Promise<Record<string, unknown>> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json'));
  const entries = await Promise.all(names.map(async (name) => [name.slice(0, -5), JSON.parse(await readFile(path.join(dir, name), 'utf8'))] as const));
  return Object.fromEntries(entries);
}

/** Writes a tree of files (path → text or bytes) into a fresh temporary folder and returns its path. */
export async function writeTree(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'tandem-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

/** The default locale's translate function, as the CLI loads it. */
export const defaultT = await loadTranslator(siteConfig, siteConfig.defaultLocale);

/** A problem or error with its words in the default locale (title, message, hint), for assertions. */
export function inWords<P extends Coded>(coded: P): P & ErrorText {
  return { ...coded, ...describe(coded, defaultT) };
}
