import { randomBytes } from 'node:crypto';
import { access, link, rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes a file so that readers (the dev server, another `tandem` run, an editor)
 * never see it half-written: the text goes to a temporary file in the same folder,
 * which then replaces the target in one step. With `overwrite: false` the step is a
 * hard link, which fails with EEXIST instead of replacing a file created meanwhile.
 */
export async function writeFileAtomic(file: string, text: string, { overwrite }: { overwrite: boolean }): Promise<void> {
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temp, text, { flag: 'wx' });
  try {
    if (overwrite) await rename(temp, file);
    else await linkWithoutOverwrite(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
}

async function linkWithoutOverwrite(temp: string, file: string): Promise<void> {
  try {
    await link(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Some filesystems (FAT, some network shares) have no hard links: check, then rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    const exists = await access(file).then(() => true, () => false);
    if (exists) throw Object.assign(new Error(`EEXIST: file already exists, '${file}'`), { code: 'EEXIST' });
    await rename(temp, file);
  }
}
