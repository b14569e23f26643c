import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteOldOutput, moveOldOutput } from '../../../src/site/old-output.ts';

/** As the build does it: moved at once, deleted in the background. */
function moveAndDelete(out: string, cache: string): Promise<void> {
  moveOldOutput(out, cache);
  return deleteOldOutput(cache);
}

let root: string;
let outDir: string;
let cacheDir: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'tandem-old-output-'));
  outDir = path.join(root, 'dist');
  cacheDir = path.join(root, 'node_modules/.astro');
});
afterEach(() => rm(root, { recursive: true, force: true }));

// A built site in miniature: pages in folders, as Astro writes them.
function writeOutput(dir: string, pages: number): void {
  for (let n = 0; n < pages; n++) {
    mkdirSync(path.join(dir, 'en/posts', `post-${n}`), { recursive: true });
    writeFileSync(path.join(dir, 'en/posts', `post-${n}`, 'index.html'), `<p>${n}</p>`);
  }
}

describe('moveOldOutput, deleteOldOutput', () => {
  it('moves the output away before returning, so Astro finds nothing to empty, then deletes it', async () => {
    writeOutput(outDir, 50);
    const deleted = moveAndDelete(outDir, cacheDir);
    expect(existsSync(outDir)).toBe(false);
    await deleted;
    expect(existsSync(path.join(cacheDir, 'tandem/old-output'))).toBe(false);
  });

  it('deletes what a stopped build left behind, with or without an output now', async () => {
    writeOutput(path.join(cacheDir, 'tandem/old-output/123-456'), 3);
    await moveAndDelete(outDir, cacheDir);
    expect(existsSync(path.join(cacheDir, 'tandem/old-output'))).toBe(false);
    writeOutput(path.join(cacheDir, 'tandem/old-output/123-789'), 3);
    writeOutput(outDir, 3);
    await moveAndDelete(outDir, cacheDir);
    expect([existsSync(outDir), existsSync(path.join(cacheDir, 'tandem/old-output'))]).toEqual([false, false]);
  });

  it('leaves an output holding a git checkout where it is, for Astro to empty', async () => {
    writeOutput(outDir, 3);
    mkdirSync(path.join(outDir, '.git'));
    await moveAndDelete(outDir, cacheDir);
    expect(existsSync(path.join(outDir, 'en/posts/post-0/index.html'))).toBe(true);
  });

  it('does nothing when there is no output yet', async () => {
    await moveAndDelete(outDir, cacheDir);
    expect([existsSync(outDir), existsSync(cacheDir)]).toEqual([false, false]);
  });

  it('leaves the output to Astro when it cannot be moved (the cache inside it)', async () => {
    writeOutput(outDir, 3);
    await moveAndDelete(outDir, path.join(outDir, 'cache'));
    expect(existsSync(path.join(outDir, 'en/posts/post-0/index.html'))).toBe(true);
  });
});
