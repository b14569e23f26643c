import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { phraseLists, useTranslations } from '../../../src/i18n/site-i18n.ts';
import { postsLoader, type TandemLoaderOptions } from '../../../src/site/loader.ts';
import { repoRoot } from '../helpers.ts';

// The sample site's posts through the loader in every mode: in the build's own
// thread or in worker threads, rendered or read back from the render cache.
// What the pages are built from must be the same bytes every time.
let work: string;
let translations: TandemLoaderOptions['translations'];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'tandem-loader-'));
  translations = useTranslations;
});
afterAll(() => rm(work, { recursive: true, force: true }));

interface Run {
  data: string;
  info: string[];
  warnings: string[];
}

async function load(root: string, cacheDir: string, options: Partial<TandemLoaderOptions>): Promise<Run> {
  const entries = new Map<string, { id: string; data: unknown; digest?: string }>();
  const info: string[] = [];
  const warnings: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: { id: string; data: unknown; digest?: string }) => entries.set(entry.id, entry),
    keys: () => [...entries.keys()],
    delete: (id: string) => entries.delete(id),
  };
  const loader = postsLoader({ config: siteConfig, translations, phraseLists, root, ...options });
  const context = {
    store,
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${cacheDir}/`) },
    generateDigest: (data: string) => createHash('sha1').update(data).digest('hex'),
    logger: { info: (m: string) => info.push(m), warn: (m: string) => warnings.push(m) },
  };
  await loader.load(context as unknown as Parameters<typeof loader.load>[0]);
  const data = JSON.stringify([...entries.values()].map((entry) => entry.data));
  return { data, info, warnings };
}

describe('posts loader', () => {
  it('stores the same bytes with and without workers and the render cache', async () => {
    const cacheDir = path.join(work, 'cache');
    const plain = await load(repoRoot, cacheDir, { workers: 0, cache: false });
    const workers = await load(repoRoot, cacheDir, { workers: 2, cache: true });
    const cached = await load(repoRoot, cacheDir, { workers: 0, cache: true });
    expect(plain.data.length).toBeGreaterThan(10_000);
    expect(workers.data).toBe(plain.data);
    expect(cached.data).toBe(plain.data);
    expect(workers.info.join('\n')).toMatch(/\((\d+) rendered, 0 from the render cache\)/);
    expect(cached.info.join('\n')).toMatch(/\(0 rendered, \d+ from the render cache\)/);
  });

  it('re-renders only the version that changed, and a damaged cache entry', async () => {
    const root = path.join(work, 'site');
    const cacheDir = path.join(work, 'cache-edit');
    await cp(path.join(repoRoot, 'content'), path.join(root, 'content'), { recursive: true });
    await load(root, cacheDir, { workers: 0 });
    const [slug] = await readdir(path.join(root, 'content/posts'));
    const file = path.join(root, 'content/posts', slug ?? '', `${siteConfig.defaultLocale}.md`);
    await writeFile(file, `${await readFile(file, 'utf8')}\nA new closing paragraph.\n`);
    const shard = (await readdir(path.join(cacheDir, 'tandem/render')))[0] ?? '';
    const [entry] = await readdir(path.join(cacheDir, 'tandem/render', shard));
    await writeFile(path.join(cacheDir, 'tandem/render', shard, entry ?? ''), '{"key":');
    const edited = await load(root, cacheDir, { workers: 0 });
    expect(edited.info.join('\n')).toMatch(/\(2 rendered, \d+ from the render cache\)/);
    expect(edited.data).toContain('A new closing paragraph.');
  });
});
