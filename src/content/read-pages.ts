import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { isReservedSegment } from '../i18n/urls.ts';
import { parseYaml } from './frontmatter.ts';
import type { Page, PostVersion } from './model.ts';
import type { ContentProblem } from './problems.ts';
import { pageMetaSchema } from './schema.ts';
import { validateWith } from './validate.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const META_FILE = 'page.yaml';
const pageFields = Object.keys(pageMetaSchema.shape);

/** What reading pages needs; the readers are the posts' own, so a page's files are read exactly like a post's. */
export interface ReadPagesOptions {
  root: string;
  config: SiteConfig;
  problems: ContentProblem[];
  readText: (absolute: string, file: string, problems: ContentProblem[]) => Promise<string | undefined>;
  readVersion: (absolute: string, file: string, locale: string, problems: ContentProblem[]) => Promise<PostVersion | undefined>;
}

async function readPage(absoluteDir: string, options: ReadPagesOptions): Promise<Page | undefined> {
  const { root, config, problems: allProblems, readText, readVersion } = options;
  const problems: ContentProblem[] = [];
  const dir = path.relative(root, absoluteDir).split(path.sep).join('/');
  const slug = path.basename(absoluteDir);
  if (!SLUG.test(slug)) {
    problems.push({ file: dir, field: 'slug', message: `The folder name "${slug}" is not a valid slug.`, hint: 'Rename the folder using lowercase letters, digits and single hyphens, e.g. join-us.' });
  } else if (isReservedSegment(slug)) {
    problems.push({ file: dir, field: 'slug', message: `The page address /<language>/${slug}/ is used by the site itself.`, hint: 'Rename the folder, e.g. about-us; numbers and names such as posts, tags or search are taken.' });
  }
  const names = await readdir(absoluteDir);
  const metaFile = `${dir}/${META_FILE}`;
  const codes = config.locales.map((l) => l.code);
  let source: string | undefined;
  if (!names.includes(META_FILE)) {
    problems.push({ file: metaFile, message: 'The page has no page.yaml, so its original language is unknown.', hint: `Add ${metaFile} holding "source: <locale>", e.g. source: ${config.defaultLocale}.` });
  } else {
    const text = await readText(path.join(absoluteDir, META_FILE), metaFile, problems);
    const parsed = text === undefined ? undefined : parseYaml(text.replace(/^\uFEFF/, ''), metaFile, 1, problems);
    const meta = parsed && validateWith(pageMetaSchema, parsed, metaFile, pageFields, problems);
    if (meta && parsed && !codes.includes(meta.source)) {
      problems.push({ file: metaFile, line: parsed.lineOf(['source']), field: 'source', message: `"${meta.source}" is not a configured locale.`, hint: `Use one of: ${codes.join(', ')}.` });
    } else if (meta) {
      source = meta.source;
    }
  }
  const versions: Page['versions'] = {};
  for (const name of names.filter((n) => n.endsWith('.md')).sort()) {
    const locale = name.slice(0, -'.md'.length);
    if (!codes.includes(locale)) {
      problems.push({ file: `${dir}/${name}`, message: `"${name}" is not named after a configured locale.`, hint: `Name language files ${codes.map((c) => `${c}.md`).join(' or ')}.` });
      continue;
    }
    const version = await readVersion(path.join(absoluteDir, name), `${dir}/${name}`, locale, problems);
    if (version) versions[locale] = version;
  }
  if (source && !versions[source] && !problems.some((p) => p.file === `${dir}/${source}.md`)) {
    problems.push({ file: metaFile, field: 'source', message: `The original ${source}.md is missing.`, hint: `Add ${dir}/${source}.md, or set source to the language the page was written in.` });
  }
  if (source && versions[source]?.draft) {
    problems.push({ file: `${dir}/${source}.md`, field: 'draft', message: 'The original text is marked draft.', hint: 'Only translations can be drafts; remove draft from the original.' });
  }
  allProblems.push(...problems);
  return problems.length === 0 && source ? { slug, dir, sourceLocale: source, versions } : undefined;
}

/**
 * Reads `content/pages/<slug>/page.yaml` and `<locale>.md` files, adding every problem
 * to `problems`. Pages with problems are left out, as posts are.
 */
export async function readPages(options: ReadPagesOptions): Promise<Page[]> {
  const base = path.join(options.root, 'content', 'pages');
  const entries = await readdir(base, { withFileTypes: true }).catch(() => []);
  for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith('.md'))) {
    options.problems.push({ file: `content/pages/${entry.name}`, message: 'This file is not in a page folder, so it is not published.', hint: 'Give each page a folder of its own, content/pages/<slug>/, holding page.yaml and one <locale>.md per language.' });
  }
  const folders = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.'));
  const pages = (await Promise.all(folders.map((e) => readPage(path.join(base, e.name), options)))).filter((p): p is Page => p !== undefined);
  return pages.sort((a, b) => a.slug.localeCompare(b.slug));
}
