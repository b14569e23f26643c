import type { LocaleConfig, SiteConfig } from '../config/schema.ts';
import { ContentValidationError } from '../content/problems.ts';
import { readContent, readOnePost, type ContentReport } from '../content/read-content.ts';
import type { Post } from '../content/model.ts';
import { suggestName } from '../content/suggest.ts';
import { getLocale } from '../i18n/urls.ts';
import { pageAsPost, targetsOf } from './compute.ts';
import { SourceLocaleError, UnknownPostError } from './errors.ts';
import type { Translatable } from './status.ts';

/**
 * Reads one post: its own folder, `content/posts/<slug>/`, when it is there (a
 * few files whatever the size of the site), else all content, where the slug
 * may also name a static page (`content/pages/<slug>/`, a post of the same slug wins). Other posts'
 * problems do not block work on this one; if this post is not readable, its
 * problems are reported, and if no folder has the slug, an UnknownPostError
 * suggests the nearest.
 */
export async function loadPost(root: string, config: SiteConfig, slug: string): Promise<Translatable> {
  return pickPost((await readOnePost({ root, config }, slug)) ?? (await readContent({ root, config })), slug);
}

/**
 * Picks one post (or else static page) out of content already read, with loadPost's errors: its own
 * problems if it is unreadable, or an UnknownPostError suggesting the nearest slug.
 */
export function pickPost({ content, problems }: ContentReport, slug: string): Translatable {
  const post = content.posts.find((p) => p.slug === slug);
  if (post) return post;
  const page = content.pages.find((p) => p.slug === slug);
  if (page) return pageAsPost(page);
  if (problems.some((problem) => problem.file.split('/').includes(slug))) throw new ContentValidationError(problems);
  const slugs = [...content.posts, ...content.pages].map((p) => p.slug);
  // A path the shell completed (content/posts/alpha/, …/alpha/zh.md), a typo, or a shortened slug: all common when typing a long folder name.
  const inPath = slug.split(/[\\/]+/).reverse().find((segment) => slugs.includes(segment));
  const partial = slug.length >= 3 ? slugs.filter((s) => s.includes(slug)) : [];
  throw new UnknownPostError(slug, inPath ?? suggestName(slug, slugs) ?? (partial.length === 1 ? partial[0] : undefined));
}

/**
 * The config of a locale the post can be translated into; throws for an unknown
 * locale (TandemError 'unknown-locale') and for the post's own source locale.
 */
export function targetLocale(config: SiteConfig, post: Post, code: string): LocaleConfig {
  const locale = getLocale(config, code);
  if (code === post.sourceLocale) throw new SourceLocaleError(post.slug, code, targetsOf(post, config));
  return locale;
}
