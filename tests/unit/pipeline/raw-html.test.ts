import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createProcessor, type RenderOptions } from '../../../src/pipeline/render.ts';
import { adversarial, randomDocument } from './fuzz-documents.ts';
import { prng } from './random.ts';

// Documents without raw HTML skip the HTML parser's round trip (rehype-raw-html.ts).
// Whatever they hold, the result must be what the round trip gives: the same HTML,
// excerpt, headings, ids, links (with their lines) and lost text.
const options: RenderOptions = { lang: 'en-GB', footnoteLabel: 'Notes', footnoteBackLabel: (index) => `Back to ${index + 1}`, convertText: (text) => text.replaceAll('a', 'ä'), relocateLinks: { from: '/en/', to: '/de/' } };
const reference = createProcessor(options, 'always').freeze();
const shortcut = createProcessor(options).freeze();

function outcome(processor: typeof reference, markdown: string) {
  const file = processor.processSync(markdown);
  const { excerpt, headings, units, anchors, links, lostText } = file.data;
  return { html: String(file.value), excerpt: excerpt && processor.stringify(excerpt.tree), truncated: excerpt?.truncated, headings, units, anchors, links, lostText };
}

const fixtures = new URL('./fixtures/', import.meta.url);
const written = [
  'Text with a hard break  \nand more\\\nand more.',
  '```\n\nstarts with a blank line\n```\n\n    indented\n\n    code',
  'A footnote[^1] and another[^note], again[^1].\n\n[^1]: One.\n[^note]: Two with *emphasis*.',
  '[A link with a footnote[^1] inside](https://example.org) and [local](/en/posts/x/#Background)\n\n[^1]: Note.',
  '| a | b |\n|:-|-:|\n| 1 | **2** |\n| x |',
  '- [ ] task\n- [x] done\n\n1. one\n2. two\n\n3) three',
  '## Heading *one*\n\n### Heading `two`\n\n#### 背景\n\nwww.example.com and https://example.org/a_(b) and me@example.org',
  '![image](https://example.org/a.png "title") ![](data:x) [dead](javascript:alert(1))',
  '> quote\n>\n> > nested\n\n***\n\nText &amp; entities &copy; &#x1F600;',
  'https://www.youtube.com/watch?v=abc\n\nA paragraph.\n\n<!-- more -->\n\nAfter the marker.',
];

describe('documents without raw HTML, with and without the HTML round trip', () => {
  const cases = [
    ...written.map((markdown, index) => [`written #${index}`, markdown] as const),
    ...readdirSync(fixtures).map((name) => [`fixture ${name}`, readFileSync(new URL(`${name}/input.md`, fixtures), 'utf8')] as const),
  ];
  it.each(cases)('%s', (_name, markdown) => {
    expect(outcome(shortcut, markdown)).toEqual(outcome(reference, markdown));
  });

  it('random documents', () => {
    const random = prng(15);
    for (let index = 0; index < 100; index++) {
      // Most random documents hold some HTML; with every `<` escaped, the same Markdown holds none.
      const markdown = randomDocument(random).replaceAll('<', '&lt;');
      expect(outcome(shortcut, markdown), `random #${index}`).toEqual(outcome(reference, markdown));
    }
  }, 120_000);

  it.each(adversarial(false).filter(({ fallback }) => !fallback))('adversarial: $name', ({ markdown }) => {
    const text = markdown(15);
    if (text.length > 200_000) return;
    expect(outcome(shortcut, text)).toEqual(outcome(reference, text));
  }, 120_000);
});
