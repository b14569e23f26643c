/**
 * A persistent, content-addressed store of rendered versions: the key is a hash
 * of everything a rendering depends on (the Markdown, the options, the labels,
 * the pipeline's code and package versions), so an entry can never be stale and
 * a fresh `astro build` re-renders only what changed.
 *
 * Entries are kept in packs (packs.ts), one line per entry (`key`, a tab, the result's JSON):
 * a run reads every pack once and writes what it rendered as one new pack, where a
 * file per entry cost a write (and, in a first build, a failed read) for each of
 * thousands of versions. Each pack is written to a temporary name and renamed into
 * place, so builds running at the same time share the store without ever reading half
 * a pack; past {@link MAX_PACKS}, a run writes the entries it used as one pack and
 * removes the packs it read, so the store holds what the site still shows.
 * @module
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomicSync } from '../lib/write-file.ts';
import { MAX_PACKS, PACK, packLines, packName, packsIn } from './packs.ts';
import type { RenderResult, RenderTask } from './render-task.ts';

// Bumped when the shape of a stored entry changes.
const FORMAT = 3;
const KEY_LENGTH = 64;

/**
 * The cache key of a task under a renderer version.
 * @example renderKey(task, pipelineVersionKey()) // 64 hex characters
 */
export function renderKey(task: RenderTask, renderer: string): string {
  const { markdown, ...options } = task;
  return createHash('sha256').update(JSON.stringify([FORMAT, renderer, options])).update('\0').update(markdown).digest('hex');
}

/**
 * A pack's entries (packs.ts): each key and the JSON after it. A key may come more than once
 * (a damaged entry, and the one rendered again after it): each JSON is kept.
 * @example readPack(Buffer.from(`${'a'.repeat(64)}\t{"html":"<p>Hi</p>"}\n`)) // Map { 'aaa…a' => ['{"html":"<p>Hi</p>"}'] }
 */
export function readPack(bytes: Buffer, into = new Map<string, string[]>()): Map<string, string[]> {
  for (const { key, start, length } of packLines(bytes, KEY_LENGTH)) {
    const json = bytes.toString('utf8', start, start + length);
    const known = into.get(key);
    if (known) known.push(json);
    else into.set(key, [json]);
  }
  return into;
}

/** The render cache in one folder (Astro's cacheDir/tandem/render); {@link RenderCache.save} writes what a run added. */
export class RenderCache {
  readonly dir: string;
  private stored: Map<string, string[]> | undefined;
  private readonly packs: string[] = [];
  // This run's entries as pack lines, by key: those it rendered, and those it read (kept when the packs are merged).
  private readonly added = new Map<string, string>();
  private readonly used = new Map<string, string>();

  constructor(dir: string) {
    this.dir = dir;
  }

  // Every pack, read once (a pack removed meanwhile by another build's merge is skipped).
  private entries(): Map<string, string[]> {
    if (this.stored) return this.stored;
    this.stored = new Map();
    for (const name of packsIn(this.dir)) {
      try {
        readPack(readFileSync(path.join(this.dir, name)), this.stored);
        this.packs.push(name);
      } catch {
        // Read by this run or not at all.
      }
    }
    return this.stored;
  }

  /** The stored result, or undefined when there is none or it cannot be read (a damaged entry is rendered again). */
  get(key: string): RenderResult | undefined {
    for (const json of this.entries().get(key) ?? []) {
      try {
        const result = JSON.parse(json) as RenderResult;
        this.used.set(key, `${key}\t${json}`);
        return result;
      } catch {
        // The next one, if any.
      }
    }
    return undefined;
  }

  /** Whether nothing is stored here (a first build, or one after the cache was cleared). */
  isEmpty(): boolean {
    return this.entries().size === 0;
  }

  /** Adds a result, written by {@link RenderCache.save}. */
  set(key: string, result: RenderResult): void {
    this.added.set(key, `${key}\t${JSON.stringify(result)}`);
  }

  /**
   * Writes the results added since the last save as one pack; with more than MAX_PACKS
   * packs, the results this run used and added as one, removing the packs read. A
   * failure to write (read-only cache, full disk) only costs a re-render next time.
   */
  save(): void {
    const merge = this.packs.length >= MAX_PACKS;
    if (this.added.size === 0 && !merge) return;
    const lines = [...(merge ? new Map([...this.used, ...this.added]) : this.added).values()];
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileAtomicSync(path.join(this.dir, `${packName()}${PACK}`), `${lines.join('\n')}\n`);
      if (merge) for (const name of this.packs.splice(0)) rmSync(path.join(this.dir, name), { force: true });
      this.added.clear();
    } catch {
      // The build does not depend on the cache.
    }
  }
}
