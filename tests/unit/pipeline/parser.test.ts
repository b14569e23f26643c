import { globSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Nodes, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markdownParser, nativeReads, parseMarkdown } from '../../../src/pipeline/parser.ts';
import { repoRoot } from '../helpers.ts';

// What the parser stands in for: remark-parse with remark-gfm (micromark).
const reference = unified().use(remarkParse).use(remarkGfm).freeze();

/** A tree as comparable JSON: keys sorted, undefined dropped. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]));
}

// remark-gfm's autolink literals give their link and text no position; satteri gives
// them one. Positions the reference lacks are not compared.
function withoutExtraPositions(node: Nodes, like: Nodes | undefined): unknown {
  const { position, ...rest } = node as Nodes & { children?: Nodes[] };
  const kept = like && !like.position ? rest : { ...rest, position };
  const children = 'children' in node ? (node.children as Nodes[]) : undefined;
  const likeChildren = like && 'children' in like ? (like.children as Nodes[]) : [];
  return children ? { ...kept, children: children.map((child, n) => withoutExtraPositions(child, likeChildren[n])) } : kept;
}

function sameAsReference(markdown: string): boolean {
  const expected = reference.parse(markdown) as Root;
  return JSON.stringify(canonical(expected)) === JSON.stringify(canonical(withoutExtraPositions(parseMarkdown(markdown), expected)));
}

// Markdown nobody wrote for this test: the project's own posts, fixtures and docs, and the
// READMEs of the packages npm installs (documentation as people write it: tables, code,
// nested lists, HTML, footnotes, badges, autolinks).
const documents = [
  ...globSync(['content/**/*.md', 'tests/**/fixtures/**/*.md', '*.md', 'src/**/*.md', 'tests/**/*.md'], { cwd: repoRoot }),
  ...globSync('node_modules/*/{README,readme,Readme}.md', { cwd: repoRoot }),
].filter((file) => statSync(path.join(repoRoot, file)).size < 20_000);

// Where the two disagree on real text, both readings are defensible; these are what satteri gives.
const KNOWN_DIFFERENCES: Record<string, string> = {
  // `* [x] **[label][ref]** …`: remark starts the item's paragraph at the checkbox, satteri after it.
  'node_modules/micromark/readme.md': 'where a task item\'s paragraph starts',
};

describe('parseMarkdown: the tree remark-parse + remark-gfm give', () => {
  it('reads enough real documents to mean something', () => {
    expect(documents.length).toBeGreaterThan(150);
    for (const file of Object.keys(KNOWN_DIFFERENCES)) expect(documents).toContain(file);
  });

  it('gives the same tree, positions included, for every document', () => {
    const differing = documents.filter((file) => !sameAsReference(readFileSync(path.join(repoRoot, file), 'utf8')));
    expect(differing.sort()).toEqual(Object.keys(KNOWN_DIFFERENCES).sort());
  }, 60_000);

  it.each([
    ['# Title\n\nSome *text* and `code`.\n', 'same'],
    ['| a | b |\n| - | - |\n| 1 | 2 |\n', 'same'],
    ['Text[^1].\n\n[^1]: A note.\n', 'same'],
    ['- [x] done\n- [ ] to do\n', 'same'],
    ['~~struck~~ www.example.org and https://example.org.\n', 'same'],
    ['维吾尔**团结**。\n\n> 引用\n', 'same'],
    ['<div>\n*not emphasis*\n</div>\n\nAfter.\n', 'same'],
    ['Line one  \nline two\\\nthree\r\nfour\n', 'same'],
  ])('%j: %s', (markdown) => {
    expect(sameAsReference(markdown)).toBe(true);
  });

  it.each([
    ['<pre>\nx\n</pre>\n\nAfter.', true],
    ['<PRE>\nx\n</PRE>\n\nAfter.', false],
    ['<script>\nx\n</SCRIPT>\n\nAfter.', false],
    ['<style>a{}</Style>', false],
    ['<TEXTAREA>x</textarea>', true],
    ['`</PREFIX>` and </Preview>', true],
    ['| Go | https://example.org/go |', true],
    ['|Go|https://example.org/go|', false],
    ['|Docs|see HTTPS://example.org/a?b=1|', false],
  ])('nativeReads(%j): %s', (markdown, expected) => {
    expect(nativeReads(markdown)).toBe(expected);
  });

  it('ends a raw HTML block at its end tag in any case, so the text after it stays text', () => {
    for (const markdown of ['<PRE>\ncode\n</PRE>\n\nAfter.', '<script src=x>\n</SCRIPT>\n\nAfter.']) {
      expect(parseMarkdown(markdown).children.map((node) => node.type)).toEqual(['html', 'paragraph']);
      expect(sameAsReference(markdown)).toBe(true);
    }
  });

  it('ends a table cell at its pipe when a bare address runs into it, as GFM does', () => {
    // A README's "ports to other languages" table, written without spaces around the pipes.
    const row = '|Language|Port|State|\n|-|-|-|\n|Go|https://example.org/go-port|kept up|\n|Rust|https://example.org/rust-port|old|\n';
    const cells = (parseMarkdown(row).children[0] as Table).children.map((tableRow) => tableRow.children.length);
    expect(cells).toEqual([3, 3, 3]);
    expect(sameAsReference(row)).toBe(true);
    // In the header row the same misreading left no table at all.
    const header = '|https://example.org/a|Notes|\n|-|-|\n|x|y|\n';
    expect(parseMarkdown(header).children.map((node) => node.type)).toEqual(['table']);
    expect(sameAsReference(header)).toBe(true);
  });

  it('turns NUL into U+FFFD as CommonMark requires, keeping positions', () => {
    const tree = parseMarkdown('a\0b');
    expect(tree.children[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: 'a\uFFFDb' }], position: { end: { offset: 3 } } });
  });

  it('is the parse stage of a unified processor', () => {
    expect(markdownParser.parse('## Hi').children[0]).toMatchObject({ type: 'heading', depth: 2 });
    const processor = markdownParser().use(() => (tree: Root) => void tree.children.pop());
    expect((processor.runSync(processor.parse('a\n\nb')) as Root).children).toHaveLength(1);
  });
});
