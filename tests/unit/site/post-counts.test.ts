import { describe, expect, it } from 'vitest';
import { countPosts, mostUsedTags, postCountsOf } from '../../../src/site/post-counts.ts';

const post = (type: string | undefined, ...tags: string[]) => ({ type, tags });

describe('countPosts', () => {
  it.each([
    ['no posts', [], ['news'], ['a'], { types: [], tags: [] }],
    ['types in configured order, empty ones left out', [post('event'), post('news'), post('event')], ['news', 'statement', 'event'], [], { types: [{ type: 'news', count: 1 }, { type: 'event', count: 2 }], tags: [] }],
    ['a type not configured is not counted', [post('gossip')], ['news'], [], { types: [], tags: [] }],
    ['a tag named twice by a post counts once', [post(undefined, 'a', 'a'), post(undefined, 'a')], [], ['a'], { types: [], tags: [{ tag: 'a', count: 2 }] }],
    ['tags in the given order; unknown and unused ones left out', [post(undefined, 'z', 'b'), post(undefined, 'a', 'b')], [], ['b', 'c', 'a'], { types: [], tags: [{ tag: 'b', count: 2 }, { tag: 'a', count: 1 }] }],
  ])('%s', (_name, posts, types, tags, expected) => expect(countPosts(posts, types, tags)).toEqual(expected));
});

describe('mostUsedTags', () => {
  it.each([
    ['most posts first, ties by tag', [{ tag: 'b', count: 1 }, { tag: 'c', count: 3 }, { tag: 'a', count: 1 }], 5, ['c', 'a', 'b']],
    ['cut to the limit', [{ tag: 'b', count: 1 }, { tag: 'c', count: 3 }, { tag: 'a', count: 1 }], 2, ['c', 'a']],
  ])('%s', (_name, tags, limit, expected) => expect(mostUsedTags(tags, limit).map((t) => t.tag)).toEqual(expected));

  it('leaves its input in order', () => {
    const tags = [{ tag: 'b', count: 1 }, { tag: 'a', count: 2 }];
    mostUsedTags(tags, 1);
    expect(tags.map((t) => t.tag)).toEqual(['b', 'a']);
  });
});

describe('postCountsOf', () => {
  it('counts a list of posts once, and again for other types or tags or another list', () => {
    const posts = [post('news', 'a')];
    const first = postCountsOf(posts, ['news'], ['a']);
    expect(postCountsOf(posts, ['news'], ['a'])).toBe(first);
    expect(postCountsOf(posts, ['news'], ['a', 'b'])).toEqual(first);
    expect(postCountsOf(posts, ['event'], ['a']).types).toEqual([]);
    expect(postCountsOf([...posts, post('news')], ['news'], ['a']).types).toEqual([{ type: 'news', count: 2 }]);
  });
});
