import { z } from 'zod';
import type { SiteConfig } from '../config/schema.ts';
import type { PostAlias } from './model.ts';
import { problem, type ContentProblem } from './problems.ts';

// Messages are catalogue codes (src/lib/error-catalogue.ts), as in schema.ts.
const aliasPath = z
  .string()
  .regex(/^\/[^\s#]*$/, 'alias-format')
  .refine((value) => value !== '/', 'alias-home');

/**
 * An entry of `aliases:` in post.yaml or page.yaml: an old address (path, query
 * allowed) that must keep leading here, either as a plain string — the item in its
 * source language — or `{ <locale>: <path> }` for an address of one language's version.
 */
export const aliasSchema = z.union([aliasPath, z.record(z.string(), aliasPath).refine((value) => Object.keys(value).length === 1, 'alias-one-locale')], { error: 'alias-format' });

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
}

// Files the build writes at the site's root, which a redirect page must not replace.
const SITE_FILES = /^\/(robots\.txt|sitemap[\w-]*\.xml|_redirects|nginx-redirects\.conf|404(\.html)?|_astro|-)(\/|$)/;

/**
 * Problems no single file shows: an alias naming an unconfigured locale, one that two
 * items claim, or one that is an address of the new site itself (a language's home,
 * post, tag or page listing, a file the build writes), which a redirect would hide.
 */
export function aliasProblems(owners: readonly AliasOwner[], config: SiteConfig): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const codes = config.locales.map((l) => l.code);
  const claimed = new Map<string, string>();
  const paths = config.locales.map((l) => l.path).join('|');
  const ownPath = new RegExp(`^/(?:${paths})(?:/(?:\\d+/?)?)?$|^/(?:${paths})/(?:posts|tags|translations|search)(?:/|$)`);
  for (const owner of owners) {
    owner.aliases.forEach((alias, index) => {
      const at = { file: owner.file, field: `aliases[${index}]` };
      const key = alias.path.replace(/\/+(?=$|\?)/, '') || '/';
      if (alias.locale !== undefined && !codes.includes(alias.locale)) problems.push(problem('locale-not-configured', { locale: alias.locale, codes }, at));
      else if (claimed.has(key)) problems.push(problem('alias-duplicate', { path: alias.path, other: claimed.get(key) ?? '' }, at));
      else if (!alias.path.includes('?') && (ownPath.test(alias.path) || SITE_FILES.test(alias.path))) problems.push(problem('alias-own-address', { path: alias.path }, at));
      claimed.set(key, owner.file);
    });
  }
  return problems;
}
