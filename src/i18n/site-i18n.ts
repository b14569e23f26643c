import { siteConfig } from '../config/site.ts';
import { createI18n, translatorFor, type Translate } from './create-i18n.ts';
import { getLocale } from './urls.ts';

// Vite inlines every locales/*.json at build time, so a new locale needs no import here.
const files = import.meta.glob<unknown>('/locales/*.json', { eager: true, import: 'default' });
const resources = Object.fromEntries(
  Object.entries(files).map(([file, strings]) => [file.replace(/^.*\/(.+)\.json$/, '$1'), strings]),
);

const instance = createI18n(siteConfig, resources);

/** The site's translate function for a locale code. */
export function useTranslations(code: string): Translate {
  return translatorFor(instance, getLocale(siteConfig, code));
}
