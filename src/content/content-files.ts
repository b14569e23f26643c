import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, readlinkSync, readSync, type BigIntStats, type Dirent } from 'node:fs';
import { opendir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ListedEntry } from '../lib/file-stamp.ts';
import { describeBadEncoding } from './frontmatter.ts';
import type { KnownPosts } from './known-posts.ts';
import { problem, type ContentProblem } from './problems.ts';

/** Where post folders are, relative to the project root. */
export const POSTS_FOLDER = 'content/posts';
/** The tags' labels in every language, relative to the project root. */
export const TAGS_FILE = 'content/tags.yaml';
export const META_FILE = 'post.yaml';
/** Folders deeper than this under content/posts are not read (and reported): real sites group posts a few levels deep. */
export const MAX_FOLDER_DEPTH = 8;

const decoder = new TextDecoder('utf-8', { fatal: true });
// Not on Windows, where links are rare and readdir still reports them.
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * A path relative to the project root, with forward slashes, for messages.
 * @example relativeTo('/site', '/site/content/posts/a') // 'content/posts/a'
 */
export function relativeTo(root: string, absolute: string): string {
  // Paths joined onto the root are most of those asked about (tens of thousands in a run): cut, not resolved.
  const inside = absolute.length > root.length && absolute.startsWith(root) && absolute[root.length] === path.sep && !root.endsWith(path.sep);
  const relative = inside ? absolute.slice(root.length + 1) : path.relative(root, absolute);
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}

/**
 * Told of each content file read: its bytes, and its status taken before they
 * were read (so a change during the read shows as a later change time).
 */
export type ReadObserver = (absolute: string, bytes: Buffer, stats: BigIntStats) => void;

/**
 * The bytes of a file, refusing a symbolic link (the error's code is ELOOP);
 * `observe` is told of them. Throws what the file system throws.
 */
