import path from 'node:path';
import { expect, it, vi } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { readContent } from '../../../src/content/index.ts';
import { checkContent } from '../../../src/translation/index.ts';
import { inWords, writeTree } from '../helpers.ts';
import { converterOf, linkedPages, md, meta, source, valid } from './content-fixtures.ts';

// Tests may run as root, whom permissions do not stop: folders named `locked` are refused as the system refuses a folder without read permission.
const locked = (dir: unknown) => String(dir).endsWith(`${path.sep}locked`);
const denied = (dir: unknown) => Object.assign(new Error(`EACCES: permission denied, scandir '${String(dir)}'`), { code: 'EACCES' });
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readdirSync = ((dir: string, options: never) => {
    if (locked(dir)) throw denied(dir);
    return fs.readdirSync(dir, options);
  }) as typeof fs.readdirSync;
  return { ...fs, default: { ...fs, readdirSync }, readdirSync };
});
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readdir = (async (dir: string, options: never) => {
    if (locked(dir)) throw denied(dir);
    return fs.readdir(dir, options);
  }) as typeof fs.readdir;
  return { ...fs, default: { ...fs, readdir }, readdir };
});

it('reports a post or page folder it may not list, in words, with every other problem, instead of leaving it out unsaid', async () => {
  const root = await writeTree({
    ...valid,
    'content/posts/locked/post.yaml': meta(),
    [`content/posts/locked/${source}.md`]: md('title: Locked'),
    'content/pages/locked/page.yaml': `source: ${source}\n`,
    'content/posts/typo/post.yaml': meta('tilte: x\n'),
    [`content/posts/typo/${source}.md`]: md('title: Typo'),
  });
  const { content, problems } = await readContent({ root, config: siteConfig });
  expect(problems.map((p) => [p.file, p.code])).toEqual([
    ['content/pages/locked', 'file-permission'],
    ['content/posts/locked', 'file-permission'],
    ['content/posts/typo/post.yaml', 'field-unknown'],
  ]);
  expect(inWords(problems[1]!)).toMatchObject({ message: expect.stringMatching(/do not let the user running Tandem read it/), hint: expect.stringContaining('chmod -R a+rX content/posts/locked') });
  expect(content.posts.map((p) => p.slug)).toEqual(['good']);
});

it('checks the rest of the site as the build does, the folder it may not list reported once', async () => {
  const root = await writeTree({ ...valid, ...linkedPages, 'content/posts/locked/post.yaml': meta(), [`content/posts/locked/${source}.md`]: md('title: Locked') });
  const { problems } = await checkContent({ root, config: siteConfig, converterOf });
  expect(problems.map((p) => [p.file, p.code])).toEqual([['content/posts/locked', 'file-permission']]);
});
