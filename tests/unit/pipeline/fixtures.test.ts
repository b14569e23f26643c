import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMarkdown, type RenderOptions } from '../../../src/pipeline/index.ts';

// Each folder under fixtures/ is a case: input.md (+ options.json) in, and
// output.html, excerpt.html and meta.json expected. UPDATE_FIXTURES=1 rewrites
// the expected files; read the diff before committing them.
const fixtures = new URL('./fixtures/', import.meta.url);
const update = process.env.UPDATE_FIXTURES === '1';
const cases = readdirSync(fixtures).filter((name) => existsSync(new URL(`${name}/input.md`, fixtures)));

const REQUIRED = [
  'gfm-table',
  'footnotes',
  'chinese-headings',
  'excerpt-marker',
  'excerpt-truncate-en',
  'excerpt-truncate-zh',
  'external-links',
  'raw-html-stripped',
  'code-block',
  'mixed-script',
  'raw-html-allowed',
  'embeds',
];

function read(name: string, file: string): string | undefined {
  const url = new URL(`${name}/${file}`, fixtures);
  return existsSync(url) ? readFileSync(url, 'utf8') : undefined;
}

it('has every required fixture', () => {
  expect(cases).toEqual(expect.arrayContaining(REQUIRED));
});

describe.each(cases)('fixture %s', (name) => {
  it('renders as expected', () => {
    const options: RenderOptions = { lang: 'en-GB', ...JSON.parse(read(name, 'options.json') ?? '{}') };
    const rendered = renderMarkdown(read(name, 'input.md') ?? '', options);
    const actual: Record<string, string> = {
      'output.html': `${rendered.html}\n`,
      'excerpt.html': `${rendered.excerptHtml}\n`,
      'meta.json': `${JSON.stringify({ excerptTruncated: rendered.excerptTruncated, units: rendered.units, headings: rendered.headings }, null, 2)}\n`,
    };
    for (const [file, value] of Object.entries(actual)) {
      if (update) {
        writeFileSync(new URL(`${name}/${file}`, fixtures), value);
        continue;
      }
      const expected = read(name, file);
      if (expected === undefined) throw new Error(`${name}/${file} is missing: run with UPDATE_FIXTURES=1 and review it.`);
      expect(value, `${name}/${file}`).toBe(expected);
    }
  });
});
