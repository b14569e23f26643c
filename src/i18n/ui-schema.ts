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
  'footer.dashboard',
  'dashboard.title',
  'dashboard.intro',
  'dashboard.coverage',
  'dashboard.coverageOf',
  'dashboard.upToDateSummary',
  'dashboard.stateCount',
  'dashboard.filters',
  'dashboard.filterState',
  'dashboard.filterLocale',
  'dashboard.sort',
  'dashboard.sortDate',
  'dashboard.sortWork',
  'dashboard.all',
  'dashboard.posts',
  'dashboard.colPost',
  'dashboard.colSource',
  'dashboard.colDate',
  'dashboard.colLocale',
  'dashboard.colState',
  'dashboard.colWork',
  'dashboard.colLinks',
  'dashboard.readSource',
  'dashboard.readTranslation',
  'dashboard.sourceFile',
  'dashboard.editTranslation',
  'dashboard.seeChanges',
  'dashboard.changesHeading',
  'dashboard.changesIntro',
  'dashboard.changesFor',
  'dashboard.before',
  'dashboard.after',
  'dashboard.noChanges',
  'dashboard.command',
  'dashboard.recordedAt',
  'status.missing',
  'status.draft',
  'status.review',
  'status.outdated',
  'status.up-to-date',
  'change.changed',
  'change.added',
  'change.removed',
  'change.moved',
  'change.field.title',
  'change.field.summary',
  'change.field.location',
  'change.field.updates',
  'change.field.body',
] as const;

/**
 * Keys whose wording depends on a count. A locale provides `<key>_<category>` for
 * every plural category its language has (`_one`/`_other` in English, `_other` in Chinese).
 */
export const pluralUiKeys = ['tags.count', 'dashboard.words', 'dashboard.characters'] as const;

export type UIKey = (typeof uiKeys)[number] | (typeof pluralUiKeys)[number];

/**
 * Lists the keys a locale's strings file must contain.
 * @example requiredKeysFor('zh-Hans').includes('tags.count_other') // true
 */
export function requiredKeysFor(lang: string): string[] {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return [...uiKeys, ...pluralUiKeys.flatMap((key) => categories.map((category) => `${key}_${category}`))];
}
