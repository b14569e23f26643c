import type { Availability } from '../i18n/language-links.ts';
import { TandemError } from '../lib/errors.ts';
import type { RenderedVersion, SitePost } from './loader.ts';

/** What choosing a version needs: posts and static pages both have it. */
type Versioned = Pick<SitePost, 'slug' | 'dir' | 'sourceLocale' | 'versions'>;

/**
 * Whether readers of a locale get a real version of the post.
 * @example availabilityOf(post, 'zh') // 'draft' when zh.md has draft: true
 */
export function availabilityOf(post: Versioned, code: string): Availability {
  const version = post.versions[code];
  if (!version) return 'missing';
  return version.draft ? 'draft' : 'published';
}

/** What a post's page in one locale shows: its own version, or the source under a notice. */
export type PostView =
  | { kind: 'version'; version: RenderedVersion }
  | { kind: 'fallback'; version: RenderedVersion; reason: Exclude<Availability, 'published'> };

/** Picks what to show on a post's page in a locale. */
export function viewOf(post: Versioned, code: string): PostView {
  const availability = availabilityOf(post, code);
  const own = post.versions[code];
  if (availability === 'published' && own) return { kind: 'version', version: own };
  const source = post.versions[post.sourceLocale];
  if (!source) {
    throw new TandemError('no-source', { slug: post.slug, locale: post.sourceLocale }, { file: post.dir });
  }
  return { kind: 'fallback', version: source, reason: availability === 'draft' ? 'draft' : 'missing' };
}
