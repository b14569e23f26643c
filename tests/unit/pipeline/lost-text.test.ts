import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/pipeline/index.ts';
import { prng, type Random } from './random.ts';

// Property: for random documents mixing Markdown with raw HTML, every word the
// author wrote as Markdown text (outside the elements the sanitizer removes with
// their content on purpose) is on the rendered page, or the text that hides it
// is reported, at or before the word's line. And with no unclosed swallowing
// element or comment in the document, nothing is reported and nothing is lost.
// LOST_SEED=n replays a run.

const seed = Number(process.env.LOST_SEED ?? 20_210_223);
const DOCS = 200;
const SWALLOWING = ['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noscript', 'noembed', 'select', 'template', 'svg'];
const HARMLESS = ['b', 'span', 'div', 'em', 'details', 'form'];

interface Doc {
  markdown: string;
  /** Tracked words with the 1-based line they are written on. */
  words: { word: string; line: number }[];
  /** Whether the document opens a swallowing element or a comment it never closes. */
  unclosed: boolean;
}

function document(random: Random, index: number): Doc {
  const lines: string[] = [];
  const words: Doc['words'] = [];
  let unclosed = false;
  let counter = 0;
  const word = () => `w${index}x${counter++}`;
  for (let block = 0, blocks = 2 + random.int(8); block < blocks; block++) {
    const kind = random.int(10);
    if (kind < 5) {
      // A Markdown paragraph, heading or list item of tracked words, sometimes with harmless inline tags.
      const prefix = random.pick(['', '', '## ', '- ', '> ']);
      const tag = random.pick(HARMLESS);
      const parts = Array.from({ length: 1 + random.int(5) }, () => word());
      for (const w of parts) words.push({ word: w, line: lines.length + 1 });
      const text = random.int(3) === 0 ? `<${tag}>${parts.join(' ')}</${tag}>` : parts.join(' ');
      lines.push(`${prefix}${text}`, '');
    } else if (kind < 7) {
      // A closed swallowing element: its content goes on purpose.
      const tag = random.pick(SWALLOWING);
      lines.push(`<${tag}>removed on purpose</${tag}>`, '');
    } else if (kind < 8) {
      lines.push('<!-- a closed comment -->', '');
    } else if (kind < 9 && random.int(2) === 0) {
      unclosed = true;
      lines.push(random.int(2) === 0 ? `<${random.pick(SWALLOWING)}>` : '<!-- never closed', '');
    } else {
      lines.push(`Text with an \`<${random.pick(SWALLOWING)}>\` in code.`, '');
    }
  }
  return { markdown: lines.join('\n'), words, unclosed };
}

describe(`lost text (seed ${seed})`, () => {
  it(`every Markdown word of ${DOCS} random documents is on the page or reported`, () => {
    const random = prng(seed);
    let reported = 0;
    for (let index = 0; index < DOCS; index++) {
      const doc = document(random, index);
      const out = renderMarkdown(doc.markdown, { lang: 'en' });
      // A closed <svg> goes with its content on purpose, and is reported as removed (removed-media.test.ts), not as lost text.
      const lostText = out.lostText.filter((lost) => !lost.removed);
      const page = out.html.replace(/<[^>]*>/g, ' ');
      const context = `document ${index}:\n${doc.markdown}`;
      for (const { word, line } of doc.words) {
        if (page.includes(word)) continue;
        expect(lostText.some((lost) => lost.line <= line), `${word} (line ${line}) is missing and unreported in ${context}`).toBe(true);
      }
      if (!doc.unclosed) expect(lostText, context).toEqual([]);
      if (lostText.length > 0) reported++;
    }
    // The generator must exercise both sides of the property.
    expect(reported).toBeGreaterThan(DOCS / 10);
    expect(reported).toBeLessThan(DOCS);
  });
});

describe('an element never closed takes in the rest of the document', () => {
  it.each([
    ['<table><tr><td>cell\n\nAfter the table.', [{ line: 1, element: 'table' }]],
    ['Some <b>bold never closed.\n\nNext paragraph, bold too.', [{ line: 1, element: 'b' }]],
    ['Intro.\n\nA <a href="/en/">link never closed.\n\nEverything after is the link.', [{ line: 3, element: 'a' }]],
    ['<h2>Heading never closed\n\nBody text.', [{ line: 1, element: 'h2' }]],
    ['<blockquote>\n\nQuoted.\n\nNot meant to be.', [{ line: 1, element: 'blockquote' }]],
  ])('%j', (markdown, expected) => {
    expect(renderMarkdown(markdown, { lang: 'en' }).lostText.map(({ line, element, spills }) => ({ line, element, spills }))).toEqual(expected.map((entry) => ({ ...entry, spills: true })));
  });

  it.each([
    ['<details>\n<summary>More</summary>\n\nMarkdown inside.\n\n</details>\n\nAfter.'],
    ['A <b>closed</b> and <a href="/en/">closed</a> pair, <br> a void <img src="/a.png" alt=""> and <hr/>.'],
    ['<table>\n<tr><td>optional ends<td>are fine\n</table>\n\n<ul><li>one<li>two</ul>\n\n<p>a paragraph'],
    ['<div>\n\n<span>wrappers change nothing the reader sees</span>\n\n<section>\n\nText.'],
    ['Text <!-- <b> in a comment --> and `<b>` in code, <a id="top"/> self-closed.'],
    ['Uppercase <B>bold</b> closes.'],
  ])('%j is not reported', (markdown) => {
    expect(renderMarkdown(markdown, { lang: 'en' }).lostText).toEqual([]);
  });
});

describe('a table row with more cells than its table has columns', () => {
  // A rules table whose second column quotes a pipe in code: GFM splits the cell there.
  const rules = ['| Rule | Catches |', '|------|---------|', '| `pipe` | `|` — piping |', '| `semi` | `;` — chaining |'].join('\n');

  it.each([
    [rules, [{ line: 3, row: { cells: 3, columns: 2 } }]],
    ['a | b\n--|--\n1 | 2 | 3 | 4\n5 | 6', [{ line: 3, row: { cells: 4, columns: 2 } }]],
    ['| a | b |\n|---|---|\n| 1 |', []],
    ['| a | b |\n|---|---|\n| `\\|` escaped | 2 |', []],
  ])('%j', (markdown, expected) => {
    expect(renderMarkdown(markdown, { lang: 'en' }).lostText.map(({ line, row }) => ({ line, row }))).toEqual(expected);
  });
});
