import { z } from 'zod';
import type { SiteConfig } from '../config/schema.ts';
import type { PostAlias } from './model.ts';
import type { ContentProblem } from './problems.ts';

const aliasPath = z
  .string()
  .regex(/^\/[^\s#]*$/, 'must be an old address starting with "/", without spaces or "#", e.g. /2021/02/old-slug/')
  .refine((value) => value !== '/', 'cannot be "/", the home page');

/**
 * An entry of `aliases:` in post.yaml or page.yaml: an old address (path, query
 * allowed) that must keep leading here, either as a plain string — the item in its
 * source language — or `{ <locale>: <path> }` for an address of one language's version.
 */
export const aliasSchema = z.union([
  aliasPath,
  z.record(z.string(), aliasPath).refine((value) => Object.keys(value).length === 1, 'must name one locale and one address, e.g. zh: /zh/old-slug/'),
]);

/**
 * Normalises parsed `aliases:` entries.
 * @example toAliases(['/a/', { zh: '/zh/a/' }]) // [{ path: '/a/' }, { path: '/zh/a/', locale: 'zh' }]
 */
export function toAliases(entries: readonly z.output<typeof aliasSchema>[]): PostAlias[] {
  return entries.map((entry) => {
    if (typeof entry === 'string') return { path: entry };
    const [locale = '', path = ''] = Object.entries(entry)[0] ?? [];
    return { path, locale };
  });
}

/** One item's aliases, where they are written, for the checks across all content. */
export interface AliasOwner {
  file: string;
  aliases: readonly PostAlias[];
  lineOf?: (index: number) => number | undefined;
}

// Files the build writes at the site's root, which a redirect page must not replace.
const SITE_FILES = /^\/(robots\.txt|sitemap[\w-]*\.xml|_redirects|nginx-redirects\.conf|404(\.html)?|_astro|-)(\/|$)/;

/**
 * Problems no single file shows: an alias naming an unconfigured locale, one that two
 * items claim, or one that is an address of the new site itself (a language's home,
 * post, tag or page), which a redirect would hide.
 */
export function aliasProblems(owners: readonly AliasOwner[], config: SiteConfig): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const codes = config.locales.map((l) => l.code);
  const claimed = new Map<string, string>();
  const paths = config.locales.map((l) => l.path).join('|');
  const ownPath = new RegExp(`^/(?:${paths})(?:/(?:\\d+/?)?)?$|^/(?:${paths})/(?:posts|tags|translations|search)(?:/|$)`);
  for (const owner of owners) {
    owner.aliases.forEach((alias, index) => {
      const at = { file: owner.file, line: owner.lineOf?.(index), field: `aliases[${index}]` };
      const key = alias.path.replace(/\/+(?=$|\?)/, '') || '/';
      if (alias.locale !== undefined && !codes.includes(alias.locale)) {
        problems.push({ ...at, message: `"${alias.locale}" is not a configured locale.`, hint: `Use one of: ${codes.join(', ')}.` });
      } else if (claimed.has(key)) {
        problems.push({ ...at, message: `The old address ${alias.path} is also an alias in ${claimed.get(key)}.`, hint: 'An old address can lead to one place only: remove it from one of the two files.' });
      } else if (!alias.path.includes('?') && (ownPath.test(alias.path) || SITE_FILES.test(alias.path))) {
        problems.push({ ...at, message: `The old address ${alias.path} is an address of this site, so a redirect there would hide a real page.`, hint: 'Remove the alias: the page it names already exists.' });
      }
      claimed.set(key, owner.file);
    });
  }
  return problems;
}
