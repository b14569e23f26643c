// Astro's incremental builds with Tandem's page keys (src/site/page-keys.ts): a rebuild after
// an edit copies the pages the edit cannot have changed and renders the others, and the site
// it leaves is byte for byte the site a full build makes. Real builds of a small copy of the
// project, run once for the file.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, copyProject, linkNodeModules } from '../../bench/project.ts';
import { repoRoot } from '../helpers.ts';

const run = promisify(execFile);

async function build(project: string, ...flags: string[]): Promise<string> {
  const [command, args] = astroBuild(path.join(repoRoot, 'node_modules'));
  // As `npm run build` runs it: vitest puts DEV=1, MODE, NODE_ENV=test… in the environment,
  // which Astro would hand the build's pages as import.meta.env.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST\w*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL)$/.test(name)));
  const { stdout, stderr } = await run(command, [...args, ...flags], { cwd: project, env, maxBuffer: 64 * 1024 * 1024 });
  return stdout + stderr;
}

/** A full build from nothing but Astro's and Tandem's caches: no output of an earlier build left to reuse. */
async function fullBuild(project: string): Promise<void> {
  await rm(path.join(project, 'dist'), { recursive: true, force: true });
  await build(project, '--force');
}

/** Every file of a built site (the search bundles aside: Pagefind's own tests cover them), path → bytes. */
async function snapshot(dist: string): Promise<Map<string, string>> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && !path.relative(dist, entry.parentPath).split(path.sep).includes('pagefind'));
  return new Map(await Promise.all(files.map(async (entry) => [path.relative(dist, path.join(entry.parentPath, entry.name)), (await readFile(path.join(entry.parentPath, entry.name))).toString('base64')] as const)));
}

/** The pages a build copied from the previous one, from its log. */
// Astro colours its log when CI is set: the words are read without the colours.
const copied = (log: string) => new Set(Array.from(stripVTControlCharacters(log).matchAll(/├─ (\S+) \((?:cached|restored)\)/g), (m) => m[1] ?? ''));

describe('incremental builds', () => {
  let project = '';
  let posts: string[] = [];
  let cold = '';
  beforeAll(async () => {
    project = await mkdtemp(path.join(tmpdir(), 'tandem-incremental-'));
    await copyProject(repoRoot, project);
    await linkNodeModules(path.join(repoRoot, 'node_modules'), project);
    await cp(path.join(repoRoot, 'content'), path.join(project, 'content'), { recursive: true });
    posts = (await readdir(path.join(project, 'content/posts'))).sort();
    cold = stripVTControlCharacters(await build(project));
  }, 180_000);
  afterAll(async () => rm(project, { recursive: true, force: true }));

  it('indexes search shards of a cold build while its pages are generated, from HTML the built pages match', () => {
    const line = /Search index: .* in (\d+) shards, (\d+) unchanged, (\d+) indexed while the pages were generated(.*), in \d+ ms/.exec(cold);
    expect(line).not.toBeNull();
    const [, shards, unchanged, early, rest] = line ?? [];
    expect(Number(unchanged)).toBe(0);
    // The English shard is complete a few pages into the post route, long before the last page.
    expect(Number(early)).toBeGreaterThan(0);
    expect(Number(early)).toBeLessThanOrEqual(Number(shards));
    expect(rest).toBe('');
  });

  it('renders again only the pages of an edited post, and leaves the site a full build makes', async () => {
    const [edited = '', kept = ''] = posts;
    const files = await readdir(path.join(project, 'content/posts', edited));
    const source = files.find((name) => /^[^.]+\.md$/.test(name)) ?? '';
    await writeFile(path.join(project, 'content/posts', edited, source), `${await readFile(path.join(project, 'content/posts', edited, source), 'utf8')}\n\nA paragraph added by the incremental-build test.\n`);
    const log = await build(project);
    const reused = copied(log);
    expect([...reused].some((page) => page.includes(`/posts/${kept}/`))).toBe(true);
    // Kept in place from the last output (kept-pages.ts), not copied out of Astro's cache.
    expect(stripVTControlCharacters(log)).not.toContain('(restored)');
    expect([...reused].filter((page) => page.includes(`/posts/${edited}/`) || page.includes(`/compare/${edited}/`))).toEqual([]);
    const incremental = await snapshot(path.join(project, 'dist'));
    await fullBuild(project);
    expect(incremental).toEqual(await snapshot(path.join(project, 'dist')));
  }, 180_000);

  it('keeps no page changed after the build, and leaves no page of a deleted post', async () => {
    const [, deleted = '', handEdited = ''] = posts;
    const page = path.join(project, 'dist/en/posts', handEdited, 'index.html');
    const built = await readFile(page, 'utf8');
    await writeFile(page, `${built}<!-- changed after the build -->`);
    // Files no build made: a folder of them, and one beside the pages.
    await mkdir(path.join(project, 'dist/leftover'), { recursive: true });
    await writeFile(path.join(project, 'dist/leftover/old.css'), 'p{}');
    await writeFile(path.join(project, 'dist/en/old-photo.jpg'), 'jpg');
    const log = stripVTControlCharacters(await build(project));
    expect([existsSync(path.join(project, 'dist/leftover')), existsSync(path.join(project, 'dist/en/old-photo.jpg'))]).toEqual([false, false]);
    // Copied again out of Astro's cache, as the build left it; the others stay where they are.
    expect(log).toContain(`/en/posts/${handEdited}/index.html (restored)`);
    expect(log.match(/\(restored\)/g)).toHaveLength(1);
    expect(await readFile(page, 'utf8')).toBe(built);

    await rm(path.join(project, 'content/posts', deleted), { recursive: true });
    await build(project);
    const incremental = await snapshot(path.join(project, 'dist'));
    expect([...incremental.keys()].filter((file) => file.includes(deleted))).toEqual([]);
    await fullBuild(project);
    expect(incremental).toEqual(await snapshot(path.join(project, 'dist')));
  }, 180_000);

  it('renders every page again when what all pages show changes (a tag\'s label)', async () => {
    const tags = path.join(project, 'content/tags.yaml');
    await writeFile(tags, (await readFile(tags, 'utf8')).replace(/^( {2}en: .*)$/m, '$1 (renamed)'));
    // The search page's script for the other Chinese script (/zh/search/other-script.js) shows no tag: copied rightly.
    expect([...copied(await build(project))].filter((page) => !page.endsWith('/other-script.js'))).toEqual([]);
  }, 180_000);
});
