import { defineCollection } from 'astro:content';
import { siteConfig } from './config/site.ts';
import { postsLoader, tagsLoader } from './site/loader.ts';
import { pagesLoader } from './site/pages-loader.ts';
import { useTranslations } from './i18n/site-i18n.ts';

export const collections = {
  posts: defineCollection({ loader: postsLoader({ config: siteConfig, translations: useTranslations }) }),
  pages: defineCollection({ loader: pagesLoader({ config: siteConfig, translations: useTranslations }) }),
  tags: defineCollection({ loader: tagsLoader({ config: siteConfig, translations: useTranslations }) }),
};
