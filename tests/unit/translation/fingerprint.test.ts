import { describe, expect, it } from 'vitest';
import { fingerprintBlocks, fingerprintText, foldWhitespace } from '../../../src/translation/index.ts';

const doc = [
  '## Where to begin',
  '',
  'Students at *SOAS* voted by 86% on 23 February to back the [motion](https://example.org/motion).',
  'Thank you to everyone who took part!',
  '',
  '- make a public statement;',
  '- press the university to review its **suppliers**.',
  '',
  '1. First step',
  '2. Second step',
  '',
  '> Solidarity from below, not from above.',
  '',
  '| Source | What it shows |',
  '| --- | :-: |',
  '| Satellite imagery | Construction of sites |',
  '',
  '```sh',
  'npm run tandem -- status',
  '  --json',
  '```',
  '',
  'Read the [guide][g] first.',
  '',
  '[g]: https://example.org/guide',
  '',
].join('\n');

const hashes = (markdown: string) => fingerprintBlocks(markdown).map((b) => b.hash);
const base = hashes(doc);

describe('fingerprintBlocks: formatting-only edits keep every hash', () => {
  const cases: [string, (s: string) => string][] = [
    ['re-wrapping a paragraph', (s) => s.replace('on 23 February to back', 'on 23 February\nto back').replace('motion).\nThank', 'motion). Thank')],
    ['* emphasis written with _', (s) => s.replace('*SOAS*', '_SOAS_')],
    ['** strong written with __', (s) => s.replace('**suppliers**', '__suppliers__')],
    ['trailing spaces (including a hard break)', (s) => s.replace('motion).\n', 'motion).   \n').replace('statement;\n', 'statement;  \n')],
    ['- list markers written as *', (s) => s.replace('- make', '* make').replace('- press', '* press')],
    ['- list markers written as +, and 1) numbering', (s) => s.replace('- make', '+ make').replace('- press', '+ press').replace('1. First', '1) First').replace('2. Second', '2) Second')],
    ['extra blank lines between blocks and list items', (s) => s.replace(/\n\n/g, '\n\n\n').replace('statement;\n', 'statement;\n\n')],
    ['setext instead of ATX heading', (s) => s.replace('## Where to begin', 'Where to begin\n--------------')],
    ['table padding and delimiter row', (s) => s.replace('| Source | What it shows |\n| --- | :-: |', '|Source|What it shows|\n|------|:------------:|')],
    ['trailing whitespace in code', (s) => s.replace('status\n', 'status   \n')],
    ['reference link written inline', (s) => s.replace('[guide][g]', '[guide](https://example.org/guide)')],
    ['an HTML comment added between blocks', (s) => s.replace('\n> Solidarity', '\n<!-- more -->\n\n> Solidarity')],
    ['indentation of a continuation line', (s) => s.replace('\nThank you', '\n   Thank you')],
  ];
  it.each(cases)('%s', (_, edit) => {
    const edited = edit(doc);
    expect(edited).not.toBe(doc);
    expect(hashes(edited)).toEqual(base);
  });
});

describe('fingerprintBlocks: real edits change exactly the block that holds them', () => {
  const cases: [string, (s: string) => string, number][] = [
    ['a word', (s) => s.replace('public statement', 'formal statement'), 2],
    ['a number', (s) => s.replace('86%', '68%'), 1],
    ['a date', (s) => s.replace('23 February', '24 February'), 1],
    ['a name', (s) => s.replace('*SOAS*', '*UCL*'), 1],
    ['a link target', (s) => s.replace('example.org/motion', 'example.org/motion-v2'), 1],
    ['a heading level', (s) => s.replace('## Where', '### Where'), 0],
    ['list numbering start', (s) => s.replace('1. First', '3. First').replace('2. Second', '4. Second'), 3],
    ['a quoted word', (s) => s.replace('from below', 'from beneath'), 4],
    ['a table cell', (s) => s.replace('Construction of sites', 'Demolition of sites'), 5],
    ['a table column alignment', (s) => s.replace('| :-: |', '| --: |'), 5],
    ['code content', (s) => s.replace('--json', '--check'), 6],
    ['code indentation', (s) => s.replace('  --json', '    --json'), 6],
    ['code language', (s) => s.replace('```sh', '```bash'), 6],
    ['a reference definition target (both the link and the definition)', (s) => s.replace('[g]: https://example.org/guide', '[g]: https://example.org/guide-2'), 7],
  ];
  it.each(cases)('%s', (name, edit, index) => {
    const edited = hashes(edit(doc));
    const changed = edited.flatMap((hash, i) => (hash === base[i] ? [] : [i]));
    expect(edited).toHaveLength(base.length);
    expect(changed).toEqual(name.startsWith('a reference definition') ? [index, index + 1] : [index]);
  });
});

