import { defineSiteConfig } from './schema.ts';

/**
 * The one place that names the site's locales. Adding a language means adding an
 * entry here, a `locales/<code>.json` file with the UI strings, and content files.
 * The campaign's name, tagline and post type labels are words, so they live in
 * `locales/<code>.json` (`site.*`, `postType.*`); everything else that makes the
 * site yours is `identity` below (see "Make it yours" in the README).
 */
export const siteConfig = defineSiteConfig({
  defaultLocale: 'en',
  locales: [
    { code: 'en', path: 'en', lang: 'en-GB', label: 'English', shortLabel: 'EN', dir: 'ltr', dateLocale: 'en-GB', countBy: 'words' },
    { code: 'zh', path: 'zh', lang: 'zh-Hans', label: '中文', dir: 'ltr', dateLocale: 'zh-Hans-CN', countBy: 'characters' },
  ],
  postsPerPage: 6,
  excerptLength: { words: 55, characters: 110 },
  // true publishes /<locale>/posts/<slug>/bilingual/: the post and its translation paragraph by paragraph.
  bilingual: false,
  postTypes: ['news', 'statement', 'event', 'open-letter'],
  identity: {
    logo: 'src/assets/logo.svg',
    socialImage: 'src/assets/social.png',
    brandColour: '#00628f',
    brandColourDark: '#7cc8f0',
    menu: [{ type: 'news' }, { type: 'statement' }, { type: 'event' }, { type: 'open-letter' }, { page: 'about' }, { page: 'join-us' }],
    footer: [
      { page: 'about' },
      { page: 'join-us' },
      { page: 'contact' },
      { route: 'tags' },
      { feed: true },
      { route: 'dashboard' },
      { name: 'X (Twitter)', href: 'https://twitter.com/uyghursolidarity' },
      { name: 'Facebook', href: 'https://www.facebook.com/uyghursolidarity' },
      { name: 'Instagram', href: 'https://www.instagram.com/uyghursolidarity' },
    ],
    aboutPage: 'about',
  },
  repository: { url: 'https://github.com/uyghur-solidarity/website', branch: 'main' },
});
