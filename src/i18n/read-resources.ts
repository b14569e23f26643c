import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { UIStringsError, type UIResources } from './create-i18n.ts';

/**
 * Reads `locales/<code>.json` under `root` for every configured locale, for code that
 * runs outside Vite (the site itself inlines them with import.meta.glob).
 * A missing file is left out, so `createI18n` reports it with its own clear error;
 * a file that is not JSON throws a UIStringsError naming it.
 * @example createI18n(siteConfig, await readUIResources(repoRoot, siteConfig))
 */
export async function readUIResources(root: string, config: SiteConfig): Promise<UIResources> {
  const entries = await Promise.all(
    config.locales.map(async ({ code }) => {
      const file = `locales/${code}.json`;
      let text: string;
      try {
        text = await readFile(path.join(root, file), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [code, undefined] as const;
        throw new UIStringsError(`The file could not be read (${(error as Error).message}).`, 'Check that it is a readable file.', file);
      }
      try {
        return [code, JSON.parse(text) as unknown] as const;
      } catch (error) {
        throw new UIStringsError(`The file is not valid JSON (${(error as Error).message}).`, 'Correct its syntax: one object of "key": "text" pairs.', file);
      }
    }),
  );
  return Object.fromEntries(entries.filter(([, strings]) => strings !== undefined));
}
