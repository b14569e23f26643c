/** What the matcher needs to know of a locale. */
export interface MatchableLocale {
  code: string;
  lang: string;
}

/**
 * Picks the site locale that best fits a reader's language preferences, in their
 * order: an exact tag first, then the same language and script (so zh-CN finds
 * zh-Hans and zh-TW does not), then the same language. Self-contained on purpose:
 * the root page inlines its source as the browser-side chooser.
 * @example matchLocale(['zh-CN', 'en'], [{ code: 'en', lang: 'en-GB' }, { code: 'zh', lang: 'zh-Hans' }]) // 'zh'
 * @example matchLocale(['fr-FR'], [{ code: 'en', lang: 'en-GB' }]) // undefined
 */
export function matchLocale(preferences: readonly string[], locales: readonly MatchableLocale[]): string | undefined {
  const parse = (tag: string) => {
    try {
      const full = new Intl.Locale(tag).maximize();
      return { tag: tag.toLowerCase(), language: full.language, script: full.script };
    } catch {
      return undefined;
    }
  };
  const candidates = locales.map((locale) => ({ code: locale.code, parsed: parse(locale.lang) }));
  for (const preference of preferences) {
    const wanted = parse(preference);
    if (!wanted) continue;
    const exact = candidates.find((c) => c.parsed?.tag === wanted.tag);
    const sameScript = candidates.find((c) => c.parsed?.language === wanted.language && c.parsed.script === wanted.script);
    const sameLanguage = candidates.find((c) => c.parsed?.language === wanted.language);
    const found = exact ?? sameScript ?? sameLanguage;
    if (found) return found.code;
  }
  return undefined;
}
