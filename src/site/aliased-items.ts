import { siteConfig } from '../config/site.ts';
import { getPosts } from './collections.ts';
import { redirectsOf, type AliasedItem, type Redirect } from './redirects.ts';

/** Every post (and, once static pages are in, every page) with its old addresses. */
export async function getAliasedItems(): Promise<AliasedItem[]> {
  const posts = await getPosts();
  return posts
    .filter((post) => post.aliases.length > 0)
    .map((post) => ({
      kind: 'post' as const,
      slug: post.slug,
      sourceLocale: post.sourceLocale,
      aliases: post.aliases,
      titles: Object.fromEntries(Object.entries(post.versions).flatMap(([code, version]) => (version && !version.draft ? [[code, version.title]] : []))),
    }));
}

/** Every redirect the site builds, from content. */
export async function getRedirects(): Promise<Redirect[]> {
  return redirectsOf(await getAliasedItems(), siteConfig);
}
