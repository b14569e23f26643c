import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import type { Page } from './model.ts';
import { problem, type ContentProblem } from './problems.ts';

const SITE_CONFIG_FILE = 'src/config/site.ts';
const PAGES_FOLDER = 'content/pages';

/**
 * The static pages src/config/site.ts links to (menu, footer, the sidebar's about page),
 * each slug once with every field that names it, in config order.
 * @example pageLinks(config) // Map { 'about' => ['identity.menu[4]', 'identity.footer[0]', 'identity.aboutPage'], 'contact' => ['identity.footer[2]'] }
 */
export function pageLinks(config: SiteConfig): Map<string, string[]> {
  const { menu, footer, aboutPage } = config.identity;
  const links = new Map<string, string[]>();
  const add = (slug: string, field: string) => links.set(slug, [...(links.get(slug) ?? []), field]);
  for (const [list, entries] of [['menu', menu], ['footer', footer]] as const) entries.forEach((link, index) => 'page' in link && add(link.page, `identity.${list}[${index}]`));
  if (aboutPage !== undefined) add(aboutPage, 'identity.aboutPage');
  return links;
}

/**
 * A problem for each page the site configuration links to that has no folder in
 * content/pages, naming every entry that links to it: the site would leave those links
 * out. A folder that is there but was refused (a symbolic link, a page with problems)
 * has its own problems already. `pages` are the pages read without problems.
 */
export function linkedPageProblems(root: string, config: SiteConfig, pages: readonly Page[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [slug, fields] of pageLinks(config)) {
    if (pages.some((page) => page.slug === slug) || isFolderOrLink(path.join(root, PAGES_FOLDER, slug))) continue;
    problems.push(problem('page-link-missing', { slug, fields, folder: `${PAGES_FOLDER}/${slug}/` }, { file: SITE_CONFIG_FILE, field: fields[0] }));
  }
  return problems;
}

function isFolderOrLink(absolute: string): boolean {
  try {
    const stats = lstatSync(absolute, { throwIfNoEntry: false });
    return stats !== undefined && (stats.isDirectory() || stats.isSymbolicLink());
  } catch {
    // content/pages is a file, or cannot be searched (reported where it is read): the page has no folder here.
    return false;
  }
}
