import { EventEmitter } from 'node:events';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchContent } from '../../../src/site/watch-content.ts';

const root = path.resolve('/site');
const file = (relative: string) => path.join(root, relative);

function setUp(load: () => Promise<void>, collection = 'posts', watcher = Object.assign(new EventEmitter(), { add: vi.fn() })) {
  const errors: string[] = [];
  const logger = { error: (message: string) => errors.push(message) };
  watchContent({ watcher, logger, collection } as never, root, load);
  return { watcher, errors };
}

describe('watchContent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads again once after a burst of changes under content/, and not for other files', async () => {
    const load = vi.fn(async () => undefined);
    const { watcher } = setUp(load);
    expect(watcher.add).toHaveBeenCalledWith(file('content') + path.sep);
    watcher.emit('all', 'change', file('src/pages/index.astro'));
    watcher.emit('all', 'change', file('content-old/x.md'));
    await vi.runAllTimersAsync();
    expect(load).not.toHaveBeenCalled();
    for (const event of ['change', 'add', 'unlink']) watcher.emit('all', event, file('content/posts/a/en.md'));
    await vi.runAllTimersAsync();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('never runs two loads at once: a change during a load brings one more after it', async () => {
    let finish: () => void = () => undefined;
    const load = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { watcher } = setUp(load);
    watcher.emit('all', 'change', file('content/posts/a/en.md'));
    await vi.runAllTimersAsync();
    watcher.emit('all', 'change', file('content/posts/a/zh.md'));
    await vi.runAllTimersAsync();
    expect(load).toHaveBeenCalledTimes(1);
    finish();
    await vi.runAllTimersAsync();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('reports a load that fails and tries again on the next change', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('content has 1 problem')).mockResolvedValue(undefined);
    const { watcher, errors } = setUp(load);
    watcher.emit('all', 'change', file('content/tags.yaml'));
    await vi.runAllTimersAsync();
    expect(errors).toEqual(['content has 1 problem']);
    watcher.emit('all', 'change', file('content/tags.yaml'));
    await vi.runAllTimersAsync();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('sets up one watch per collection however often the loader runs, and none in a build', async () => {
    const load = vi.fn(async () => undefined);
    const { watcher } = setUp(load);
    setUp(load, 'posts', watcher);
    watcher.emit('all', 'change', file('content/posts/a/en.md'));
    await vi.runAllTimersAsync();
    expect(load).toHaveBeenCalledTimes(1);
    expect(() => watchContent({ watcher: undefined, logger: { error: () => undefined }, collection: 'posts' } as never, root, load)).not.toThrow();
  });
});
