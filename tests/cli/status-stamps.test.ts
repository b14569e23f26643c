import { lstat, readFile, rename, rm, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { postCacheFile } from '../../src/translation/post-cache.ts';
import { stampOf } from '../../src/lib/file-stamp.ts';
import { en, project, run, statusJson, uncachedStatus, zh } from './helpers.ts';

// The post cache trusts a file whose stamp (size, times, inode, device) is as
// recorded, by git's rule. These are the edits that leave some of the stamp as it
// was: each must still show in `status --json`, exactly as a run without cache shows it.
let root: string;
const source = () => path.join(root, `content/posts/alpha/${en}.md`);
// A whole second, so that a time put back with utimes is the very time recorded.
const PAST = new Date('2021-03-01T00:00:00Z');

const uncached = () => uncachedStatus(root);
const status = () => statusJson(root);

/** The cache file's identity: a write replaces the file (a new inode), so an unchanged one was not written. */
const cacheIdentity = async () => {
  const stats = await stat(postCacheFile(root), { bigint: true });
  return `${stats.ino}:${stats.mtimeNs}`;
};

/** Rewrites the same number of bytes: "long tradition" becomes "rich tradition". */
const sameSizeEdit = async (file = source()) => {
  const text = await readFile(file, 'utf8');
  const edited = text.includes('long tradition') ? text.replace('long tradition', 'rich tradition') : text.replace('rich tradition', 'long tradition');
  expect(edited.length).toBe(text.length);
  await writeFile(file, edited);
};

beforeEach(async () => {
  root = await project();
  expect((await run(['done', 'alpha', '--to', zh, '--date', '2021-03-01', '--root', root])).code).toBe(0);
  await utimes(source(), PAST, PAST);
});

describe('status --json sees every edit the stamps could hide', () => {
  it('an edit of the same size with the modification time put back', async () => {
    expect(await status()).toBe(await uncached());
    await sameSizeEdit();
    await utimes(source(), PAST, PAST);
    const now = await uncached();
    expect(now).toContain('rich tradition');
    expect(await status()).toBe(now);
  });

  it('a file replaced by a rename, same size and time', async () => {
    expect(await status()).toBe(await uncached());
    const other = path.join(root, 'replacement.md');
    await writeFile(other, (await readFile(source(), 'utf8')).replace('long tradition', 'rich tradition'));
    await utimes(other, PAST, PAST);
    await rename(other, source());
    expect(await status()).toBe(await uncached());
  });

  it('an edit whose stamp was recorded in the same tick (racy): hashed again', async () => {
    expect(await status()).toBe(await uncached());
    await sameSizeEdit();
    // As if the record had been taken just after this edit, in the same clock tick: the stamp is the edited file's.
    const stats = await lstat(source(), { bigint: true });
    const stored = JSON.parse(await readFile(postCacheFile(root), 'utf8')) as { data: { since: string; posts: Record<string, { files: string }> } };
    const entry = stored.data.posts['content/posts/alpha'];
    // Name, stamp and digest of each file, joined by NUL.
    const fields = entry?.files.split('\u0000') ?? [];
    const at = fields.indexOf(`${en}.md`);
    if (!entry || at < 0) throw new Error('alpha was not cached');
    fields[at + 1] = stampOf(stats);
    entry.files = fields.join('\u0000');
    stored.data.since = String(stats.mtimeNs);
    await writeFile(postCacheFile(root), JSON.stringify(stored));
    const now = await uncached();
    expect(now).toContain('rich tradition');
    expect(await status()).toBe(now);
  });

  it('a file added in the same tick as its folder was listed (racy): listed again', async () => {
    expect(await status()).toBe(await uncached());
    await writeFile(path.join(root, `content/posts/beta/${zh}.md`), '---\ntitle: 乙\ndraft: true\n---\n开始翻译。\n');
    // As if the folder had been listed just after this file was added, in the same clock tick: the folder's stamp is the new one.
    const folder = await lstat(path.join(root, 'content/posts/beta'), { bigint: true });
    const stored = JSON.parse(await readFile(postCacheFile(root), 'utf8')) as { data: { since: string; posts: Record<string, { folder?: string }> } };
    const entry = stored.data.posts['content/posts/beta'];
    if (!entry?.folder) throw new Error('beta was not cached with its folder');
    entry.folder = stampOf(folder);
    stored.data.since = String(folder.mtimeNs);
    await writeFile(postCacheFile(root), JSON.stringify(stored));
    const now = await uncached();
    expect(now).toContain('乙');
    expect(await status()).toBe(now);
  });

  it('a touch without change: same output, the new stamps kept once, then nothing written', async () => {
    const cold = await status();
    const written = await cacheIdentity();
    expect(await status()).toBe(cold);
    expect(await cacheIdentity()).toBe(written);
    const later = new Date();
    await utimes(source(), later, later);
    expect(await status()).toBe(cold);
    const restamped = await cacheIdentity();
    expect(restamped).not.toBe(written);
    expect(await status()).toBe(cold);
    expect(await cacheIdentity()).toBe(restamped);
  });

  it('files deleted and added', async () => {
    expect(await status()).toBe(await uncached());
    await unlink(path.join(root, `content/posts/gamma/${en}.md`));
    await writeFile(path.join(root, `content/posts/beta/${zh}.md`), '---\ntitle: 乙\ndraft: true\n---\n开始翻译。\n');
    const now = await uncached();
    expect(await status()).toBe(now);
    await writeFile(path.join(root, 'content/posts/alpha/photo.jpg'), 'not read, but named: an image a post may point to');
    expect(await status()).toBe(await uncached());
    await rm(path.join(root, `content/posts/alpha/${zh}.base.json`));
    expect(await status()).toBe(await uncached());
  });

  it('a file stamped in the future (clock skew): always hashed, never written for it', async () => {
    const future = new Date(Date.now() + 86_400_000);
    await sameSizeEdit();
    await utimes(source(), future, future);
    expect(await status()).toBe(await uncached());
    await sameSizeEdit();
    await utimes(source(), future, future);
    const now = await uncached();
    expect(await status()).toBe(now);
    const written = await cacheIdentity();
    expect(await status()).toBe(now);
    expect(await cacheIdentity()).toBe(written);
  });
});
