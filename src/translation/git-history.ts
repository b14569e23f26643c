import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { TandemError, type ErrorParams } from '../lib/errors.ts';

/** One file a commit added, changed, renamed or deleted, as `git log --raw` reports it. */
export interface FileChange {
  /** A (added), M (modified), D (deleted), R (renamed), C (copied), T (type changed). */
  status: string;
  /** The path after the commit (for D, the deleted path). */
  path: string;
  /** The path before a rename or copy. */
  oldPath?: string;
  /** The file's blob after the commit; all zeros when deleted. */
  blob: string;
}

/** A commit and the files it changed under the path asked for. Merges list none: their changes are the branch's commits. */
export interface CommitChanges {
  hash: string;
  /** Committer date, seconds since 1970 (what Lunaria compares). */
  time: number;
  /** Committer date in the committer's time zone, YYYY-MM-DD. */
  date: string;
  changes: FileChange[];
}

type GitCode = 'git-unavailable' | 'git-not-repository' | 'git-shallow' | 'git-failed';

/** Git cannot answer: not installed, not a repository, a shallow clone, or a failed command. */
export class GitHistoryError<C extends GitCode = GitCode> extends TandemError<C> {
  constructor(code: C, params: ErrorParams<C>) {
    super(code, params);
    this.name = 'GitHistoryError';
  }
}

/** Where `dir` sits in its repository; throws GitHistoryError unless full history is there to read. */
export function repositoryOf(dir: string): { prefix: string } {
  const result = spawnSync('git', ['rev-parse', '--is-shallow-repository', '--show-prefix'], { cwd: dir, encoding: 'utf8' });
  if (result.error) throw new GitHistoryError('git-unavailable', { detail: result.error.message });
  if (result.status !== 0) throw new GitHistoryError('git-not-repository', { dir });
  const [shallow, prefix = ''] = result.stdout.split('\n');
  if (shallow === 'true') throw new GitHistoryError('git-shallow', {});
  return { prefix };
}

/**
 * Parses the `-z` output of `git log --raw --format=%x01%H %ct %cI` for one commit
 * (the text after its \x01 marker).
 * @example parseCommit('abc 1614038400 2021-02-23T00:00:00+00:00\0\n:100644 100644 0… 1… M\0a.md\0').changes[0]?.path // 'a.md'
 */
export function parseCommit(chunk: string): CommitChanges {
  const fields = chunk.split('\0');
  const [hash = '', time = '0', iso = ''] = (fields[0] ?? '').split(' ');
  const changes: FileChange[] = [];
  for (let k = 1; k < fields.length; k++) {
    const raw = (fields[k] ?? '').replace(/^\n/, '');
    if (!raw.startsWith(':')) continue;
    const [, , , blob = '', status = ''] = raw.slice(1).split(' ');
    const letter = status.charAt(0);
    const path = fields[++k] ?? '';
    if (letter === 'R' || letter === 'C') changes.push({ status: letter, oldPath: path, path: fields[++k] ?? '', blob });
    else changes.push({ status: letter, path, blob });
  }
  return { hash, time: Number(time), date: iso.slice(0, 10), changes };
}

/**
 * Streams the history of the files under `pathspec` (relative to `cwd`) in one `git log`
 * process, newest first with every commit before its parents (--date-order), renames
 * detected. Calls `onCommit` per commit as the output arrives, never holding it whole.
 */
export function streamHistory(cwd: string, pathspec: string, onCommit: (commit: CommitChanges) => void): Promise<void> {
  const args = ['-c', 'core.quotepath=off', 'log', '--raw', '--no-abbrev', '-M', '-z', '--date-order', '--no-color', '--format=%x01%H %ct %cI', '--', pathspec];
  return new Promise((resolve, reject) => {
    const git = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let pending = '';
    let errors = '';
    git.stdout.setEncoding('utf8').on('data', (text: string) => {
      const parts = (pending + text).split('\x01');
      pending = parts.pop() ?? '';
      for (const part of parts) if (part.length > 0) onCommit(parseCommit(part));
    });
    git.stderr.setEncoding('utf8').on('data', (text: string) => (errors += text));
    git.on('error', (error) => reject(new GitHistoryError('git-unavailable', { detail: error.message })));
    git.on('close', (code) => {
      if (code !== 0) return reject(new GitHistoryError('git-failed', { detail: errors.trim() || `git log: exit code ${code}` }));
      if (pending.length > 0) onCommit(parseCommit(pending));
      resolve();
    });
  });
}

/**
 * Reads many blobs through one `git cat-file --batch` process. Missing blobs are left out.
 */
export function readBlobs(cwd: string, blobs: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(blobs)];
  if (wanted.length === 0) return Promise.resolve(new Map());
  return new Promise((resolve, reject) => {
    const git = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const found = new Map<string, string>();
    const chunks: Buffer[] = [];
    git.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    git.on('error', (error) => reject(new GitHistoryError('git-unavailable', { detail: error.message })));
    git.on('close', (code) => {
      if (code !== 0) return reject(new GitHistoryError('git-failed', { detail: `git cat-file: exit code ${code}` }));
      const out = Buffer.concat(chunks);
      let at = 0;
      while (at < out.length) {
        const end = out.indexOf(0x0a, at);
        if (end < 0) break;
        const [sha = '', type, size] = out.subarray(at, end).toString('utf8').split(' ');
        at = end + 1;
        if (type === undefined || size === undefined) continue; // "<sha> missing"
        found.set(sha, out.subarray(at, at + Number(size)).toString('utf8'));
        at += Number(size) + 1;
      }
      resolve(found);
    });
    git.stdin.end(`${wanted.join('\n')}\n`);
  });
}

/**
 * The id git gives a file's content (sha1 of a `blob <size>\0` header and the bytes),
 * to tell without running git whether a working file is what was committed.
 * @example gitBlobId(Buffer.from('')) // 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391'
 */
export function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
