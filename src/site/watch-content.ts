/**
 * Live content under `astro dev`: Astro hands loaders a file watcher in the dev server
 * (never in a build), and a loader that does not use it keeps showing the content as it
 * was when the server started. Tandem's loaders read the whole `content/` folder, so any
 * file added, changed or removed there loads them again.
 * @module
 */
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';

// An editor's save is often several events (write, rename, chmod): one load for them all.
const SETTLE_MS = 120;

// A loader's load() runs again when the config changes: its watch is set up once.
const watching = new WeakMap<object, Set<string>>();

/**
 * Runs `load` again whenever a file under `<root>/content/` changes, one load at a time
 * (changes during a load bring one more after it). A load that fails is reported through
 * the loader's logger and the last good content stays; the next save tries again.
 */
export function watchContent({ watcher, logger, collection }: Pick<LoaderContext, 'watcher' | 'logger' | 'collection'>, root: string, load: () => Promise<void>): void {
  if (!watcher) return;
  const seen = watching.get(watcher) ?? new Set<string>();
  if (seen.has(collection)) return;
  seen.add(collection);
  watching.set(watcher, seen);
  const content = path.join(root, 'content') + path.sep;
  watcher.add(content);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = load()
      .catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  };
  watcher.on('all', (_event: string, file: string) => {
    if (!path.resolve(file).startsWith(content)) return;
    clearTimeout(timer);
    timer = setTimeout(run, SETTLE_MS);
  });
}