export function readBytes(absolute: string, observe?: ReadObserver): Buffer {
  // Synchronous on purpose: for thousands of small files, a thread-pool round trip per open, stat, read and close costs more than the read.
  const fd = openSync(absolute, constants.O_RDONLY | NO_FOLLOW);
  try {
    if (!observe) return readFileSync(fd);
    const stats = fstatSync(fd, { bigint: true });
    // The size the stamp records, as readFileSync reads a regular file, without asking for the size again.
    const bytes = Buffer.allocUnsafe(Number(stats.size));
    let length = 0;
    for (let read = -1; length < bytes.length && read !== 0; length += read) read = readSync(fd, bytes, length, bytes.length - length, null);
    const kept = bytes.subarray(0, length);
    observe(absolute, kept, stats);
    return kept;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a UTF-8 file inside the content folder; a missing one is a problem unless
 * `optional`. A symbolic link is refused, not followed: content is read only from
 * real files inside the content folder, so nothing outside the project is published.
 */
export function readText(absolute: string, file: string, problems: ContentProblem[], optional = false, observe?: ReadObserver): string | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readBytes(absolute, observe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') problems.push(symlinkProblem(absolute, file));
    else if (code !== 'ENOENT' || !optional) problems.push(code === 'ENOENT' ? problem('file-missing', {}, { file }) : unreadableProblem(error as NodeJS.ErrnoException, file));
    return undefined;
  }
  try {
    return decoder.decode(bytes);
  } catch {
    problems.push(describeBadEncoding(bytes, file));
    return undefined;
  }
}

/**
 * The problem of a content file or folder the file system would not read, in words: a
 * folder named like the file (an unzip or an editor may make one), one this user may
 * not read, or, for a failure there are no words for, the system's own reason.
 * @example unreadableProblem(Object.assign(new Error('EISDIR: …'), { code: 'EISDIR' }), 'content/posts/a/en.md').code // 'file-is-folder'
 */
export function unreadableProblem(error: NodeJS.ErrnoException, file: string): ContentProblem {
  if (error.code === 'EISDIR') return problem('file-is-folder', {}, { file });
  if (error.code === 'EACCES' || error.code === 'EPERM') return problem('file-permission', { file }, { file });
  return problem('file-unreadable', { reason: error.message }, { file });
}

/** The problem of a symbolic link, naming where it points. */
export function symlinkProblem(absolute: string, file: string): ContentProblem {
  let target = '?';
  try {
    target = readlinkSync(absolute);
  } catch {
    // Gone or unreadable meanwhile: the link is refused all the same.
  }
  return problem('symlink-refused', { target }, { file });
}

/** A folder's entries, with symbolic links reported and left out. */
export async function realEntries(dir: string, root: string, problems: ContentProblem[]): Promise<Dirent[]> {
  return withoutLinks(await readdir(dir, { withFileTypes: true }).catch(() => []), dir, root, problems);
}

/** Entries listed in `dir`, with symbolic links reported and left out. */
export function withoutLinks<E extends ListedEntry>(entries: readonly E[], dir: string, root: string, problems: ContentProblem[]): E[] {
  const kept: E[] = [];
  for (const entry of entries) {
    if (!entry.isSymbolicLink()) kept.push(entry);
    else problems.push(symlinkProblem(path.join(dir, entry.name), relativeTo(root, path.join(dir, entry.name))));
  }
  return kept;
}

// What editors save Markdown as; only `.md` is read, the others are reported.
export const MARKDOWN_LIKE = /\.(md|markdown|mdown|mkd|mkdn|mdx)$/i;
// Notes for editors may sit beside posts.
const README = /^readme\./i;

/**
 * Finds post folders under `content/posts`: every folder holding `post.yaml`,
 * and every folder holding only Markdown (a post missing its `post.yaml`, which
 * readPost reports). Other folders group posts, so Markdown directly in them
 * belongs to no post and is reported rather than hiding the posts below it.
 * Hidden folders (`.name`) are skipped, but reported if they hold a post; so are
 * symbolic links, and folders beyond {@link MAX_FOLDER_DEPTH}. A missing
 * `content/posts` is a problem: a site without posts is a mistake, not a site.
 * `listing`, if given, receives each post folder's entries (links included, for the reader to report);
 * `known` may give a folder's entries without listing it again.
 */
export async function findPostDirs(root: string, problems: ContentProblem[], listing?: Map<string, ListedEntry[]>, known?: Pick<KnownPosts, 'listing'>): Promise<string[]> {
  const postsDir = path.join(root, POSTS_FOLDER);
  // Opened, not read: findIn lists it (or has its listing already), and it may hold 10,000 posts.
  const isFolder = await opendir(postsDir).then((folder) => folder.close().then(() => true), () => false);
  if (!isFolder) {
    problems.push(problem('posts-folder-missing', { folder: POSTS_FOLDER }, { file: POSTS_FOLDER }));
    return [];
  }
  return findIn(postsDir, root, problems, 0, listing, known);
}

/**
 * A folder's entries, none if it cannot be listed. Synchronous on purpose: for thousands of post folders, a thread-pool
 * round trip per listing costs more than the listing. A folder that cannot be listed is reported when `report` is given:
 * its posts would go missing without a word.
 * @example listSync('/site/content/posts/a') // [Dirent en.md, Dirent post.yaml]
 */
export function listSync(dir: string, report?: { root: string; problems: ContentProblem[] }): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException;
    // Gone since its parent was listed: nothing left to read.
    if (report && failure.code !== 'ENOENT') report.problems.push(unreadableProblem(failure, relativeTo(report.root, dir)));
    return [];
  }
}

function findIn(dir: string, root: string, problems: ContentProblem[], depth: number, listing?: Map<string, ListedEntry[]>, known?: Pick<KnownPosts, 'listing'>): string[] {
  const listed = known?.listing(dir) || listSync(dir, { root, problems });
  const entries = withoutLinks(listed, dir, root, problems);
  const files: string[] = [];
  const folders: ListedEntry[] = [];
  for (const entry of entries) {
    if (entry.isFile()) files.push(entry.name);
    else if (entry.isDirectory()) folders.push(entry);
  }
  const relative = (name: string) => relativeTo(root, path.join(dir, name));
  for (const folder of folders.filter((e) => e.name.startsWith('.'))) {
    const inside = listSync(path.join(dir, folder.name));
    if (inside.some(({ name }) => name === META_FILE || MARKDOWN_LIKE.test(name))) problems.push(problem('folder-hidden', { name: folder.name }, { file: relative(folder.name), field: 'slug' }));
  }
  const visible = folders.filter((e) => !e.name.startsWith('.'));
  const tooDeep = depth >= MAX_FOLDER_DEPTH && visible.length > 0;
  if (tooDeep) problems.push(problem('too-deep', { limit: MAX_FOLDER_DEPTH }, { file: relativeTo(root, dir) }));
  const nested = tooDeep ? [] : visible.flatMap((e) => findIn(path.join(dir, e.name), root, problems, depth + 1, listing, known));
  const markdown = files.filter((name) => MARKDOWN_LIKE.test(name) && !README.test(name));
  if (depth > 0 && (files.includes(META_FILE) || (markdown.length > 0 && nested.length === 0))) {
    listing?.set(dir, listed);
    return [dir, ...nested];
  }
  for (const name of markdown) problems.push(problem('file-outside-post', {}, { file: relative(name) }));
  return nested;
}
