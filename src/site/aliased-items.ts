import { siteConfig } from '../config/site.ts';
import { getPages, getPosts } from './collections.ts';
import { redirectsOf, type AliasedItem, type Redirect } from './redirects.ts';

type Versions = Partial<Record<string, { title: string; draft: boolean } | undefined>>;
const titlesOf = (versions: Versions) => Object.fromEntries(Object.entries(versions).flatMap(([code, version]) => (version && !version.draft ? [[code, version.title]] : [])));

/** Every post and static page with its old addresses. */
export async function getAliasedItems(): Promise<AliasedItem[]> {
  const posts = (await getPosts()).map((post) => ({ kind: 'post' as const, slug: post.slug, sourceLocale: post.sourceLocale, aliases: post.aliases, titles: titlesOf(post.versions) }));
  const pages = [...(await getPages()).values()].map((page) => ({ kind: 'page' as const, slug: page.slug, sourceLocale: page.sourceLocale, aliases: page.aliases, titles: titlesOf(page.versions) }));
  return [...posts, ...pages].filter((item) => item.aliases.length > 0);
}

/** Every redirect the site builds, from content. */
export async function getRedirects(): Promise<Redirect[]> {
  return redirectsOf(await getAliasedItems(), siteConfig);
}
