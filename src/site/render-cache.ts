/**
 * A persistent, content-addressed store of rendered versions: the key is a hash
 * of everything a rendering depends on (the Markdown, the options, the labels,
 * the pipeline's code and package versions), so an entry can never be stale and
 * a fresh `astro build` re-renders only what changed. One file per entry,
 * written to a temporary name and renamed into place, so builds running at the
 * same time share the store without ever reading half an entry.
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomicSync } from '../lib/write-file.ts';
import type { RenderResult, RenderTask } from './render-task.ts';

// Bumped when the shape of a stored entry changes.
const FORMAT = 2;

/**
 * The cache key of a task under a renderer version.
 * @example renderKey(task, pipelineVersionKey()) // 64 hex characters
 */
export function renderKey(task: RenderTask, renderer: string): string {
  const { markdown, ...options } = task;
  return createHash('sha256').update(JSON.stringify([FORMAT, renderer, options])).update('\0').update(markdown).digest('hex');
}

/** The render cache in one folder (Astro's cacheDir/tandem/render). */
export class RenderCache {
  readonly dir: string;
  // Shard folders made in this run.
  private readonly folders = new Set<string>();

  constructor(dir: string) {
    this.dir = dir;
  }

  private file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The stored result, or undefined when there is none or it cannot be read (a damaged entry is rendered again). */
  get(key: string): RenderResult | undefined {
    try {
      // Synchronous: thousands of small reads are faster without a thread-pool round trip each.
      const entry = JSON.parse(readFileSync(this.file(key), 'utf8')) as { key?: string; result?: RenderResult };
      return entry.key === key ? entry.result : undefined;
    } catch {
      return undefined;
    }
  }

  /** Whether nothing was ever stored here (a first build, or one after the cache was cleared). */
  isEmpty(): boolean {
    return !existsSync(this.dir);
  }

  /**
   * Stores a result, in the calling thread (see writeFileAtomicSync); a failure to write
   * (read-only cache, full disk) only costs a re-render next time.
   */
  set(key: string, result: RenderResult): void {
    const file = this.file(key);
    try {
      const folder = path.dirname(file);
      if (!this.folders.has(folder)) mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
      writeFileAtomicSync(file, JSON.stringify({ key, result }));
    } catch {
      // The build does not depend on the cache.
    }
  }
}
