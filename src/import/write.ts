import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** A file the import would write, relative to the project root, with its text or the file to copy. */
export type StagedFile = { file: string; text: string } | { file: string; copyFrom: string } | { file: string; bytes: Uint8Array };

/** What committing the staged files did. */
export interface CommitResult {
  written: string[];
  /** Files already there whose text differs from what the import would write; left as they are. */
  differs: string[];
  /** Files already there with the same text. */
  same: string[];
}

/**
 * YAML as Tandem writes it: no folded lines (every later edit would be a noisy diff).
 * @example yamlText({ title: 'A' }) // 'title: A\n'
 */
export const yamlText = (data: unknown) => stringify(data, { lineWidth: 0 });

/**
 * Collects the import's files in a hidden folder under `content/` first, so a
 * failure half-way (disk full, an interrupted download) leaves the content exactly
 * as it was; `commit` then moves each new item folder into place in one rename, and
 * into folders already there adds only the files they lack. Nothing is ever overwritten.
 */
export class Staging {
  readonly dir: string;
  private readonly root: string;
  // Thousands of files go into a few folders each: creating a folder once is enough.
  private readonly made = new Set<string>();

  // Ctrl-C (or a kill) mid-import: the half-written folder goes, then the signal does what it would have done.
  private readonly onSignal = (signal: NodeJS.Signals): void => {
    rmSync(this.dir, { recursive: true, force: true });
    this.unlisten();
    process.kill(process.pid, signal);
  };

  private constructor(root: string, dir: string) {
    this.root = root;
    this.dir = dir;
    for (const signal of SIGNALS) process.once(signal, this.onSignal);
  }

  static async open(root: string): Promise<Staging> {
    // Listening before the folder exists: a signal the moment it appears must still find it cleared.
    const staging = new Staging(root, path.join(root, 'content', `.tandem-import-${randomBytes(4).toString('hex')}`));
    try {
      await mkdir(staging.dir, { recursive: true });
    } catch (error) {
      staging.unlisten();
      throw error;
    }
    return staging;
  }

  private unlisten(): void {
    for (const signal of SIGNALS) process.off(signal, this.onSignal);
  }

  async put(staged: StagedFile): Promise<void> {
    const target = path.join(this.dir, staged.file);
    const folder = path.dirname(target);
    if (!this.made.has(folder)) await mkdir(folder, { recursive: true });
    this.made.add(folder);
    if ('text' in staged) await writeFile(target, staged.text, { flag: 'wx' });
    else if ('bytes' in staged) await writeFile(target, staged.bytes, { flag: 'wx' });
    else await copyFile(staged.copyFrom, target);
  }

  /** Moves staged item folders (`content/<kind>/<slug>`) into the project. */
  async commit(itemDirs: readonly string[]): Promise<CommitResult> {
    const result: CommitResult = { written: [], differs: [], same: [] };
    for (const dir of itemDirs) {
      const from = path.join(this.dir, dir);
      const to = path.join(this.root, dir);
      const files = await readdir(from).catch(() => []);
      if (files.length === 0) continue;
      await mkdir(path.dirname(to), { recursive: true });
      try {
        await rename(from, to);
        result.written.push(...files.map((f) => `${dir}/${f}`));
        continue;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM' && code !== 'ENOTDIR') throw error;
      }
      await mkdir(to, { recursive: true });
      // A base record belongs to the translation written with it: none for a translation already there.
      const ordered = [...files].sort((a, b) => Number(a.endsWith('.base.json')) - Number(b.endsWith('.base.json')));
      for (const name of ordered) {
        const file = `${dir}/${name}`;
        if (name.endsWith('.base.json') && !result.written.includes(`${dir}/${name.replace(/\.base\.json$/, '.md')}`)) continue;
        try {
          await link(path.join(from, name), path.join(to, name));
          result.written.push(file);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
          const [mine, theirs] = await Promise.all([readFile(path.join(from, name)), readFile(path.join(to, name))]);
          (mine.equals(theirs) ? result.same : result.differs).push(file);
        }
      }
    }
    return result;
  }

  async close(): Promise<void> {
    this.unlisten();
    await rm(this.dir, { recursive: true, force: true });
  }
}
