import { defineCollection } from 'astro:content';
import { siteConfig } from './config/site.ts';
import { postsLoader, tagsLoader } from './content/loader.ts';

export const collections = {
  posts: defineCollection({ loader: postsLoader({ config: siteConfig }) }),
  tags: defineCollection({ loader: tagsLoader({ config: siteConfig }) }),
};
