import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/pipeline/index.ts';
import { applyEdits } from '../../../src/pipeline/linear-edit-map.ts';
import { findDeepNesting, MAX_NESTING } from '../../../src/pipeline/nesting.ts';
import { listsAndQuotes } from './fuzz-documents.ts';

const en = { lang: 'en-GB' };

describe('applyEdits (micromark EditMap#consume, made linear)', () => {
  // micromark-util-edit-map 1.0.0's algorithm, verbatim in effect: rebuild from slices.
  function original(events: number[], changes: [number, number, number[]][]): number[] {
    const vecs: number[][] = [];
    for (let index = changes.length - 1; index >= 0; index--) {
      const [at, remove, add] = changes[index] as [number, number, number[]];
      vecs.push(events.slice(at + remove), add);
      events.length = at;
    }
    vecs.push(events.slice());
    return vecs.reverse().flat();
  }

  it('gives exactly what the original gives, overlapping removals included', () => {
    let seed = 7;
    const random = (max: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % max;
    };
    for (let round = 0; round < 2000; round++) {
      const events = Array.from({ length: 1 + random(40) }, (_, i) => i);
      const ats = [...new Set(Array.from({ length: random(6) }, () => random(events.length + 1)))].sort((a, b) => a - b);
      const changes = ats.map((at): [number, number, number[]] => [at, random(5), Array.from({ length: random(4) }, (_, i) => 100 + round * 10 + i)]);
      const mine = [...events];
      applyEdits(mine, changes);
      expect(mine, JSON.stringify({ events, changes })).toEqual(original([...events], changes));
    }
  });

  it('inserts more than the engine takes as arguments at once', () => {
    const events = [0, 1];
    applyEdits(events, [[1, 0, Array.from({ length: 150_000 }, () => 9)]]);
    expect(events.length).toBe(150_002);
    expect(events.at(-1)).toBe(1);
  });

  // That it stays linear (quadratic before: 50 KB 1.5 s, 200 KB 18 s) is measured by
  // `npm run bench` (tests/bench/parser-stress.ts); here, that the edits give the right tree.
  it('parses many lists, quotes and paragraphs into the right tree', () => {
    const markdown = listsAndQuotes(20);
    const tree = unified().use(remarkParse).parse(markdown);
    const groups = markdown.split('- one ').length - 1;
    expect(tree.children.map((node) => node.type)).toEqual(Array.from({ length: groups }, () => ['list', 'blockquote', 'paragraph']).flat());
  });
});

describe('findDeepNesting', () => {
  it.each([
    ['Plain text.', undefined],
    ['- a\n  - b\n    - c', undefined],
    [`${'> '.repeat(MAX_NESTING)}x`, undefined],
    [`${'> '.repeat(MAX_NESTING + 1)}x`, { line: 1, depth: MAX_NESTING + 1 }],
    [`intro\n\n${'- '.repeat(150)}x`, { line: 3, depth: 150 }],
    [`${' '.repeat(400)}- deep`, { line: 1, depth: 201 }],
    [`\`\`\`\n${' '.repeat(400)}code, not a list\n\`\`\``, undefined],
  ])('%j', (markdown, expected) => {
    expect(findDeepNesting(markdown)).toEqual(expected);
  });
});

describe('renderMarkdown: the plain-text fallback', () => {
  it('shows absurdly nested Markdown as escaped text, says why, and still measures it', () => {
    const reasons: string[] = [];
    const markdown = `Intro <b>bold</b> text.\n\n${'> '.repeat(500)}<script>alert(1)</script> deep`;
    const out = renderMarkdown(markdown, { ...en, onFallback: (reason) => reasons.push(reason) });
    expect(reasons).toEqual([`Line 3 nests lists or quotes 500 levels deep; at most ${MAX_NESTING} are rendered. It is shown as plain text.`]);
    expect(out.html).toMatch(/^<p>Intro &#x3C;b>bold&#x3C;\/b> text\.<\/p>\n<p>(&#x3C;|>|\s)+/);
    expect(out.html).not.toMatch(/<(script|b)\b/);
    expect(out).toMatchObject({ excerptHtml: '<p>Intro &#x3C;b>bold&#x3C;/b> text.</p>', excerptTruncated: true, headings: [] });
    expect(out.units).toBeGreaterThan(5);
  });

  it('catches a stack overflow deep in the tree tools instead of throwing', () => {
    const reasons: string[] = [];
    const out = renderMarkdown(`${'<span>'.repeat(6000)}x`, { ...en, onFallback: (reason) => reasons.push(reason) });
    expect(reasons[0]).toMatch(/^It could not be rendered as Markdown \(.*stack.*\)\. It is shown as plain text\.$/i);
    expect(out.html.startsWith('<p>&#x3C;span>')).toBe(true);
  });

  it('does not fall back for ordinary posts', () => {
    let fellBack = false;
    renderMarkdown('## Heading\n\n- a\n  - b\n\n> quote\n\n| a |\n| - |\n| b |', { ...en, onFallback: () => (fellBack = true) });
    expect(fellBack).toBe(false);
  });
});
