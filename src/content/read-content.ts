import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { zonedTimeToDate } from '../i18n/format.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import type { Content, Post, PostVersion, TagLabels } from './model.ts';
import { ContentValidationError, type ContentProblem } from './problems.ts';
import { postMetaSchema, tagsFileSchema, versionFrontmatterSchema } from './schema.ts';
import { validateWith } from './validate.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const META_FILE = 'post.yaml';
const postFields = Object.keys(postMetaSchema.shape);
const versionFields = Object.keys(versionFrontmatterSchema.shape);

/** Where content lives: `<root>/content/posts/**` and `<root>/content/tags.yaml`. */
export interface ReadContentOptions {
  root: string;
  config: SiteConfig;
}

/** The result of reading content: what was valid, and every problem found. */
export interface ContentReport {
  content: Content;
  problems: ContentProblem[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

async function readText(absolute: string, file: string, problems: ContentProblem[]): Promise<string | undefined> {
  try {
    return decoder.decode(await readFile(absolute));
  } catch (error) {
    const notUtf8 = error instanceof TypeError;
    problems.push({
      file,
      message: notUtf8 ? 'The file is not valid UTF-8 text.' : `The file could not be read (${(error as Error).message}).`,
      hint: notUtf8 ? 'Re-save it as UTF-8 (most editors offer "Save with encoding → UTF-8").' : 'Check the file exists and is readable.',
    });
    return undefined;
  }
}

/** Finds post folders: any folder holding `post.yaml` or Markdown files; other folders group posts. */
async function findPostDirs(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const isPost = entries.some((e) => e.isFile() && (e.name === META_FILE || e.name.endsWith('.md')));
  if (isPost) return [dir];
  const nested = await Promise.all(entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => findPostDirs(path.join(dir, e.name))));
  return nested.flat();
}

async function readTags(root: string, problems: ContentProblem[]): Promise<TagLabels> {
  const file = 'content/tags.yaml';
  const text = await readText(path.join(root, file), file, []);
  if (text === undefined) return {};
  const parsed = parseYaml(text.replace(/^\uFEFF/, ''), file, 1, problems);
  if (!parsed) return {};
  return validateWith(tagsFileSchema, parsed, file, [], problems) ?? {};
}

async function readVersion(absolute: string, file: string, locale: string, problems: ContentProblem[]): Promise<PostVersion | undefined> {
  const text = await readText(absolute, file, problems);
  if (text === undefined) return undefined;
  const split = splitFrontmatter(text);
  if (!split) {
    problems.push({ file, line: 1, message: 'The file has no frontmatter.', hint: 'Start the file with a block between two "---" lines holding at least a title.' });
    return undefined;
  }
  const parsed = parseYaml(split.yaml, file, split.yamlStartLine, problems);
  const data = parsed && validateWith(versionFrontmatterSchema, parsed, file, versionFields, problems);
  if (!data) return undefined;
  if (split.body.trim() === '' && !data.draft) {
    problems.push({ file, line: split.bodyStartLine, field: 'body', message: 'The post has no text.', hint: 'Write the post below the closing "---", or mark an unfinished translation with draft: true.' });
    return undefined;
  }
  return { locale, file, ...data, body: split.body, bodyStartLine: split.bodyStartLine };
}

// Posts are read concurrently, so each collects its own problems before adding them to the shared list.
async function readPost(root: string, absoluteDir: string, config: SiteConfig, tags: TagLabels, allProblems: ContentProblem[]): Promise<Post | undefined> {
  const problems: ContentProblem[] = [];
  const post = await readPostInto(root, absoluteDir, config, tags, problems);
  allProblems.push(...problems);
  return problems.length > 0 ? undefined : post;
}

async function readPostInto(root: string, absoluteDir: string, config: SiteConfig, tags: TagLabels, problems: ContentProblem[]): Promise<Post | undefined> {
  const dir = path.relative(root, absoluteDir).split(path.sep).join('/');
  const slug = path.basename(absoluteDir);
  if (!SLUG.test(slug)) {
    problems.push({ file: dir, field: 'slug', message: `The folder name "${slug}" is not a valid slug.`, hint: 'Rename the folder using lowercase letters, digits and single hyphens, e.g. soas-students-vote.' });
  }
  const metaFile = `${dir}/${META_FILE}`;
  const metaText = await readText(path.join(absoluteDir, META_FILE), metaFile, problems);
  const parsedMeta = metaText === undefined ? undefined : parseYaml(metaText.replace(/^\uFEFF/, ''), metaFile, 1, problems);
  const meta = parsedMeta && validateWith(postMetaSchema, parsedMeta, metaFile, postFields, problems);
  const codes = config.locales.map((l) => l.code);
  if (meta && parsedMeta && !codes.includes(meta.source)) {
    problems.push({ file: metaFile, line: parsedMeta.lineOf(['source']), field: 'source', message: `"${meta.source}" is not a configured locale.`, hint: `Use one of: ${codes.join(', ')}.` });
  }
  meta?.tags.forEach((tag, index) => {
    if (!tags[tag]) problems.push({ file: metaFile, line: parsedMeta?.lineOf(['tags', index]), field: `tags[${index}]`, message: `Unknown tag "${tag}".`, hint: 'Define it with a label per language in content/tags.yaml, or fix the spelling.' });
  });

  const files = (await readdir(absoluteDir)).filter((name) => name.endsWith('.md')).sort();
  const versions: Post['versions'] = {};
  for (const name of files) {
    const locale = name.slice(0, -'.md'.length);
    const file = `${dir}/${name}`;
    if (!codes.includes(locale)) {
      problems.push({ file, message: `"${name}" is not named after a configured locale.`, hint: `Name language files ${codes.map((c) => `${c}.md`).join(' or ')}, or add the locale to src/config/site.ts.` });
      continue;
    }
    const version = await readVersion(path.join(absoluteDir, name), file, locale, problems);
    if (version) versions[locale] = version;
  }
  if (meta && codes.includes(meta.source) && !files.includes(`${meta.source}.md`)) {
    problems.push({
      file: metaFile,
      line: parsedMeta?.lineOf(['source']),
      field: 'source',
      message: files.length > 0
        ? `The source file ${meta.source}.md is missing, so ${files.join(', ')} has no original to translate.`
        : `The post has no language files; its source ${meta.source}.md is missing.`,
      hint: `Add ${dir}/${meta.source}.md, or set source to the locale the post was written in.`,
    });
  }
  if (versions[meta?.source ?? '']?.draft) {
    problems.push({ file: `${dir}/${meta?.source}.md`, field: 'draft', message: 'The original text is marked draft.', hint: 'Only translations can be drafts; remove draft from the original (move the folder out of content/posts to unpublish it).' });
  }
  if (!meta) return undefined;
  const event = meta.event && {
    start: zonedTimeToDate(meta.event.start, meta.event.timeZone),
    end: meta.event.end ? zonedTimeToDate(meta.event.end, meta.event.timeZone) : undefined,
    timeZone: meta.event.timeZone,
  };
  return { slug, dir, date: meta.date, sourceLocale: meta.source, tags: meta.tags, event, versions };
}

/**
 * Reads and validates all content, collecting every problem rather than stopping
 * at the first. Posts with problems are left out of `content` and listed in `problems`.
 */
export async function readContent({ root, config }: ReadContentOptions): Promise<ContentReport> {
  const problems: ContentProblem[] = [];
  const tags = await readTags(root, problems);
  const dirs = await findPostDirs(path.join(root, 'content', 'posts'));
  const read = await Promise.all(dirs.map((dir) => readPost(root, dir, config, tags, problems)));
  const posts = read.filter((p): p is Post => p !== undefined);
  const bySlug = new Map<string, string>();
  for (const dir of dirs) {
    const slug = path.basename(dir);
    const first = bySlug.get(slug);
    const relative = path.relative(root, dir).split(path.sep).join('/');
    if (first) problems.push({ file: relative, field: 'slug', message: `The slug "${slug}" is also used by ${first}.`, hint: 'Each post needs its own slug: rename one of the folders.' });
    else bySlug.set(slug, relative);
  }
  posts.sort((a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { content: { posts, tags }, problems };
}

/** Reads `content/tags.yaml` alone, throwing a ContentValidationError if it is invalid. */
export async function loadTags(root: string): Promise<TagLabels> {
  const problems: ContentProblem[] = [];
  const tags = await readTags(root, problems);
  if (problems.length > 0) throw new ContentValidationError(problems);
  return tags;
}

/** Reads content and throws a ContentValidationError listing every problem, if any. */
export async function loadContent(options: ReadContentOptions): Promise<Content> {
  const { content, problems } = await readContent(options);
  if (problems.length > 0) throw new ContentValidationError(problems);
  return content;
}
