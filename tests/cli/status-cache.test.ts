import { cp, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/index.ts';
import { siteConfig } from '../../src/config/site.ts';
import { markDone, selectRecords, type TranslationStatus } from '../../src/translation/index.ts';
import { PostCache, postCacheFile } from '../../src/translation/post-cache.ts';
import { generateCorpus } from '../bench/corpus.ts';
import { repoRoot, run, statusJson, uncachedStatus } from './helpers.ts';

// `tandem status --json` answers from a cache of whole posts' records. Whatever it holds, the output must be what a
// run without any cache computes: on a fresh checkout, on a second run, and after
// every kind of edit a translator or author makes between runs.
let root: string;

// The records as computed with no cache at all, in the order and shape the CLI prints.
const uncached = () => uncachedStatus(root);
const status = () => statusJson(root);

const file = (relative: string) => path.join(root, 'content', relative);
const edit = async (relative: string, change: (text: string) => string) => writeFile(file(relative), change(await readFile(file(relative), 'utf8')));

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'tandem-status-cache-'));
  // The benchmark's corpus: every state, Chinese-first posts, events, update notes, tables, code, footnotes.
  await generateCorpus({ root, posts: 48, seed: 15, library: { readContent, markDone, siteConfig } });
  // The sample site's static pages, and one translation to review (its base record gone).
  await cp(path.join(repoRoot, 'content', 'pages'), file('pages'), { recursive: true });
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('status --json with caches', () => {
  it('prints the same records cold, warm, and with no cache, across edits', async () => {
    const records = JSON.parse(await uncached()) as { status: string; sourceLocale: string; kind?: string; slug: string; translationFile?: string }[];
    const states = new Set(records.map((r) => r.status));
    for (const state of ['missing', 'draft', 'outdated', 'up-to-date', 'derived']) expect(states).toContain(state);
    expect(records.some((r) => r.sourceLocale !== siteConfig.defaultLocale)).toBe(true);
    expect(records.some((r) => r.kind === 'page')).toBe(true);

    const cold = await status();
    expect(cold).toBe(await uncached());
    const warm = await status();
    expect(warm).toBe(cold);
    // Options that filter and order: records read back from the cache, not its printed text.
    const target = siteConfig.locales[1]?.code ?? '';
    const filtered = await run(['status', '--json', '--to', target, '--sort', 'work', '--root', root]);
    const expected = selectRecords((JSON.parse(cold) as TranslationStatus[]).filter((r) => r.locale === target), { sort: 'work' });
    expect(filtered.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);

    // Every post was recognised on the warm run: the cache is used, not merely harmless.
    const known = new PostCache(postCacheFile(root), root, siteConfig);
    const report = await readContent({ root, config: siteConfig, known });
    expect(report.content.posts).toEqual([]);
    expect(report.known?.length).toBe(48);
    expect(report.content.pages).toEqual([]);
    expect(report.knownPages?.length).toBeGreaterThan(0);

    // Edits of every kind between runs, each followed by a warm run.
    const upToDate = records.find((r) => r.status === 'up-to-date' && !r.kind);
    const outdated = records.find((r) => r.status === 'outdated');
    const missing = records.find((r) => r.status === 'missing' && !r.kind);
    if (!upToDate?.translationFile || !outdated?.translationFile || !missing) throw new Error('the corpus lacks a state');
    const sourceOf = (r: { slug: string; sourceLocale: string }) => `posts/${r.slug}/${r.sourceLocale}.md`;
    const edits: [string, () => Promise<unknown>][] = [
      ['a paragraph added to a source', () => edit(sourceOf(upToDate), (t) => `${t}\nA new paragraph, added after the translation.\n`)],
      ['a title reworded', () => edit(sourceOf(outdated), (t) => t.replace(/^title: .*$/m, 'title: A reworded title'))],
      ['a base record removed (now to review)', () => unlink(path.join(root, upToDate.translationFile?.replace(/\.md$/, '.base.json') ?? ''))],
      ['a translation started', () => writeFile(file(`posts/${missing.slug}/${missing.sourceLocale === 'en' ? 'zh' : 'en'}.md`), '---\ntitle: 新的翻译\ndraft: true\n---\n开始翻译。\n')],
      ['a tag relabelled', () => edit('tags.yaml', (t) => t.replace(/^( {2}en: )(.*)$/m, '$1$2 (relabelled)'))],
      ['a post dated earlier', () => edit(`posts/${outdated.slug}/post.yaml`, (t) => t.replace(/^date: .*$/m, 'date: 2001-01-01'))],
      ['a page edited', () => edit('pages/about/en.md', (t) => `${t}\nOne more line about us.\n`)],
    ];
    for (const [what, change] of edits) {
      await change();
      expect(await status(), what).toBe(await uncached());
    }
  }, 120_000);

  // A cold run with an explicit thread count (explicit: used whatever the number of posts).
  const inThreads = async (workers: string, args: string[] = ['status', '--json']) => {
    await rm(postCacheFile(root), { force: true });
    const before = process.env.TANDEM_WORKERS;
    process.env.TANDEM_WORKERS = workers;
    try {
      return await run([...args, '--root', root]);
    } finally {
      if (before === undefined) delete process.env.TANDEM_WORKERS;
      else process.env.TANDEM_WORKERS = before;
    }
  };

  it('finds posts in group folders and folders inside posts when the threads list the folders', async () => {
    // Threads list and read the folders of content/posts; a group of posts (and a post holding a folder) is left to the reader, which finds what is inside.
    const [first, second, third] = (await readdir(file('posts'))).sort().slice(-3);
    if (!first || !second || !third) throw new Error('the corpus lacks posts');
    await cp(file(`posts/${first}`), file(`posts/2021/${first}`), { recursive: true });
    await cp(file(`posts/${second}`), file(`posts/2021/spring/${second}`), { recursive: true });
    await rm(file(`posts/${first}`), { recursive: true });
    await rm(file(`posts/${second}`), { recursive: true });
    await cp(file('tags.yaml'), file(`posts/${third}/notes/tags-copy.yaml`));
    const single = await inThreads('0');
    expect(single.stdout).toContain(`content/posts/2021/spring/${second}/`);
    expect(single.stdout).toContain(`content/posts/${third}/`);
    expect(single.stdout).toBe(await uncached());
    for (const workers of ['2', '3']) {
      expect(await inThreads(workers), `TANDEM_WORKERS=${workers}`).toEqual(single);
      // Kept as the CLI's own thread keeps them: the next run reads only the posts with problems.
      const report = await readContent({ root, config: siteConfig, known: new PostCache(postCacheFile(root), root, siteConfig) });
      expect(report.content.posts).toEqual([]);
      expect(await run(['status', '--json', '--root', root])).toEqual(single);
    }
  }, 120_000);

  it('prints the same records and problems when posts are computed on several threads', async () => {
    const cache = postCacheFile(root);
    const expected = await uncached();
    for (const workers of ['0', '2', '3']) {
      const cold = await inThreads(workers);
      expect({ workers, code: cold.code, stderr: cold.stderr }).toEqual({ workers, code: 0, stderr: '' });
      expect(cold.stdout, `TANDEM_WORKERS=${workers}`).toBe(expected);
      // What the threads computed is kept as a run of the CLI's own thread would keep it: the next run reads nothing.
      const report = await readContent({ root, config: siteConfig, known: new PostCache(cache, root, siteConfig) });
      expect(report.content.posts).toEqual([]);
      expect(await statusJson(root)).toBe(expected);
    }
    // Text and check output too, through the same records.
    expect((await inThreads('2', ['status'])).stdout).toBe((await inThreads('0', ['status'])).stdout);

    // Posts with problems (a broken base record, a post.yaml without its date) are left to the CLI's thread: every problem is reported, as without threads.
    const posts = (JSON.parse(expected) as { slug: string; status: string; translationFile?: string }[]).filter((r) => r.translationFile && r.status === 'up-to-date');
    const [broken, undated] = [posts[0], posts.find((r) => r.slug !== posts[0]?.slug)];
    if (!broken?.translationFile || !undated) throw new Error('the corpus lacks up-to-date translations');
    await writeFile(path.join(root, broken.translationFile.replace(/\.md$/, '.base.json')), '{ not json');
    await edit(`posts/${undated.slug}/post.yaml`, (t) => t.replace(/^date: .*$/m, ''));
    const single = await inThreads('0');
    expect(single.code).toBe(1);
    expect(single.stderr).toContain(broken.slug);
    expect(single.stderr).toContain(undated.slug);
    for (const workers of ['2', '3']) expect(await inThreads(workers)).toEqual(single);
  }, 120_000);

});
