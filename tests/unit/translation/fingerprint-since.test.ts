import { describe, expect, it } from 'vitest';
import { fingerprintBlocks, recordedBlocks, snapshotSource, recordBase } from '../../../src/translation/index.ts';
import { blocksSince, fingerprintSince, plainList, splitGroups } from '../../../src/translation/fingerprint-since.ts';
import { randomDocument } from '../pipeline/fuzz-documents.ts';
import { prng, type Random } from '../pipeline/random.ts';

// Property: whatever the recorded blocks and the edit, fingerprintSince gives
// exactly what parsing the whole document gives. Documents are built from
// blocks chosen to sit on the edges of the grouping rules: lists continued
// after blank lines, indented continuations, quotes, tables, setext headings,
// definitions and footnotes, comments, HTML, code, CJK text.
const WORDS = ['solidarity', 'union', 'motion', 'Uyghur', '我们', '支持', '维吾尔', 'UCU', '2021', 'e.g.', '[g]', '[^1]', '[link](https://example.org)', '*em*', '**strong**', '<b>', 'https://example.org', '`code`', '\\', '|'];
const words = (r: Random, n = 1 + r.int(12)) => Array.from({ length: n }, () => r.pick(WORDS)).join(' ');
const BLOCKS: ((r: Random) => string)[] = [
  (r) => words(r),
  (r) => `${words(r)}\n${words(r)}`,
  (r) => `${'#'.repeat(1 + r.int(3))} ${words(r, 3)}`,
  (r) => `${words(r, 3)}\n${r.pick(['===', '---'])}`,
  (r) => `${r.pick(['-', '*', '+', '1.', '2)'])} ${words(r)}`,
  (r) => `- ${words(r)}\n- ${words(r)}`,
  (r) => `${' '.repeat(1 + r.int(6))}${words(r)}`,
  (r) => `\t${words(r)}`,
  (r) => `> ${words(r)}\n${r.next() < 0.5 ? '> ' : ''}${words(r)}`,
  (r) => `| a | b |\n| --- | --- |\n| ${words(r, 2)} | ${words(r, 2)} |`,
  (r) => `${words(r, 2)} | ${words(r, 2)}\n${r.pick(['--- | ---', ':-- | --:', '-|-'])}`,
  (r) => `[g]: https://example.org/${r.int(3)}`,
  (r) => `[^1]: ${words(r)}\n\n    ${words(r)}`,
  () => '<!-- more -->',
  (r) => r.pick(['<!--', '<!-- a\nb -->', '<!-- a --> <!--', '<!-->']),
  (r) => `<div>\n${words(r)}\n</div>`,
  (r) => r.pick(['<pre>\n\nx\n\n</pre>', '<script>\n\n</script>', '<?php\n\n?>', '<!DOCTYPE x>', '<![CDATA[\n\n]]>']),
  (r) => `\`\`\`\n${words(r)}\n\n${words(r)}${r.next() < 0.5 ? '\n```' : ''}`,
  (r) => `~~~\n${words(r)}`,
  (r) => `    ${words(r)}\n\n    ${words(r)}`,
  () => r0.pick(['***', '---', '* * *', '___']),
  (r) => `${r.int(2030)}. ${words(r)}`,
  (r) => `${words(r)}\r${words(r)}`,
  // Tight lists with continuation lines indented anywhere, which a recorded list standing a few spaces in may read otherwise.
  (r) => [`${r.pick(['-', '*', '+', '1.', '1)', '3.'])}${' '.repeat(1 + r.int(5))}${words(r, 2)}`, ...Array.from({ length: r.int(4) }, () => `${r.pick(['', ' ', '  ', '   ', '    ', '      ', '- ', '2. ', '1. ', '  - ', '  1. ', '  2. ', '  # ', '  > ', '\t'])}${words(r, 2)}`)].join('\n'),
];
const r0 = prng(1);
const SEPARATORS = ['\n\n', '\n\n', '\n\n\n', '\n \t\n', '\n'];

function doc(r: Random, blocks: string[]): string {
  return blocks.map((b, k) => (k === 0 ? b : r.pick(SEPARATORS) + b)).join('');
}

function edit(r: Random, blocks: string[]): string[] {
  const next = [...blocks];
  for (let n = 1 + r.int(3); n > 0; n--) {
    const at = r.int(next.length + 1);
    const roll = r.int(6);
    if (roll === 0) next.splice(at, 0, r.pick(BLOCKS)(r));
    else if (roll === 1) next.splice(at, 1);
    else if (roll === 2 && next.length > 0) next.splice(at, 1, r.pick(BLOCKS)(r));
    else if (roll === 3 && next.length > 1) next.splice(at, 0, ...next.splice(r.int(next.length), 1));
    else if (roll === 4 && next[at] !== undefined) next[at] = `${r.pick([' ', '  ', '   ', '    ', '- ', '> '])}${next[at]}`;
    else if (next[at] !== undefined) next[at] = `${next[at]} ${words(r, 2)}`;
  }
  return next;
}

