import type { SitePost } from './loader.ts';

/** How many posts each section (post type) and each topic (tag) has. */
export interface PostCounts {
  /** Per configured type, in the configuration's order; types without posts left out. */
  types: { type: string; count: number }[];
  /** Per known tag, in the order given; tags without posts left out. */
  tags: { tag: string; count: number }[];
}

/**
 * Counts posts per type and per tag in one pass over the posts. A post naming a tag
 * twice counts once; tags not in `tags` (unknown to tags.yaml) are not counted.
 * @example countPosts([{ type: 'news', tags: ['a', 'b'] }, { tags: ['a'] }], ['news', 'event'], ['a', 'b', 'c'])
 * // { types: [{ type: 'news', count: 1 }], tags: [{ tag: 'a', count: 2 }, { tag: 'b', count: 1 }] }
 */
export function countPosts(posts: readonly Pick<SitePost, 'type' | 'tags'>[], types: readonly string[], tags: readonly string[]): PostCounts {
  const byType = new Map(types.map((type) => [type, 0]));
  const byTag = new Map(tags.map((tag) => [tag, 0]));
  for (const post of posts) {
    const typeCount = post.type === undefined ? undefined : byType.get(post.type);
    if (post.type !== undefined && typeCount !== undefined) byType.set(post.type, typeCount + 1);
    for (const tag of new Set(post.tags)) {
      const tagCount = byTag.get(tag);
      if (tagCount !== undefined) byTag.set(tag, tagCount + 1);
    }
  }
  const nonZero = <K extends string>(counts: Map<string, number>, key: K) =>
    [...counts].flatMap(([name, count]) => (count > 0 ? [{ [key]: name, count } as Record<K, string> & { count: number }] : []));
  return { types: nonZero(byType, 'type'), tags: nonZero(byTag, 'tag') };
}

/**
 * The most used topics, most posts first (ties by tag), for a short list with the full index one link away.
 * @example mostUsedTags([{ tag: 'b', count: 1 }, { tag: 'a', count: 3 }, { tag: 'c', count: 1 }], 2) // [{ tag: 'a', count: 3 }, { tag: 'b', count: 1 }]
 */
export function mostUsedTags(tags: PostCounts['tags'], limit: number): PostCounts['tags'] {
  return tags.toSorted((a, b) => b.count - a.count || a.tag.localeCompare(b.tag)).slice(0, limit);
}

// Every listing and reading page shows these counts; they change only with the posts.
const memo = new WeakMap<readonly object[], { key: string; counts: PostCounts }>();

/** {@link countPosts}, computed once per list of posts (the build's list is read once: see collections.ts). */
export function postCountsOf(posts: readonly Pick<SitePost, 'type' | 'tags'>[], types: readonly string[], tags: readonly string[]): PostCounts {
  const key = `${types.join('\n')}\0${tags.join('\n')}`;
  const known = memo.get(posts);
  if (known?.key === key) return known.counts;
  const counts = countPosts(posts, types, tags);
  memo.set(posts, { key, counts });
  return counts;
}
