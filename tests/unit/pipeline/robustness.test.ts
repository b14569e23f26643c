import { describe, expect, it } from 'vitest';
import { parseMarkdown, renderMarkdown } from '../../../src/pipeline/index.ts';
import { findDeepNesting, MAX_NESTING } from '../../../src/pipeline/nesting.ts';
import { listsAndQuotes } from './fuzz-documents.ts';

const en = { lang: 'en-GB' };

describe('parseMarkdown on long documents', () => {
  // That it stays linear is measured by `npm run bench` (tests/bench/parser-stress.ts); here, the tree.
  it('parses many lists, quotes and paragraphs into the right tree', () => {
    const markdown = listsAndQuotes(20);
    const tree = parseMarkdown(markdown);
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
