import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseYaml, splitFrontmatter } from '../../../src/content/frontmatter.ts';
import { parseSimpleYaml } from '../../../src/content/simple-yaml.ts';
import { repoRoot } from '../helpers.ts';
import { prng, type Random } from '../pipeline/random.ts';

// What the full parser makes of a text (data only: the fast path never answers for text with problems).
function full(source: string): unknown {
  return parseDocument(source, { uniqueKeys: true, prettyErrors: false }).toJS({ maxAliasCount: 100 }) ?? {};
}

// Values on the edges of what the core schema reads as a string.
const VALUES = ['A title', 'Solidarity: a report', 'a: b', 'x #y', 'C#', '100%', '2021-02-23', '2020-07-05T18:00', '12:30', 'yes', 'no', 'on', 'null', 'Null', '~', 'true', 'True', 'FALSE', '0', '7', '007', '1e3', '.5', '+1', '-1', '0x1F', '0o17', '0b101', '.inf', '.NaN', '1.0.0', '3.14', '我们支持这项动议', '“quoted” — dash…', "it's", '"double"', '"with \\" escape"', "'single'", "'it''s'", '[a, b]', '[]', '[a,b,]', '[ "q" ]', '[a, [b]]', '{ src: x.png }', '&anchor x', '*alias', '!!str 2021', '!tag x', '| block', '> folded', '- item', '? key', '@at', '`tick`', '%pct', 'a, b', 'x:', 'trailing  ', '', '/old/url?p=1', 'https://example.org/a#b', 'a\tb', 'é', 'Ёлка'];
const COMMON = ['A title', 'An open letter to the Foreign Secretary', '我们支持这项动议', '2021-02-23', 'Europe/London', 'Mei', 'true', 'false', '42', 'café — “x”'];
const value = (r: Random) => (r.next() < 0.6 ? r.pick(COMMON) : r.pick(VALUES));
const KEYS = ['title', 'summary', 'date', 'tags', 'draft', 'imageAlt', 'translator', 'k-1', 'k_2', 'Title', '__proto__', '1x'];

function document(r: Random): string {
  const lines: string[] = [];
  const used = new Set<string>();
  for (let k = 1 + r.int(6); k > 0; k--) {
    const key = r.pick(KEYS);
    if (used.has(key) && r.next() < 0.8) continue;
    used.add(key);
    const shape = r.int(8);
    if (shape === 0) lines.push(`${key}:`, ...Array.from({ length: 1 + r.int(3) }, () => `${r.pick(['  ', '', '    '])}- ${value(r)}`));
    else if (shape === 1) lines.push(`${key}:`, ...Array.from({ length: 1 + r.int(3) }, (_, i) => `  ${r.pick(KEYS)}${i === 0 && r.next() < 0.2 ? '' : ':'} ${value(r)}`));
    else if (shape === 2) lines.push(`${key}:`, ...Array.from({ length: 1 + r.int(2) }, () => `  - date: ${value(r)}\n    text: ${value(r)}${r.next() < 0.2 ? '\n      extra: x' : ''}`));
    else if (shape === 3) lines.push(`${key}: [${Array.from({ length: r.int(4) }, () => value(r)).join(r.pick([', ', ',']))}]`);
    else lines.push(`${key}:${r.pick([' ', '  ', ''])}${value(r)}${r.pick(['', ' ', ' # note'])}`);
    if (r.next() < 0.05) lines.push(r.pick(['', '# comment', '  continued', '---', '...', '%YAML 1.2', ' ']));
  }
  return lines.join('\n');
}

describe('parseSimpleYaml', () => {
  it.each([
    ['title: A\ntags: [a, b]', { title: 'A', tags: ['a', 'b'] }],
    ['date: 2021-02-23\nevent:\n  start: 2021-03-01T18:00\n  timeZone: Europe/London', { date: '2021-02-23', event: { start: '2021-03-01T18:00', timeZone: 'Europe/London' } }],
    ['updates:\n  - date: 2021-02-23\n    text: Passed.', { updates: [{ date: '2021-02-23', text: 'Passed.' }] }],
    ['draft: true\nn: 42', { draft: true, n: 42 }],
  ])('%j', (source, data) => expect(parseSimpleYaml(source)).toEqual(data));

  it.each(['title: "a\\"b"', 'title: a # note', 'summary: |\n  text', 'a: &x 1', 'a: null', 'a:', 'a: 1\na: 2', 'a: b\n  c'])('leaves %j to the full parser', (source) => expect(parseSimpleYaml(source)).toBeUndefined());

  // YAML_RUNS=100000 for a longer search.
  it('gives what the yaml package gives, or nothing, for random frontmatter', () => {
    const r = prng(Number(process.env.YAML_SEED ?? 5));
    let simple = 0;
    const runs = Number(process.env.YAML_RUNS ?? 6000);
    for (let k = 0; k < runs; k++) {
      const source = document(r);
      const data = parseSimpleYaml(source);
      if (data === undefined) continue;
      simple++;
      expect(data, source).toEqual(full(source));
      expect(JSON.stringify(data), source).toBe(JSON.stringify(full(source)));
    }
    // The generator must reach the fast path often, or the comparison proves little.
    expect(simple).toBeGreaterThan(runs / 20);
  });

  it("gives what the yaml package gives for every frontmatter of the project's own content", () => {
    const files = readdirSync(path.join(repoRoot, 'content'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(md|yaml)$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(path.join(repoRoot, 'content', file), 'utf8');
      const yaml = file.endsWith('.md') ? (splitFrontmatter(text)?.yaml ?? '') : text.replace(/^\uFEFF/, '');
      const data = parseSimpleYaml(yaml);
      if (data !== undefined) expect(data, file).toEqual(full(yaml));
      expect(parseYaml(yaml, file, 1, [])?.data, file).toEqual(full(yaml));
    }
  });
});
