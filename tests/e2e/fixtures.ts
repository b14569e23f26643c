import { readFileSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../../src/config/site.ts';
import { readContent } from '../../src/content/index.ts';
import type { Post } from '../../src/content/model.ts';
import { computeStatuses } from '../../src/translation/index.ts';
import { languageName } from '../../src/i18n/format.ts';
import { getLocale, localizedPath, type Route } from '../../src/i18n/urls.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** The sample content, read with the same library the site uses, so tests follow the content. */
export const { content } = await readContent({ root, config: siteConfig });

export const locales = siteConfig.locales;
export const defaultLocale = getLocale(siteConfig, siteConfig.defaultLocale);

/** UI strings of a locale, straight from locales/<code>.json, with {{var}} filled in. */
export function ui(code: string, key: string, vars: Record<string, string | number> = {}): string {
  const strings = JSON.parse(readFileSync(path.join(root, 'locales', `${code}.json`), 'utf8')) as Record<string, string>;
  const text = strings[key];
  if (text === undefined) throw new Error(`No UI string ${key} in locales/${code}.json`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name]));
}

/** URL of a route in a locale (by code). */
export function url(code: string, route: Route): string {
  const locale = locales.find((l) => l.code === code);
  if (!locale) throw new Error(`unknown locale ${code}`);
  return localizedPath(locale, route);
}

/** First post matching a predicate, failing loudly when the sample content lacks one. */
export function samplePost(description: string, predicate: (post: Post) => boolean): Post {
  const post = content.posts.find(predicate);
  if (!post) throw new Error(`The sample content has no ${description}`);
  return post;
}

/** The other locale of a post (the first that is not its source). */
export function otherLocale(post: Post): string {
  const other = locales.find((l) => l.code !== post.sourceLocale);
  if (!other) throw new Error('needs two locales');
  return other.code;
}

export function langOf(code: string): string {
  const locale = locales.find((l) => l.code === code);
  if (!locale) throw new Error(`unknown locale ${code}`);
  return locale.lang;
}

/** A language's name as running text in another locale's UI ("Chinese", "英语"). */
export function nameIn(of: string, inCode: string): string {
  return languageName(getLocale(siteConfig, of), getLocale(siteConfig, inCode));
}

/** Translation status of the sample content, from the same module the CLI and the site use. */
export const statuses = await computeStatuses({ root, config: siteConfig, content });
