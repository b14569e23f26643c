import { defineCollection } from 'astro:content';
import { siteConfig } from './config/site.ts';
import { postsLoader, tagsLoader } from './site/loader.ts';
import { pagesLoader } from './site/pages-loader.ts';
import { phraseLists, useTranslations } from './i18n/site-i18n.ts';

// Derived locales (Traditional Chinese) are converted from their parent's versions, labels and strings.
const options = { config: siteConfig, translations: useTranslations, phraseLists };

export const collections = {
  posts: defineCollection({ loader: postsLoader(options) }),
  pages: defineCollection({ loader: pagesLoader(options) }),
  tags: defineCollection({ loader: tagsLoader(options) }),
};
