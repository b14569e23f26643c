import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { zonedTimeToDate } from '../i18n/format.ts';
import { describeBadEncoding, hasUnclosedFrontmatter, parseYaml, splitFrontmatter } from './frontmatter.ts';
import type { Content, Post, PostVersion, TagLabels } from './model.ts';
import { ContentValidationError, type ContentProblem } from './problems.ts';
import { postMetaSchema, tagsFileSchema, versionFrontmatterSchema } from './schema.ts';
import { validateWith } from './validate.ts';
import type { YamlCache } from './yaml-cache.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const META_FILE = 'post.yaml';
const postFields = Object.keys(postMetaSchema.shape);
const versionFields = Object.keys(versionFrontmatterSchema.shape);

/** Where content lives: `<root>/content/posts/**` and `<root>/content/tags.yaml`. */
export interface ReadContentOptions {
  root: string;
  config: SiteConfig;
  /** Parsed frontmatter from earlier runs, for files that did not change (the CLI passes one). */
  yamlCache?: YamlCache;
}

type ParseYaml = typeof parseYaml;

/** The result of reading content: what was valid, and every problem found. */
export interface ContentReport {
  content: Content;
  problems: ContentProblem[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a UTF-8 file; a missing one is a problem unless `optional`. */
async function readText(absolute: string, file: string, problems: ContentProblem[], optional = false): Promise<string | undefined> {
  let bytes: Uint8Array;
  try {
    // Synchronous on purpose: for thousands of small files, a thread-pool round trip per open, stat, read and close costs more than the read.
    bytes = readFileSync(absolute);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (!(missing && optional)) problems.push({ file, message: missing ? 'The file is missing.' : `The file could not be read (${(error as Error).message}).`, hint: 'Check the file exists and is readable.' });
    return undefined;
  }
  try {
    return decoder.decode(bytes);
  } catch {
    problems.push({ file, ...describeBadEncoding(bytes) });
    return undefined;
  }
}

// What editors save Markdown as; only `.md` is read, the others are reported.
const MARKDOWN_LIKE = /\.(md|markdown|mdown|mkd|mkdn|mdx)$/i;
// Notes for editors may sit beside posts.
const README = /^readme\./i;
const isMarkdown = (name: string) => name.endsWith('.md');

/**
 * Finds post folders under `content/posts`: every folder holding `post.yaml`,
 * and every folder holding only Markdown (a post missing its `post.yaml`, which
 * readPost reports). Other folders group posts, so Markdown directly in them
 * belongs to no post and is reported rather than hiding the posts below it.
 * Hidden folders (`.name`) are skipped, but reported if they hold a post.
 */
async function findPostDirs(dir: string, root: string, problems: ContentProblem[], isRoot = true): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files = entries.filter((e) => e.isFile()).map((e) => e.name);
  const folders = entries.filter((e) => e.isDirectory());
  const relative = (name: string) => path.relative(root, path.join(dir, name)).split(path.sep).join('/');
  for (const folder of folders.filter((e) => e.name.startsWith('.'))) {
    const inside = await readdir(path.join(dir, folder.name)).catch(() => []);
    if (inside.some((name) => name === META_FILE || MARKDOWN_LIKE.test(name))) {
      problems.push({ file: relative(folder.name), field: 'slug', message: `The folder name "${folder.name}" starts with ".", so the post in it is skipped.`, hint: 'Rename the folder using lowercase letters, digits and single hyphens; to unpublish a post, move it out of content/posts.' });
    }
  }
  const nested = (await Promise.all(folders.filter((e) => !e.name.startsWith('.')).map((e) => findPostDirs(path.join(dir, e.name), root, problems, false)))).flat();
  const markdown = files.filter((name) => MARKDOWN_LIKE.test(name) && !README.test(name));
  if (!isRoot && (files.includes(META_FILE) || (markdown.length > 0 && nested.length === 0))) return [dir, ...nested];
  for (const name of markdown) {
    problems.push({ file: relative(name), message: 'This file is not in a post folder, so it is not published.', hint: 'Give each post a folder of its own, content/posts/<slug>/, holding post.yaml and one <locale>.md per language.' });
  }
  return nested;
}

async function readTags(root: string, problems: ContentProblem[], parse: ParseYaml = parseYaml): Promise<TagLabels> {
  const file = 'content/tags.yaml';
  const text = await readText(path.join(root, file), file, problems, true);
  if (text === undefined) return {};
  const parsed = parse(text.replace(/^\uFEFF/, ''), file, 1, problems);
  if (!parsed) return {};
  return validateWith(tagsFileSchema, parsed, file, [], problems) ?? {};
}

async function readVersion(absolute: string, file: string, locale: string, problems: ContentProblem[], parse: ParseYaml): Promise<PostVersion | undefined> {
  const text = await readText(absolute, file, problems);
  if (text === undefined) return undefined;
  const split = splitFrontmatter(text);
  if (!split && hasUnclosedFrontmatter(text)) {
    problems.push({ file, line: 1, message: 'The frontmatter that starts on line 1 is never closed.', hint: 'Add a line holding only "---" after the last field, before the text of the post.' });
    return undefined;
  }
  if (!split) {
    problems.push({ file, line: 1, message: 'The file has no frontmatter.', hint: 'Start the file with a block between two "---" lines holding at least a title.' });
    return undefined;
  }
  const parsed = parse(split.yaml, file, split.yamlStartLine, problems);
  const data = parsed && validateWith(versionFrontmatterSchema, parsed, file, versionFields, problems);
  if (!data) return undefined;
  if (split.body.trim() === '' && !data.draft) {
    problems.push({ file, line: split.bodyStartLine, field: 'body', message: 'The post has no text.', hint: 'Write the post below the closing "---", or mark an unfinished translation with draft: true.' });
    return undefined;
  }
  return { locale, file, ...data, body: split.body, bodyStartLine: split.bodyStartLine };
}

// Posts are read concurrently, so each collects its own problems before adding them to the shared list.
async function readPost(root: string, absoluteDir: string, config: SiteConfig, tags: TagLabels, allProblems: ContentProblem[], parse: ParseYaml): Promise<Post | undefined> {
  const problems: ContentProblem[] = [];
  const post = await readPostInto(root, absoluteDir, config, tags, problems, parse);
  allProblems.push(...problems);
  return problems.length > 0 ? undefined : post;
}

async function readPostInto(root: string, absoluteDir: string, config: SiteConfig, tags: TagLabels, problems: ContentProblem[], parse: ParseYaml): Promise<Post | undefined> {
  const dir = path.relative(root, absoluteDir).split(path.sep).join('/');
  const slug = path.basename(absoluteDir);
  if (!SLUG.test(slug)) {
    problems.push({ file: dir, field: 'slug', message: `The folder name "${slug}" is not a valid slug.`, hint: 'Rename the folder using lowercase letters, digits and single hyphens, e.g. soas-students-vote.' });
  }
  const metaFile = `${dir}/${META_FILE}`;
  const names = await readdir(absoluteDir);
  if (!names.includes(META_FILE)) {
    problems.push({ file: metaFile, message: 'The post has no post.yaml, so its date and original language are unknown.', hint: `Add ${metaFile} with at least "date: YYYY-MM-DD" and "source: <locale>".` });
  }
  const metaText = names.includes(META_FILE) ? await readText(path.join(absoluteDir, META_FILE), metaFile, problems) : undefined;
  const parsedMeta = metaText === undefined ? undefined : parse(metaText.replace(/^\uFEFF/, ''), metaFile, 1, problems);
  const meta = parsedMeta && validateWith(postMetaSchema, parsedMeta, metaFile, postFields, problems);
  const codes = config.locales.map((l) => l.code);
  if (meta && parsedMeta && !codes.includes(meta.source)) {
    problems.push({ file: metaFile, line: parsedMeta.lineOf(['source']), field: 'source', message: `"${meta.source}" is not a configured locale.`, hint: `Use one of: ${codes.join(', ')}.` });
  }
  meta?.tags.forEach((tag, index) => {
    if (!tags[tag]) problems.push({ file: metaFile, line: parsedMeta?.lineOf(['tags', index]), field: `tags[${index}]`, message: `Unknown tag "${tag}".`, hint: 'Define it with a label per language in content/tags.yaml, or fix the spelling.' });
  });

  for (const name of names.filter((n) => MARKDOWN_LIKE.test(n) && !isMarkdown(n))) {
    const expected = name.replace(MARKDOWN_LIKE, '.md');
    problems.push({ file: `${dir}/${name}`, message: `"${name}" is not read: language files must end in ".md".`, hint: `Rename it to ${codes.includes(expected.slice(0, -3).toLowerCase()) ? expected.toLowerCase() : expected}.` });
  }
  const files = names.filter(isMarkdown).sort();
  const versions: Post['versions'] = {};
  for (const name of files) {
    const locale = name.slice(0, -'.md'.length);
    const file = `${dir}/${name}`;
    if (!codes.includes(locale)) {
      const meant = codes.find((code) => code.toLowerCase() === locale.toLowerCase());
      const hint = meant ? `Rename it to ${meant}.md (file names are case-sensitive).` : `Name language files ${codes.map((c) => `${c}.md`).join(' or ')}, or add the locale to src/config/site.ts.`;
      problems.push({ file, message: `"${name}" is not named after a configured locale.`, hint });
      continue;
    }
    const version = await readVersion(path.join(absoluteDir, name), file, locale, problems, parse);
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
export async function readContent({ root, config, yamlCache }: ReadContentOptions): Promise<ContentReport> {
  const problems: ContentProblem[] = [];
  const parse: ParseYaml = yamlCache ? (...args) => yamlCache.parse(...args) : parseYaml;
  const tags = await readTags(root, problems, parse);
  const dirs = await findPostDirs(path.join(root, 'content', 'posts'), root, problems);
  const read = await Promise.all(dirs.map((dir) => readPost(root, dir, config, tags, problems, parse)));
  const bySlug = new Map<string, string>();
  const duplicated = new Set<string>();
  for (const dir of dirs) {
    const slug = path.basename(dir);
    const first = bySlug.get(slug);
    const relative = path.relative(root, dir).split(path.sep).join('/');
    if (first) problems.push({ file: relative, field: 'slug', message: `The slug "${slug}" is also used by ${first}.`, hint: 'Each post needs its own slug: rename one of the folders.' });
    if (first) duplicated.add(slug);
    else bySlug.set(slug, relative);
  }
  // Like any post with a problem, posts sharing a slug are left out: neither can be published half-right.
  const posts = read.filter((p): p is Post => p !== undefined && !duplicated.has(p.slug));
  posts.sort((a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { content: { posts, tags }, problems };
}

/**
 * Reads the one post in `content/posts/<slug>/`, with the tags it may use, for
 * commands that work on a single post: on a large site this reads a few files
 * instead of every post. Undefined when that folder is not a post folder (the
 * post may sit in a group folder, or not exist): read all content then.
 * Problems are this post's own; a slug shared with a post in another folder is
 * reported by a full read (`tandem check`, the build).
 */
export async function readOnePost({ root, config, yamlCache }: ReadContentOptions, slug: string): Promise<ContentReport | undefined> {
  if (!SLUG.test(slug)) return undefined;
  const dir = path.join(root, 'content', 'posts', slug);
  const names = await readdir(dir).catch((): string[] => []);
  if (!names.includes(META_FILE) && !names.some(isMarkdown)) return undefined;
  const problems: ContentProblem[] = [];
  const parse: ParseYaml = yamlCache ? (...args) => yamlCache.parse(...args) : parseYaml;
  const tags = await readTags(root, problems, parse);
  const post = await readPost(root, dir, config, tags, problems, parse);
  return { content: { posts: post ? [post] : [], tags }, problems };
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