describe('fingerprintSince', () => {
  // SINCE_RUNS=20000 SINCE_SEED=… for a longer search.
  it('equals fingerprintBlocks for random documents and edits', () => {
    const r = prng(Number(process.env.SINCE_SEED ?? 15));
    for (let k = 0; k < Number(process.env.SINCE_RUNS ?? 400); k++) {
      const before = Array.from({ length: 1 + r.int(12) }, () => r.pick(BLOCKS)(r));
      const after = edit(r, before);
      const recorded = fingerprintBlocks(doc(r, before));
      const markdown = doc(r, after);
      expect(fingerprintSince(markdown, recorded), markdown).toEqual(fingerprintBlocks(markdown));
    }
  });

  // Definitions decide what `[…]` means everywhere: documents full of them, edited around and inside them.
  it('equals fingerprintBlocks for documents with definitions, the same or changed', () => {
    const r = prng(Number(process.env.SINCE_SEED ?? 16));
    const linky = ['alpha', '[g]', '[G]', '[h]', '[^1]', '[^2]', '[g][]', '[x][g]', '[link](/u)', '![i][g]', '我们', '*em*', ']:'];
    const text = (n = 1 + r.int(6)) => Array.from({ length: n }, () => r.pick(linky)).join(' ');
    const definition = () => r.pick(['[g]: /a', '[g]: /b', '[G]: /c', '[h]: /a "t"', '[^1]: note', '[^2]: other\n\n    more', '   [g]: /d', '> [g]: /e', '- [h]: /f', '[g]:\n/g', '    [g]: /code']);
    const block = () => r.pick([() => text(), () => `${text()}\n${text()}`, () => `# ${text(2)}`, () => `- ${text()}`, () => `> ${text()}`, definition, () => `${' '.repeat(r.int(4))}${text()}`])();
    for (let k = 0; k < Number(process.env.SINCE_RUNS ?? 400); k++) {
      const before = Array.from({ length: 2 + r.int(7) }, block);
      const after = [...before];
      for (let n = 1 + r.int(2); n > 0; n--) {
        const at = r.int(after.length);
        const roll = r.int(4);
        if (roll === 0) after[at] = block();
        else if (roll === 1) after.splice(at, 0, block());
        else if (roll === 2) after[at] = `${r.pick([' ', '  ', '- ', '> '])}${after[at]}`;
        else after[at] = `${after[at]} ${text(1)}`;
      }
      const markdown = doc(r, after);
      expect(fingerprintSince(markdown, fingerprintBlocks(doc(r, before))), markdown).toEqual(fingerprintBlocks(markdown));
    }
  });

  it('equals fingerprintBlocks for the pipeline fuzz documents and their edits', () => {
    const r = prng(2021);
    for (let k = 0; k < 60; k++) {
      const before = randomDocument(r);
      const markdown = r.next() < 0.5 ? before : `${before.slice(0, r.int(before.length))}\n\n${randomDocument(r)}`;
      expect(fingerprintSince(markdown, fingerprintBlocks(before)), markdown).toEqual(fingerprintBlocks(markdown));
    }
  });

  it('takes a recorded hash for the exact text of a paragraph instead of parsing it', () => {
    const recorded = [{ hash: 'recorded-hash-01', text: 'Unchanged paragraph.' }];
    expect(fingerprintSince('Unchanged paragraph.\n\nA new one.', recorded).map((b) => b.hash)).toEqual(['recorded-hash-01', fingerprintBlocks('A new one.')[0]?.hash]);
  });

  it('takes a recorded hash for a paragraph with links while the definitions are as recorded, and parses it when one changed', () => {
    const before = 'See [g] and the note.[^1]\n\nOld paragraph.\n\n[g]: https://example.org\n\n[^1]: A note.';
    const recorded = fingerprintBlocks(before).map((block, k) => (k === 0 ? { ...block, hash: 'recorded-hash-01' } : block));
    const edited = before.replace('Old paragraph.', 'New paragraph.');
    expect(fingerprintSince(edited, recorded)[0]?.hash).toBe('recorded-hash-01');
    const redefined = edited.replace('https://example.org', 'https://example.com');
    expect(fingerprintSince(redefined, recorded)).toEqual(fingerprintBlocks(redefined));
    const indented = edited.replace('[g]: https', '- x\n\n      [g]: https');
    expect(fingerprintSince(indented, recorded)).toEqual(fingerprintBlocks(indented));
  });

  it('parses again what a definition could change, and whole documents with a fence it cannot follow', () => {
    const recorded = [{ hash: 'recorded-hash-01', text: 'See [g].' }];
    expect(fingerprintSince('See [g].\n\n[g]: https://example.org', recorded)).toEqual(fingerprintBlocks('See [g].\n\n[g]: https://example.org'));
    const fenced = 'Unchanged paragraph.\nText\n```\ncode\n```';
    expect(fingerprintSince(fenced, [{ hash: 'recorded-hash-01', text: 'Unchanged paragraph.' }])).toEqual(fingerprintBlocks(fenced));
  });
});

