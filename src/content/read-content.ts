import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { zonedReadings } from '../i18n/format.ts';
import { findPostDirs, MARKDOWN_LIKE, META_FILE, POSTS_FOLDER, readText, relativeTo, withoutLinks, type ReadObserver } from './content-files.ts';
import { parseYaml, type ParsedYaml } from './frontmatter.ts';
import type { Content, Page, Post, PostVersion, TagLabels } from './model.ts';
import { newestFirst, type KnownPost, type KnownPosts } from './known-posts.ts';
import { readPages } from './read-pages.ts';
import { ContentValidationError, problem, sortProblems, type ContentProblem } from './problems.ts';
import { aliasProblems, toAliases, type AliasOwner } from './aliases.ts';
import type { ListedEntry } from '../lib/file-stamp.ts';
import { postMetaSchema, type PostMeta } from './schema.ts';
import { readTags } from './tags-file.ts';
import { readVersion } from './read-version.ts';
import { suggestName } from './suggest.ts';
import { validateWith } from './validate.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const postFields = Object.keys(postMetaSchema.shape);

/** Where content lives: `<root>/content/posts/**` and `<root>/content/tags.yaml`. */
export interface ReadContentOptions {
  root: string;
  config: SiteConfig;
  /** Posts known from an earlier run by their folder's exact bytes: not read again (see KnownPost). */
  known?: KnownPosts;
}

/** The result of reading content: what was valid, and every problem found. */
export interface ContentReport {
  content: Content;
  problems: ContentProblem[];
  /** The language versions of posts left out for problems, so their bodies are checked in the same run. */
  rejected: PostVersion[];
  /** Posts recognised by `known` and not read, newest first (not in `content.posts`). */
  known?: KnownPost[];
  /** Static pages recognised by `known` and not read, by slug (not in `content.pages`). */
  knownPages?: KnownPost[];
}

const isMarkdown = (name: string) => name.endsWith('.md');

/**
 * An event's start and end as instants. Each must name one moment: a wall-clock
 * time the clocks skip or repeat in its zone is reported with both readings, so
 * the author picks the right one.
 */
function eventInstants(event: NonNullable<PostMeta['event']>, file: string, parsed: ParsedYaml, problems: ContentProblem[]): NonNullable<Post['event']> {
  // Each time is read once: the readings that check it give its instant.
  const instantOf = (key: 'start' | 'end', value: string) => {
    const { instants, instant, readings: [earlier, later] } = zonedReadings(value, event.timeZone);
    if (instants.length !== 1) {
      const where = { file, line: parsed.lineOf(['event', key]), field: `event.${key}` };
      problems.push(problem(instants.length === 0 ? 'time-nonexistent' : 'time-ambiguous', { field: `event.${key}`, value, zone: event.timeZone, earlier, later }, where));
    }
    return instant;
  };
  return { start: instantOf('start', event.start), end: event.end === undefined ? undefined : instantOf('end', event.end), timeZone: event.timeZone };
}

/** What reading posts shares: where, the tags they may use, where problems and rejected versions go, and who is told of each file read. */
interface PostReading {
  root: string;
  config: SiteConfig;
  tags: TagLabels;
  problems: ContentProblem[];
  rejected: PostVersion[];
  observe?: ReadObserver;
}

// Posts are read concurrently, so each collects its own problems before adding them to the shared list.
function readPost(reading: PostReading, absoluteDir: string, listed: readonly ListedEntry[]): Post | undefined {
  const problems: ContentProblem[] = [];
  const read: PostVersion[] = [];
  const post = readPostInto(reading, absoluteDir, listed, problems, read);
  reading.problems.push(...problems);
  if (problems.length === 0) return post;
  reading.rejected.push(...read);
  return undefined;
}

