import { siteConfig } from '../config/site.ts';
import { createI18n, translatorFor, type Translate } from './create-i18n.ts';
import { parsePhrases } from './convert-script.ts';
import { deriveUIResources, type PhraseLists } from './derived-locales.ts';
import { getLocale } from './urls.ts';

// Vite inlines every locales/*.json and phrase list at build time, so a new locale needs no import here.
const files = import.meta.glob<unknown>('/locales/*.json', { eager: true, import: 'default' });
const phraseFiles = import.meta.glob<string>('/locales/*.phrases.yaml', { eager: true, import: 'default', query: '?raw' });
/** The UI strings and phrase lists as written, for what must change when they do (incremental-build keys). */
export const uiSources = { strings: files, phrases: phraseFiles };
const resources = Object.fromEntries(Object.entries(files).map(([file, strings]) => [file.replace(/^.*\/(.+)\.json$/, '$1'), strings]));

/** Each derived locale's phrase list, as written in locales/<code>.phrases.yaml. */
export const phraseLists: PhraseLists = Object.fromEntries(
  Object.entries(phraseFiles).map(([file, text]) => [file.replace(/^.*\/(.+)\.phrases\.yaml$/, '$1'), parsePhrases(text, file.slice(1))]),
);

const instance = createI18n(siteConfig, deriveUIResources(siteConfig, resources, phraseLists));

// One per locale, so what each has translated is remembered across pages (see translatorFor).
const translators = new Map<string, Translate>();

/** The site's translate function for a locale code. */
export function useTranslations(code: string): Translate {
  let t = translators.get(code);
  if (!t) {
    t = translatorFor(instance, getLocale(siteConfig, code));
    translators.set(code, t);
  }
  return t;
}
