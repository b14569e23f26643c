import { expect, it } from 'vitest';
import { normaliseText, splitFrontmatter } from '../../../src/content/frontmatter.ts';
import { prng } from '../pipeline/random.ts';

// The straightforward reading of the rule (split every line), which splitFrontmatter must match without splitting the body.
function byLines(text: string) {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (!/^---[ \t]*$/.test(lines[0] ?? '')) return undefined;
  const end = lines.findIndex((line, index) => index > 0 && /^---[ \t]*$/.test(line));
  if (end === -1) return undefined;
  return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), yamlStartLine: 2, bodyStartLine: end + 2 };
}

it('splits as reading every line would, for random texts', () => {
  const r = prng(23);
  const pieces = ['---', '--- ', '---\t', '----', ' ---', 'title: A', 'Body text.', '', '\n', '\n', '\n', '\r\n', '\r', '\uFEFF', '---x'];
  for (let k = 0; k < 20_000; k++) {
    const text = Array.from({ length: r.int(12) }, () => r.pick(pieces)).join(r.next() < 0.7 ? '\n' : '');
    expect(splitFrontmatter(text), JSON.stringify(text)).toEqual(byLines(text));
  }
});

it.each([
  ['\uFEFFa\r\nb\rc', 'a\nb\nc'],
  ['no marks', 'no marks'],
  ['x\uFEFF', 'x\uFEFF'],
])('normaliseText(%j)', (text, normal) => expect(normaliseText(text)).toBe(normal));