function readPostInto({ root, config, tags, observe }: PostReading, absoluteDir: string, listed: readonly ListedEntry[], problems: ContentProblem[], read: PostVersion[]): Post | undefined {
  const dir = relativeTo(root, absoluteDir);
  const slug = path.basename(absoluteDir);
  if (!SLUG.test(slug)) problems.push(problem('slug-invalid', { slug }, { file: dir, field: 'slug' }));
  const metaFile = `${dir}/${META_FILE}`;
  const names = withoutLinks(listed, absoluteDir, root, problems).map((e) => e.name);
  if (!names.includes(META_FILE)) problems.push(problem('post-yaml-missing', { file: metaFile }, { file: metaFile }));
  const metaText = names.includes(META_FILE) ? readText(path.join(absoluteDir, META_FILE), metaFile, problems, false, observe) : undefined;
  const parsedMeta = metaText === undefined ? undefined : parseYaml(metaText.replace(/^\uFEFF/, ''), metaFile, 1, problems);
  const meta = parsedMeta && validateWith(postMetaSchema, parsedMeta, metaFile, postFields, problems);
  const codes = config.locales.map((l) => l.code);
  if (meta && parsedMeta && !codes.includes(meta.source)) {
    problems.push(problem('locale-not-configured', { locale: meta.source, codes, suggestion: suggestName(meta.source, codes) }, { file: metaFile, line: parsedMeta.lineOf(['source']), field: 'source' }));
  }
  meta?.tags.forEach((tag, index) => {
    if (!tags[tag]) problems.push(problem('tag-unknown', { tag, suggestion: suggestName(tag, Object.keys(tags)) }, { file: metaFile, line: parsedMeta?.lineOf(['tags', index]), field: `tags[${index}]` }));
  });
  if (meta?.type !== undefined && !config.postTypes.includes(meta.type)) {
    problems.push(problem('post-type-unknown', { type: meta.type, types: config.postTypes, suggestion: suggestName(meta.type, config.postTypes) }, { file: metaFile, line: parsedMeta?.lineOf(['type']), field: 'type' }));
  }
  const imageFile = meta?.image?.src.replace(/^\.\//, '');
  if (imageFile !== undefined && !names.includes(imageFile)) {
    problems.push(problem('image-not-in-folder', { name: imageFile, folder: dir, suggestion: suggestName(imageFile, names) }, { file: metaFile, line: parsedMeta?.lineOf(['image', 'src']), field: 'image' }));
  }
  const event = meta?.event && parsedMeta && eventInstants(meta.event, metaFile, parsedMeta, problems);

  for (const name of names.filter((n) => MARKDOWN_LIKE.test(n) && !isMarkdown(n))) {
    const expected = name.replace(MARKDOWN_LIKE, '.md');
    problems.push(problem('language-file-extension', { name, expected: codes.includes(expected.slice(0, -3).toLowerCase()) ? expected.toLowerCase() : expected }, { file: `${dir}/${name}` }));
  }
  const files = names.filter(isMarkdown).sort();
  const versions: Post['versions'] = {};
  for (const name of files) {
    const locale = name.slice(0, -'.md'.length);
    const file = `${dir}/${name}`;
    if (!codes.includes(locale)) {
      const meant = codes.find((code) => code.toLowerCase() === locale.toLowerCase());
      problems.push(meant ? problem('language-file-case', { name, expected: `${meant}.md` }, { file }) : problem('language-file-unknown', { name, files: codes.map((c) => `${c}.md`) }, { file }));
      continue;
    }
    const version = readVersion(path.join(absoluteDir, name), file, locale, problems, observe, meta?.date);
    if (version) versions[locale] = version;
    if (version) read.push(version);
  }
  if (meta && codes.includes(meta.source) && !files.includes(`${meta.source}.md`)) {
    const where = { file: metaFile, line: parsedMeta?.lineOf(['source']), field: 'source' };
    const file = `${dir}/${meta.source}.md`;
    problems.push(files.length > 0 ? problem('source-file-missing', { source: meta.source, files, file }, where) : problem('post-no-files', { source: meta.source, file }, where));
  }
  const source = versions[meta?.source ?? ''];
  if (source?.draft) problems.push(problem('source-draft', {}, { file: `${dir}/${meta?.source}.md`, field: 'draft' }));
  if (imageFile !== undefined && source && source.imageAlt === undefined) problems.push(problem('image-alt-missing', {}, { file: source.file, line: 1, field: 'imageAlt' }));
  if (!meta) return undefined;
  return { slug, dir, date: meta.date, sourceLocale: meta.source, tags: meta.tags, type: meta.type, image: imageFile && `${dir}/${imageFile}`, event, aliases: toAliases(meta.aliases), versions };
}

/**
 * Reads and validates all content, collecting every problem rather than stopping
 * at the first. Posts with problems are left out of `content` and listed in
 * `problems`, sorted by file so each file's problems are together.
 */
export async function readContent({ root, config, known }: ReadContentOptions): Promise<ContentReport> {
  const problems: ContentProblem[] = [];
  const tags = readTags(root, config, problems);
  const { pages, known: knownPages } = await readPages({ root, config, problems, readVersion, known });
  await known?.readAhead?.(tags);
  const listing = new Map<string, ListedEntry[]>();
  const dirs = await findPostDirs(root, problems, listing, known);
  await known?.prepare?.(listing, tags);
  const rejected: PostVersion[] = [];
  const recognised: KnownPost[] = [];
  const reading: PostReading = { root, config, tags, problems, rejected, observe: known?.observe };
  const read = dirs.map((dir) => {
    const entries = listing.get(dir) ?? [];
    const post = known?.lookup(dir, entries);
    if (post) recognised.push(post);
    return post ? undefined : readPost(reading, dir, entries);
  });
  const bySlug = new Map<string, string>();
  const duplicated = new Set<string>();
  for (const dir of dirs) {
    const slug = path.basename(dir);
    const first = bySlug.get(slug);
    const relative = relativeTo(root, dir);
    if (first) problems.push(problem('slug-duplicate', { slug, other: first }, { file: relative, field: 'slug' }));
    if (first) duplicated.add(slug);
    else bySlug.set(slug, relative);
  }
  // Like any post with a problem, posts sharing a slug are left out: neither can be published half-right.
  const posts = read.filter((p): p is Post => p !== undefined && !duplicated.has(p.slug));
  for (const post of read) if (post && duplicated.has(post.slug)) rejected.push(...Object.values(post.versions).filter((v): v is PostVersion => v !== undefined));
  const owners: AliasOwner[] = [...posts, ...recognised].map((post) => ({ file: `${post.dir}/${META_FILE}`, aliases: post.aliases }));
  owners.push(...[...pages, ...knownPages].sort((a, b) => a.slug.localeCompare(b.slug)).map((page) => ({ file: `${page.dir}/page.yaml`, aliases: page.aliases })));
  problems.push(...aliasProblems(owners, config));
  posts.sort((a, b) => newestFirst(a.date.getTime(), a.slug, b.date.getTime(), b.slug));
  recognised.sort((a, b) => newestFirst(a.date, a.slug, b.date, b.slug));
  return { content: { posts, pages, tags }, problems: sortProblems(problems), rejected, ...(known && { known: recognised.filter((p) => !duplicated.has(p.slug)), knownPages }) };
}

/**
 * Reads the posts in `folders` (absolute, each with its listed entries), alone: for
 * work split across threads (see translation/status-shard.ts). A post with a
 * problem is undefined, for a whole read to report it with every other problem;
 * so are checks across posts (slugs, aliases) left to that read.
 * @example readPostFolders({ root, config, tags }, [[dir, entries]]) // [post] or [undefined]
 */
export function readPostFolders({ root, config, tags, observe }: Omit<ReadContentOptions, 'known'> & { tags: TagLabels; observe?: ReadObserver }, folders: readonly (readonly [string, readonly ListedEntry[]])[]): (Post | undefined)[] {
  const reading: PostReading = { root, config, tags, problems: [], rejected: [], observe };
  return folders.map(([dir, entries]) => readPost(reading, dir, entries));
}

/**
 * Reads the one post in `content/posts/<slug>/`, with the tags it may use, for
 * commands that work on a single post: on a large site this reads a few files
 * instead of every post. Undefined when that folder is not a post folder (the
 * post may sit in a group folder, or not exist): read all content then.
 * Problems are this post's own; a slug shared with a post in another folder is
 * reported by a full read (`tandem check`, the build).
 */
export async function readOnePost({ root, config }: ReadContentOptions, slug: string): Promise<ContentReport | undefined> {
  if (!SLUG.test(slug)) return undefined;
  const dir = path.join(root, POSTS_FOLDER, slug);
  const entries = await readdir(dir, { withFileTypes: true }).catch((): Dirent[] => []);
  if (!entries.some((e) => e.name === META_FILE || isMarkdown(e.name))) return undefined;
  const problems: ContentProblem[] = [];
  const rejected: PostVersion[] = [];
  const tags = readTags(root, config, problems);
  const post = readPost({ root, config, tags, problems, rejected }, dir, entries);
  return { content: { posts: post ? [post] : [], tags, pages: [] }, problems: sortProblems(problems), rejected };
}

/** Reads `content/pages/` alone (for the site's pages collection), throwing a ContentValidationError listing its problems. */
export async function loadPages({ root, config }: ReadContentOptions): Promise<Page[]> {
  const problems: ContentProblem[] = [];
  const { pages } = await readPages({ root, config, problems, readVersion });
  if (problems.length > 0) throw new ContentValidationError(sortProblems(problems));
  return pages;
}

/** Reads content and throws a ContentValidationError listing every problem, if any. */
export async function loadContent(options: ReadContentOptions): Promise<Content> {
  const { content, problems } = await readContent(options);
  if (problems.length > 0) throw new ContentValidationError(problems);
  return content;
}
