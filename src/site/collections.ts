import { getCollection } from 'astro:content';
import type { SitePost } from './loader.ts';
import type { SitePage } from './pages-loader.ts';
import type { TagLabels } from '../content/index.ts';

/** All posts, newest first. */
export async function getPosts(): Promise<SitePost[]> {
  const entries = await getCollection('posts');
  return entries.map((entry) => entry.data as SitePost).sort((a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug));
}

/** Tag labels per locale. */
export async function getTagLabels(): Promise<TagLabels> {
  const entries = await getCollection('tags');
  return Object.fromEntries(entries.map((entry) => [entry.id, (entry.data as { labels: TagLabels[string] }).labels]));
}

/** Static pages, by slug. */
export async function getPages(): Promise<Map<string, SitePage>> {
  const entries = await getCollection('pages');
  return new Map(entries.map((entry) => [entry.id, entry.data as SitePage]));
}
