/**
 * Every UI string the site uses. Each `locales/<code>.json` must provide all of
 * them: a missing or unknown key fails when the strings are loaded, never on a page.
 */
export const uiKeys = [
  'site.title',
  'site.tagline',
  'nav.label',
  'nav.home',
  'nav.tags',
  'nav.skipToContent',
  'switcher.label',
  'switcher.current',
  'switcher.untranslated',
  'switcher.draft',
  'home.heading',
  'post.published',
  'post.continueReading',
  'post.update',
  'post.tags',
  'post.event',
  'post.eventWhen',
  'post.eventWhere',
  'post.eventTime',
  'post.readingTime',
  'post.inLanguage',
  'post.footnotes',
  'post.footnoteBack',
  'fallback.untranslated',
  'fallback.draft',
  'fallback.viewOriginal',
  'outdated.notice',
  'outdated.viewOriginal',
  'pagination.label',
  'pagination.previous',
  'pagination.next',
  'pagination.status',
  'tags.heading',
  'tags.indexHeading',
  'notFound.title',
  'notFound.body',
  'notFound.home',
  'root.heading',
  'root.choose',
  'footer.about',
] as const;

/**
 * Keys whose wording depends on a count. A locale provides `<key>_<category>` for
 * every plural category its language has (`_one`/`_other` in English, `_other` in Chinese).
 */
export const pluralUiKeys = ['tags.count'] as const;

export type UIKey = (typeof uiKeys)[number] | (typeof pluralUiKeys)[number];

/**
 * Lists the keys a locale's strings file must contain.
 * @example requiredKeysFor('zh-Hans').includes('tags.count_other') // true
 */
export function requiredKeysFor(lang: string): string[] {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return [...uiKeys, ...pluralUiKeys.flatMap((key) => categories.map((category) => `${key}_${category}`))];
}
