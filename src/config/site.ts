import { defineSiteConfig } from './schema.ts';

/**
 * The one place that names the site's locales. Adding a language means adding an
 * entry here, a `locales/<code>.json` file with the UI strings, and content files.
 */
export const siteConfig = defineSiteConfig({
  defaultLocale: 'en',
  locales: [
    { code: 'en', path: 'en', lang: 'en-GB', label: 'English', dir: 'ltr', dateLocale: 'en-GB', countBy: 'words' },
    { code: 'zh', path: 'zh', lang: 'zh-Hans', label: '中文', dir: 'ltr', dateLocale: 'zh-Hans-CN', countBy: 'characters' },
  ],
  postsPerPage: 6,
  excerptLength: { words: 55, characters: 110 },
  // true publishes /<locale>/posts/<slug>/bilingual/: the post and its translation paragraph by paragraph.
  bilingual: false,
  repository: { url: 'https://github.com/uyghur-solidarity/website', branch: 'main' },
});
