import { defineSiteConfig } from './schema.ts';

/**
 * The one place that names the site's locales. Adding a language means adding an
 * entry here, a `locales/<code>.json` file with the UI strings, and content files.
 */
export const siteConfig = defineSiteConfig({
  defaultLocale: 'en',
  locales: [
    { code: 'en', path: 'en', lang: 'en-GB', label: 'English', dir: 'ltr', dateLocale: 'en-GB', countBy: 'words' },
    { code: 'zh', path: 'zh', lang: 'zh-Hans', label: '简体中文', dir: 'ltr', dateLocale: 'zh-Hans-CN', countBy: 'characters' },
    // Traditional Chinese, converted from the Simplified translation (see README, "Traditional Chinese").
    {
      code: 'zh-Hant',
      path: 'zh-hant',
      lang: 'zh-Hant-HK',
      label: '繁體中文',
      dir: 'ltr',
      dateLocale: 'zh-Hant-HK',
      countBy: 'characters',
      derivedFrom: 'zh',
      convert: { from: 'cn', to: 'hk', quotes: 'corner' },
    },
  ],
  postsPerPage: 6,
  excerptLength: { words: 55, characters: 110 },
  repository: { url: 'https://github.com/uyghur-solidarity/website', branch: 'main' },
});
