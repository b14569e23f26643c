import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { jsonMistakeAt } from '../lib/json-mistake.ts';
import { UIStringsError, type UIResources } from './create-i18n.ts';
import type { PhraseLists } from './derived-locales.ts';

/**
 * Reads `locales/<code>.json` under `root` for every configured locale, for code that
 * runs outside Vite (the site itself inlines them with import.meta.glob). Derived
 * locales get their parent's strings converted (see deriveUIResources).
 * A missing file is left out, so `createI18n` reports it with its own clear error;
 * a file that is not JSON throws a UIStringsError naming it.
 * @example createI18n(siteConfig, await readUIResources(repoRoot, siteConfig))
 */
export async function readUIResources(root: string, config: SiteConfig): Promise<UIResources> {
  const entries = await Promise.all(
    config.locales.map(async ({ code, derivedFrom }) => {
      const file = `locales/${code}.json`;
      let text: string;
      try {
        text = await readFile(path.join(root, file), 'utf8');
      } catch (error) {
        // A derived locale's strings file is optional: it only overrides converted strings.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [code, derivedFrom === undefined ? undefined : {}] as const;
        throw new UIStringsError(`The file could not be read (${(error as Error).message}).`, 'Check that it is a readable file.', file);
      }
      try {
        return [code, JSON.parse(text) as unknown] as const;
      } catch (error) {
        throw new UIStringsError(`The file is not valid JSON (${(error as Error).message}).`, 'Correct its syntax: one object of "key": "text" pairs.', file, jsonMistakeAt(text));
      }
    }),
  );
  const resources = Object.fromEntries(entries.filter(([, strings]) => strings !== undefined));
  // The converter and the YAML parser (some seventy modules) load only for a derived locale: the CLI reads one only when it speaks it.
  if (!config.locales.some((locale) => locale.derivedFrom !== undefined)) return resources;
  const { deriveUIResources } = await import('./derived-locales.ts');
  return deriveUIResources(config, resources, await readPhraseLists(root, config));
}

/** Reads the phrase list of every derived locale that has one (`locales/<code>.phrases.yaml`). */
export async function readPhraseLists(root: string, config: SiteConfig): Promise<PhraseLists> {
  const { parsePhrases, phraseFile } = await import('./convert-script.ts');
  const lists = await Promise.all(
    config.locales
      .filter((locale) => locale.derivedFrom !== undefined)
      .map(async (locale) => {
        const file = phraseFile(locale);
        const text = await readFile(path.join(root, file), 'utf8').catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return '';
          throw new UIStringsError(`The file could not be read (${error.message}).`, 'Check that it is a readable file.', file);
        });
        return [locale.code, parsePhrases(text, file)] as const;
      }),
  );
  return Object.fromEntries(lists);
}