describe('plainList', () => {
  it.each([
    ['- a', true],
    ['* a\n  more\n* b', true],
    ['1. a\n2. b\n      lazily more', true],
    ['- a\n2) not an item', true],
    ['3. a', false],
    ['- a\n\n- b', false],
    ['- a\n  - nested', false],
    ['- a\n  1. nested', false],
    ['- a\n  # heading', false],
    ['- a\n  > quote', false],
    ['-     code', false],
    ['-\ta', false],
    ['- [link](x)', false],
  ])('%j: %s', (text, expected) => expect(plainList(text)).toBe(expected));

  // Whatever column a recorded list stood in, and whatever block comes before it now, the same text means the same list.
  it('reuses a recorded list only where that gives what parsing the whole document gives', () => {
    const lists = ['- a\n  b\n- c', '1. a\n      b\n2. c', '* a\nb', '- a\n  1. b', '- a\n  # b', '3. a\n4. b', '-     a\n  b'];
    let reused = 0;
    for (const list of lists) {
      for (const indent of ['', ' ', '  ', '   ']) {
        const recorded = fingerprintBlocks(`Intro.\n\n${indent}${list}\n\nEnd.`);
        for (const before of ['Changed intro.', '    code', '- x', '> q']) {
          const markdown = `${before}\n\n${list}\n\nEnd.`;
          const blocks = fingerprintSince(markdown, recorded);
          expect(blocks, markdown).toEqual(fingerprintBlocks(markdown));
          if (blocks.some((b) => recorded.some((r) => r.text === b.text && r.hash === b.hash) && b.text === list)) reused++;
        }
      }
    }
    expect(reused).toBeGreaterThan(0);
  });

  it('takes a recorded hash for the exact text of a plain list instead of parsing it', () => {
    const recorded = [{ hash: 'recorded-hash-01', text: '- one\n- two' }];
    expect(fingerprintSince('Changed.\n\n- one\n- two', recorded).map((b) => b.hash)).toEqual([fingerprintBlocks('Changed.')[0]?.hash, 'recorded-hash-01']);
  });
});

describe('splitGroups', () => {
  it.each([
    ['A\n\nB', ['A', 'B']],
    ['A\nB\n\n\nC', ['A\nB', 'C']],
    ['A\n\n- b\n\n- c\n\nD', ['A', '- b\n\n- c', 'D']],
    ['| a |\n\n- b', ['| a |\n\n- b']],
    ['- a\n\n  more\n\n> q\n\nE', ['- a\n\n  more\n\n> q', 'E']],
    ['Text\n\n<!-- more -->\n\nMore', ['Text', '<!-- more -->', 'More']],
    ['A\n\n```sh\nx\n\n- <!--\n```\n\nB', ['A', '```sh\nx\n\n- <!--\n```', 'B']],
    ['A\n\n~~~~\n~~~\n\nB', ['A', '~~~~\n~~~\n\nB']],
  ])('%j', (markdown, texts) => expect(splitGroups(markdown)?.map((g) => g.text)).toEqual(texts));

  it.each(['Text\n```\na\n\nb\n```', '  ```\na', '<pre>\n\n</pre>', '<!-- open\n\nclosed -->', 'a\rb'])('leaves %j to a whole parse', (markdown) => expect(splitGroups(markdown)).toBeUndefined());
});

describe('blocksSince', () => {
  const version = (body: string, title = 'A title') => ({ locale: 'en', file: 'content/posts/a/en.md', title, draft: false, updates: [], body, bodyStartLine: 4 });
  const post = (body: string, title?: string) => ({ slug: 'a', dir: 'content/posts/a', date: new Date(0), sourceLocale: 'en', tags: [], aliases: [], versions: { en: version(body, title) } });
  const base = recordBase(post('First.\n\nSecond.'), 'zh', '2021-02-23');

  it('gives the recorded blocks when only fields changed', () => {
    expect(recordedBlocks(base, 'First.\n\nSecond.')).toBe(base.blocks);
    expect(blocksSince('First.\n\nSecond.', { ...base, fields: { ...base.fields, title: { hash: 'x', text: 'A new title' } } })).toEqual(snapshotSource(post('First.\n\nSecond.')).blocks);
  });

  it('parses what changed when the body did', () => {
    expect(recordedBlocks(base, 'First.\n\nSecond, edited.')).toBeUndefined();
    expect(blocksSince('First.\n\nSecond, edited.', base)).toEqual(fingerprintBlocks('First.\n\nSecond, edited.'));
    expect(blocksSince('Only.', undefined)).toEqual(fingerprintBlocks('Only.'));
  });
});
