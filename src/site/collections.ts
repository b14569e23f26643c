import { cacheDir } from 'astro:config/server';
import { getCollection } from 'astro:content';
import type { RenderedVersion, SitePost } from './loader.ts';
import { bodiesDir, readBody, type VersionBody } from './version-bodies.ts';
import type { SitePage } from './pages-loader.ts';
import type { TagLabels } from '../content/index.ts';

/**
 * A build renders every page from one data store that no longer changes, so each
 * collection is read (and sorted) once per build rather than by each of thousands of
 * pages and components. The dev server's store changes as files are edited: there
 * every call reads it afresh.
 */
export function oncePerBuild<T>(read: () => Promise<T>): () => Promise<T> {
  if (import.meta.env.DEV) return read;
  let value: Promise<T> | undefined;
  return () => (value ??= read());
}

/** All posts, newest first. */
export const getPosts: () => Promise<readonly SitePost[]> = oncePerBuild(async () => {
  const entries = await getCollection('posts');
  return entries.map((entry) => entry.data as SitePost).sort((a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug));
});

/** Tag labels per locale. */
export const getTagLabels: () => Promise<Readonly<TagLabels>> = oncePerBuild(async () => {
  const entries = await getCollection('tags');
  return Object.fromEntries(entries.map((entry) => [entry.id, (entry.data as { labels: TagLabels[string] }).labels]));
});

/** Static pages, by slug. */
export const getPages: () => Promise<ReadonlyMap<string, SitePage>> = oncePerBuild(async () => {
  const entries = await getCollection('pages');
  return new Map(entries.map((entry) => [entry.id, entry.data as SitePage]));
});

/** A version's HTML, headings and blocks, read for the page that shows them (see version-bodies.ts). */
export function bodyOf(version: Pick<RenderedVersion, 'bodyId'>): VersionBody {
  return readBody(bodiesDir(cacheDir), version.bodyId);
}
