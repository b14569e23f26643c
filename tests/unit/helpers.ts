import { mkdtemp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The repository root, for reading the real locales/ and content/. */
export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Reads every `locales/<code>.json` in a folder, keyed by code. */
export async function readLocaleFiles(dir = path.join(repoRoot, 'locales')): Promise<Record<string, unknown>> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json'));
  const entries = await Promise.all(names.map(async (name) => [name.slice(0, -5), JSON.parse(await readFile(path.join(dir, name), 'utf8'))] as const));
  return Object.fromEntries(entries);
}

/** Writes a tree of files (path → text or bytes) into a fresh temporary folder and returns its path. */
export async function writeTree(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'tandem-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}
