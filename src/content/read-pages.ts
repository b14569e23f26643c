import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { isReservedSegment } from '../i18n/urls.ts';
import { readdir } from 'node:fs/promises';
import { readText, relativeTo, unreadableProblem, withoutLinks, type ReadObserver } from './content-files.ts';
import type { KnownPost, KnownPosts } from './known-posts.ts';
import type { ListedEntry } from '../lib/file-stamp.ts';
import { parseYaml } from './frontmatter.ts';
import { toAliases } from './aliases.ts';
import type { Page, PostAlias, PostVersion } from './model.ts';
import { problem, type ContentProblem } from './problems.ts';
import { pageMetaSchema } from './schema.ts';
import { suggestName } from './suggest.ts';
import { validateWith } from './validate.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PAGES_FOLDER = 'content/pages';
const META_FILE = 'page.yaml';
const pageFields = Object.keys(pageMetaSchema.shape);

/**
 * What reading pages needs; `readVersion` is the posts' own, so a page's language
 * file is read exactly like a post's. `known` recognises pages read before, as posts.
 */
export interface ReadPagesOptions {
  root: string;
  config: SiteConfig;
  problems: ContentProblem[];
  readVersion: (absolute: string, file: string, locale: string, problems: ContentProblem[], observe?: ReadObserver) => PostVersion | undefined;
  known?: KnownPosts;
}

/** The pages read, and those `known` recognised (not read), each by slug. */
export interface PagesRead {
  pages: Page[];
  known: KnownPost[];
}

function readPage(absoluteDir: string, listed: readonly ListedEntry[], options: ReadPagesOptions): Page | undefined {
  const { root, config, readVersion } = options;
  const observe = options.known?.observe;
  const problems: ContentProblem[] = [];
  const dir = relativeTo(root, absoluteDir);
  const slug = path.basename(absoluteDir);
  if (!SLUG.test(slug)) problems.push(problem('slug-invalid', { slug }, { file: dir, field: 'slug' }));
  else if (isReservedSegment(slug)) problems.push(problem('page-slug-reserved', { slug }, { file: dir, field: 'slug' }));
  const names = withoutLinks(listed, absoluteDir, root, problems).map((e) => e.name);
  const metaFile = `${dir}/${META_FILE}`;
  const codes = config.locales.map((l) => l.code);
  let source: string | undefined;
  let aliases: PostAlias[] = [];
  if (!names.includes(META_FILE)) {
    problems.push(problem('page-yaml-missing', { file: metaFile }, { file: metaFile }));
  } else {
    const text = readText(path.join(absoluteDir, META_FILE), metaFile, problems, false, observe);
    const parsed = text === undefined ? undefined : parseYaml(text.replace(/^\uFEFF/, ''), metaFile, 1, problems);
    const meta = parsed && validateWith(pageMetaSchema, parsed, metaFile, pageFields, problems);
    if (meta && parsed && !codes.includes(meta.source)) {
      problems.push(problem('locale-not-configured', { locale: meta.source, codes, suggestion: suggestName(meta.source, codes) }, { file: metaFile, line: parsed.lineOf(['source']), field: 'source' }));
    } else if (meta) {
      source = meta.source;
      aliases = toAliases(meta.aliases);
    }
  }
  const versions: Page['versions'] = {};
  for (const name of names.filter((n) => n.endsWith('.md')).sort()) {
    const locale = name.slice(0, -'.md'.length);
    if (!codes.includes(locale)) {
      problems.push(problem('language-file-unknown', { name, files: codes.map((c) => `${c}.md`) }, { file: `${dir}/${name}` }));
      continue;
    }
    const version = readVersion(path.join(absoluteDir, name), `${dir}/${name}`, locale, problems, observe);
    if (version) versions[locale] = version;
  }
  if (source && !names.includes(`${source}.md`)) problems.push(problem('page-source-missing', { source, file: `${dir}/${source}.md` }, { file: metaFile, field: 'source' }));
  if (source && versions[source]?.draft) problems.push(problem('source-draft', {}, { file: `${dir}/${source}.md`, field: 'draft' }));
  options.problems.push(...problems);
  return problems.length === 0 && source ? { slug, dir, sourceLocale: source, aliases, versions } : undefined;
}

// Undefined for a folder that cannot be listed, reported unless it is not there (a site without content/pages has no
// pages; a file of that name holds none, and the pages the site links to are reported missing).
const list = (dir: string, { root, problems }: ReadPagesOptions) =>
  readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') problems.push(unreadableProblem(error, relativeTo(root, dir)));
    return undefined;
  });

/**
 * Reads `content/pages/<slug>/page.yaml` and `<locale>.md` files, adding every problem
 * to `problems`. Pages with problems are left out, as posts are.
 */
export async function readPages(options: ReadPagesOptions): Promise<PagesRead> {
  const base = path.join(options.root, PAGES_FOLDER);
  const entries = withoutLinks((await list(base, options)) ?? [], base, options.root, options.problems);
  for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith('.md'))) {
    options.problems.push(problem('file-outside-page', {}, { file: `${PAGES_FOLDER}/${entry.name}` }));
  }
  const folders = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => path.join(base, e.name));
  const listings = await Promise.all(folders.map((dir) => list(dir, options)));
  const pages: Page[] = [];
  const known: KnownPost[] = [];
  folders.forEach((dir, k) => {
    const listed = listings[k];
    if (!listed) return;
    const recognised = options.known?.lookup(dir, listed);
    const page = recognised ? undefined : readPage(dir, listed, options);
    if (recognised) known.push(recognised);
    if (page) pages.push(page);
  });
  const bySlug = (a: { slug: string }, b: { slug: string }) => a.slug.localeCompare(b.slug);
  return { pages: pages.sort(bySlug), known: known.sort(bySlug) };
}
