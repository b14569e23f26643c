import { access, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setAside } from '../../../src/site/set-aside.ts';
import { writeTree } from '../helpers.ts';

const exists = (file: string) => access(file).then(() => true, () => false);

describe('setAside', () => {
  it('moves the old output away at once and deletes it in the background, with earlier leftovers', async () => {
    const root = await writeTree({ 'dist/en/posts/a/index.html': 'old', 'dist/_astro/site.css': 'old', 'trash/old-output-1-1/x.html': 'left by a stopped build', 'trash/keep.txt': 'not ours' });
    const { deleted } = await setAside(path.join(root, 'dist'), path.join(root, 'trash'));
    expect(await exists(path.join(root, 'dist'))).toBe(false);
    await deleted;
    expect(await readdir(path.join(root, 'trash'))).toEqual(['keep.txt']);
  });

  it.each([
    ['holds .git (Astro keeps it)', { 'dist/.git/HEAD': 'ref', 'dist/index.html': 'old' }],
    ['is empty', {}],
  ])('leaves the output folder for Astro when it %s', async (_, files) => {
    const root = await writeTree(files);
    await mkdir(path.join(root, 'dist'), { recursive: true });
    const before = (await readdir(path.join(root, 'dist'))).sort();
    await (await setAside(path.join(root, 'dist'), path.join(root, 'trash'))).deleted;
    expect((await readdir(path.join(root, 'dist'))).sort()).toEqual(before);
  });

  it('does nothing when there is no output yet', async () => {
    const root = await writeTree({});
    await (await setAside(path.join(root, 'dist'), path.join(root, 'trash'))).deleted;
    expect(await exists(path.join(root, 'dist'))).toBe(false);
  });

  it('leaves the output in place when it cannot be moved (the trash cannot be made)', async () => {
    const root = await writeTree({ 'dist/index.html': 'old', blocked: 'a file where the trash folder would go' });
    await writeFile(path.join(root, 'blocked'), 'x');
    await (await setAside(path.join(root, 'dist'), path.join(root, 'blocked', 'trash'))).deleted;
    expect(await readdir(path.join(root, 'dist'))).toEqual(['index.html']);
  });
});
