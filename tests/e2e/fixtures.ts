import path from 'node:path';
import { siteConfig } from '../../src/config/site.ts';
import { convertFields, readContent, versionOrigin, type PostVersion } from '../../src/content/index.ts';
import { converterFor } from '../../src/i18n/derived-locales.ts';
import { readPhraseLists, readUIResources } from '../../src/i18n/read-resources.ts';
import type { Post } from '../../src/content/model.ts';
import { computeStatuses } from '../../src/translation/index.ts';
import { languageName } from '../../src/i18n/format.ts';
import { getLocale, localizedPath, type Route } from '../../src/i18n/urls.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** The sample content, read with the same library the site uses, so tests follow the content. */
export const { content } = await readContent({ root, config: siteConfig });

export const locales = siteConfig.locales;
export const defaultLocale = getLocale(siteConfig, siteConfig.defaultLocale);

// Derived locales' strings are their parent's, converted, as the site has them.
const resources = (await readUIResources(root, siteConfig)) as Record<string, Record<string, string>>;

/** UI strings of a locale, from locales/<code>.json (converted for a derived locale), with {{var}} filled in. */
export function ui(code: string, key: string, vars: Record<string, string | number> = {}): string {
  const text = resources[code]?.[key];
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

const phrases = await readPhraseLists(root, siteConfig);

/** A derived locale's text conversion, as the site applies it; identity for written locales. */
export function converted(code: string, text: string): string {
  return converterFor(getLocale(siteConfig, code), phrases)?.(text) ?? text;
}

/** A post's version as readers of a locale get it: its own file, or its parent's converted (body left as written). */
export function readerVersion(post: Pick<Post, 'versions'>, code: string): PostVersion | undefined {
  const origin = versionOrigin(post, code, siteConfig);
  return origin?.kind === 'derived' ? convertFields(origin.version, code, (text) => converted(code, text)) : origin?.version;
}

/** Whether readers of a locale get a real version of a post or page (not a fallback copy, not a draft). */
export function publishedIn(post: Pick<Post, 'versions'>, code: string): boolean {
  const version = readerVersion(post, code);
  return version !== undefined && !version.draft;
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
