import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstPass, rootOf } from '../../src/cli/first-pass.ts';
import { postCacheFile } from '../../src/translation/post-cache.ts';
import { project, tandem, uncachedStatus, withLinkedPages, zh } from './helpers.ts';

// The executable starts a command's early work from the command line alone, before the CLI is loaded.
describe('firstPass', () => {
  it.each([
    [['status', '--json'], 'status', undefined],
    [['--root', 'site', 'status'], 'status', 'site'],
    // An option's value is never the command's name, whichever command's option it is.
    [['--to', zh, 'status', '--root=x'], 'status', 'x'],
    [['--lang', zh, 'diff', 'a-post'], 'diff', undefined],
    [['--unknown', 'status'], 'status', undefined],
    [[], undefined, undefined],
  ])('%j → %s (root %s)', (argv, command, root) => {
    const { positionals, values } = firstPass(argv);
    expect(positionals[0]).toBe(command);
    expect(values.root).toBe(root);
    expect(rootOf(values)).toBe(path.resolve(root ?? process.cwd()));
  });
});

// TANDEM_WORKERS=2 starts the status threads early on a fresh checkout of any size (unset, only from 3,000 posts).
describe('status threads started early', () => {
  it('compute the same records, and leave the cache as a run without them', async () => {
    const root = await project();
    const threaded = tandem(root, ['status', '--json'], { TANDEM_WORKERS: '2' });
    expect(threaded.code).toBe(0);
    expect(threaded.stdout).toBe(await uncachedStatus(root));
    // Warm: the cache they computed into is read back as any other.
    expect(tandem(root, ['status', '--json'], { TANDEM_WORKERS: '2' }).stdout).toBe(threaded.stdout);
  });

  it.each([
    ['a usage error', ['status', '--sort', 'nonsense'], 2],
    ['help', ['status', '--help'], 0],
    ['another command', ['check'], 0],
  ])('do not keep the process alive after %s', async (_, args, code) => {
    const root = await withLinkedPages(await project());
    // A thread left waiting would keep it alive for ever: killed after 20 s, it has no exit code.
    expect(tandem(root, args, { TANDEM_WORKERS: '2' }, 20_000).code).toBe(code);
    expect(existsSync(postCacheFile(root))).toBe(false);
  });
});