describe('fingerprintBlocks: reference links mean their definition, wherever it is', () => {
  // The first block's hash, with the definition of [x] written one way and another.
  const first = (markdown: string) => fingerprintBlocks(markdown)[0]?.hash;
  it.each([
    ['at the top level', 'See [a][x].\n\n[x]: /one', 'See [a][x].\n\n[x]: /two', false],
    ['in a quote', 'See [a][x].\n\n> [x]: /one', 'See [a][x].\n\n> [x]: /two', false],
    ['in a list item', 'See [a][x].\n\n- [x]: /one', 'See [a][x].\n\n- [x]: /two', false],
    ['with a title, the label on two lines', 'See [a][x y].\n\n[x\ny]: /one "T"', 'See [a][x y].\n\n[x\ny]: /one "U"', false],
    ['collapsed and shortcut references', 'See [x][] and [x].\n\n[x]: /one', 'See [x][] and [x].\n\n[x]: /two', false],
    ['an image reference', '![alt][x]\n\n[x]: /one.png', '![alt][x]\n\n[x]: /two.png', false],
    ['no definition: `]` and `:` on two lines', 'See [a][x].\n\n[x]\n: /one', 'See [a][x].\n\n[x]\n: /two', true],
    ['no definition at all, brackets and colons in text', 'See [a][x]: a note [b]: c.', 'See [a][x]: a note [b]: c.', true],
  ])('%s', (_, one, two, same) => {
    expect(first(one) === first(two)).toBe(same);
  });
  it('a reference with no definition differs from one that has it', () => {
    expect(first('See [a][x].\n\n[x]: /one')).not.toBe(first('See [a][x].\n\nNo definition.'));
  });
});

describe('fingerprintBlocks: block text and kinds', () => {
  it('keeps the Markdown of each top-level block and skips HTML comments', () => {
    const blocks = fingerprintBlocks('Intro *here*.\n\n<!-- more -->\n\n- a\n- b\n');
    expect(blocks.map((b) => b.text)).toEqual(['Intro *here*.', '- a\n- b']);
    expect(blocks[0]?.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keeps other HTML blocks as blocks', () => {
    expect(fingerprintBlocks('<div>Hello</div>\n\nText\n').map((b) => b.text)).toEqual(['<div>Hello</div>', 'Text']);
  });

  it('is empty for an empty body', () => {
    expect(fingerprintBlocks('\n\n')).toEqual([]);
  });
});

describe('fingerprintBlocks: CJK text', () => {
  const zh = '今天是六月四日。三十二年前，北京的学生和市民走上街头。\n\n我们是一群支持本运动的华语人士。\n';
  const zhBase = hashes(zh);

  it('ignores re-wrapping between Chinese characters and ideographic spaces', () => {
    expect(hashes(zh.replace('三十二年前，', '三十二年前，\n').replace('一群', '一群\u3000'))).toEqual(zhBase);
  });

  it('ignores a line break next to inline markup', () => {
    const a = hashes('我们**支持**这项动议。\n');
    expect(hashes('我们\n**支持**\n这项动议。\n')).toEqual(a);
  });

  it('changes the block when one character changes', () => {
    const edited = hashes(zh.replace('三十二', '三十三'));
    expect(edited[0]).not.toBe(zhBase[0]);
    expect(edited[1]).toBe(zhBase[1]);
  });

  it('ignores spacing between Chinese and Latin words, not between Latin letters', () => {
    expect(hashes('支持 UCU 的动议')).toEqual(hashes('支持UCU的动议'));
    expect(hashes('支持 UC U 的动议')).not.toEqual(hashes('支持 UCU 的动议'));
  });
});

describe('field fingerprints', () => {
  it('ignore whitespace only', () => {
    expect(fingerprintText(' A  title\n').hash).toBe(fingerprintText('A title').hash);
    expect(fingerprintText('A title').hash).not.toBe(fingerprintText('A titles').hash);
  });

  it('foldWhitespace collapses runs and joins CJK lines', () => {
    expect(foldWhitespace('  a \n\t b ')).toBe('a b');
    expect(foldWhitespace('我们\n支持')).toBe('我们支持');
  });
});
