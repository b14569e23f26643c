import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MediaCopy } from './media.ts';

const CONCURRENCY = 4;
const ATTEMPTS = 3;
const TIMEOUT_MS = 30_000;

async function download(url: string, target: string): Promise<void> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' });
      // A 4xx will not get better by asking again.
      if (response.status >= 400 && response.status < 500) throw Object.assign(new Error(`HTTP ${response.status}`), { final: true });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(`${target}.part`, bytes);
      await rename(`${target}.part`, target);
      return;
    } catch (error) {
      lastError = error;
      await rm(`${target}.part`, { force: true });
      if ((error as { final?: boolean }).final) break;
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    }
  }
  throw lastError;
}

/**
 * `--fetch-media`: downloads files missing from the uploads folder from the old
 * site, a few at a time, each with a timeout and retries (backing off; a 4xx is not
 * retried). Returns the ones that could not be fetched.
 */
export async function fetchAll(copies: readonly MediaCopy[], targetOf: (copy: MediaCopy) => string): Promise<MediaCopy[]> {
  const failed: MediaCopy[] = [];
  const queue = [...copies];
  const worker = async () => {
    for (let copy = queue.shift(); copy; copy = queue.shift()) {
      await download(copy.url, targetOf(copy)).catch(() => failed.push(copy));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
  return failed;
}
