import { mkdirSync, readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPostDirs, POSTS_FOLDER } from '../../../src/content/content-files.ts';
import type { ContentProblem } from '../../../src/content/problems.ts';
import { writeTree } from '../helpers.ts';
import { meta, md, source, valid } from './content-fixtures.ts';

const twoPosts = { ...valid, 'content/posts/other/post.yaml': meta(), [`content/posts/other/${source}.md`]: md('title: Other') };

describe('findPostDirs', () => {
  it.each([
    ['a missing posts folder', {}, true],
    ['a file where the folder should be', { 'content/posts': 'not a folder' }, true],
    ['an empty posts folder', { 'content/tags.yaml': '' }, false],
  ])('with %s, reports it as missing: %s', async (_, files, missing) => {
    const root = await writeTree(files);
    if (!missing) mkdirSync(path.join(root, POSTS_FOLDER), { recursive: true });
    const problems: ContentProblem[] = [];
    expect(await findPostDirs(root, problems)).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(missing ? ['posts-folder-missing'] : []);
  });

  // The status cache lists content/posts ahead of the reader on a fresh checkout; the reader takes that listing rather than listing it again.
  it.each([
    ['lists content/posts itself when not given its listing', () => undefined, ['good', 'other']],
    ['takes the listing of content/posts it is given', (entries: Dirent[]) => entries.filter((e) => e.name === 'other'), ['other']],
  ])('%s', async (_, given, expected) => {
    const root = await writeTree(twoPosts);
    const postsDir = path.join(root, POSTS_FOLDER);
    const entries = readdirSync(postsDir, { withFileTypes: true });
    const known = { listing: (dir: string) => (dir === postsDir ? given(entries) : undefined) };
    const dirs = await findPostDirs(root, [], new Map(), known);
    expect(dirs.map((dir) => path.basename(dir)).sort()).toEqual(expected);
  });
});
