import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/content/frontmatter.ts';
import { isJsonSafe, YamlCache } from '../../../src/content/yaml-cache.ts';

const dir = await mkdtemp(path.join(tmpdir(), 'tandem-yaml-cache-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('isJsonSafe', () => {
  it.each([
    [{ title: 'A', tags: ['x'], draft: false, n: 3 }, true],
    [null, true],
    [{ n: Infinity }, false],
    [{ n: Number.NaN }, false],
    [{ n: -0 }, false],
    [new Map(), false],
    [{ at: new Date(0) }, false],
  ])('%j → %s', (value, safe) => expect(isJsonSafe(value)).toBe(safe));
});

describe('YamlCache', () => {
  const yaml = 'title: A post\ntags:\n  - one\n  - two\nsummary: |\n  Two\n  lines\n';

  it('gives back what the parser gave, from a new run, with exact lines', async () => {
    const file = path.join(dir, 'cache.json');
    const first = new YamlCache(file);
    const parsed = first.parse(yaml, 'x.md', 2, []);
    await first.save();
    const second = new YamlCache(file);
    const cached = second.parse(yaml, 'x.md', 2, []);
    expect(cached?.data).toEqual(parsed?.data);
    expect(cached?.data).toEqual(parseYaml(yaml, 'x.md', 2, [])?.data);
    expect(cached?.lineOf(['tags', 1])).toBe(5);
  });

  it('reports malformed YAML every run and never stores it', async () => {
    const file = path.join(dir, 'bad.json');
    for (let run = 0; run < 2; run++) {
      const cache = new YamlCache(file);
      const problems: { line?: number }[] = [];
      expect(cache.parse('title: a\ntitle: b\n', 'x.md', 2, problems as never)).toBeUndefined();
      expect(problems.map((p) => p.line)).toEqual([3]);
      await cache.save();
    }
  });
});
