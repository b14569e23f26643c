import i18next, { type i18n as I18n } from 'i18next';
import type { LocaleConfig, SiteConfig } from '../config/schema.ts';
import { TandemError } from '../lib/errors.ts';
import { requiredKeysFor, type UIKey } from './ui-schema.ts';

/** Raw UI strings keyed by locale code, as read from `locales/<code>.json`. */
export type UIResources = Record<string, unknown>;

/** A translate function limited to known keys. Values are not HTML-escaped: Astro escapes on output. */
export type Translate = (key: UIKey, options?: Record<string, unknown>) => string;

/**
 * Thrown when a locale's strings file is missing, malformed, or lacks keys. The
 * strings cannot say what is wrong with themselves, so it carries English words.
 */
export class UIStringsError extends TandemError<'ui-strings'> {
  constructor(message: string, hint: string, file: string, position?: { line: number; column: number }) {
    super('ui-strings', { detail: message }, { file, ...position }, `${message}\n  → ${hint}`);
    this.name = 'UIStringsError';
  }
}

function validateStrings(locale: LocaleConfig, raw: unknown, postTypes: readonly string[]): Record<string, string> {
  const file = `locales/${locale.code}.json`;
  if (raw === undefined) {
    throw new UIStringsError(`No UI strings for locale "${locale.code}".`, `Create ${file} with every key the default locale has.`, file);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new UIStringsError('The file is not a JSON object of strings.', 'Write it as { "key": "text", … }.', file);
  }
  const strings = raw as Record<string, unknown>;
  const required = requiredKeysFor(locale.lang, postTypes);
  const missing = required.filter((key) => typeof strings[key] !== 'string' || strings[key] === '');
  const unknown = Object.keys(strings).filter((key) => !required.includes(key));
  if (missing.length > 0 || unknown.length > 0) {
    const parts = [
      missing.length > 0 ? `missing: ${missing.join(', ')}` : '',
      unknown.length > 0 ? `unknown: ${unknown.join(', ')}` : '',
    ].filter(Boolean);
    throw new UIStringsError(
      `UI strings for "${locale.code}" do not match the expected keys (${parts.join('; ')}).`,
      'Add the missing keys (translated) and remove or rename unknown ones; the list of keys is in src/i18n/ui-schema.ts.',
      file,
    );
  }
  return strings as Record<string, string>;
}

/**
 * Creates an i18next instance holding every configured locale's strings, after
 * checking each file has exactly the expected keys.
 */
export function createI18n(config: SiteConfig, resources: UIResources): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    initAsync: false,
    lng: config.defaultLocale,
    fallbackLng: false,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    resources: Object.fromEntries(
      config.locales.map((locale) => [locale.lang, { translation: validateStrings(locale, resources[locale.code], config.postTypes) }]),
    ),
  });
  return instance;
}

// Enough for every fixed string and the common interpolations of a large site; past it, calls go to i18next.
const MEMO_LIMIT = 20_000;

/**
 * What identifies a call's result: the key and its options, when every option is a
 * string or number (other values are passed on to i18next each time). Values are
 * written as JSON, so no text can pass for another option or a number.
 * @example callKey('a', { count: 2 }) // 'a\u0000count\u00002'
 * @example callKey('a', { when: new Date() }) // undefined
 */
export function callKey(key: string, options?: Record<string, unknown>): string | undefined {
  let id = key;
  for (const name in options) {
    const value = options[name];
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    id += `\0${name}\0${JSON.stringify(value)}`;
  }
  return id;
}

/**
 * Returns a typed translate function bound to one locale. The instance's strings never
 * change, and a build asks for the same strings on every one of thousands of pages, so
 * results are remembered rather than resolved by i18next again.
 */
export function translatorFor(instance: I18n, locale: LocaleConfig): Translate {
  const t = instance.getFixedT(locale.lang);
  const memo = new Map<string, string>();
  return (key, options) => {
    const id = callKey(key, options);
    const known = id === undefined ? undefined : memo.get(id);
    if (known !== undefined) return known;
    const text = t(key, options) as string;
    if (id !== undefined && memo.size < MEMO_LIMIT) memo.set(id, text);
    return text;
  };
}
