import { describe, expect, it } from 'vitest';
import { renderMarkdown, resolveFragment } from '../../../src/pipeline/index.ts';

const ids = new Set(['h-background', 'h-背景', 'user-content-fn-1', 'user-content-part-2', 'h-user-content-x']);

describe('resolveFragment', () => {
  it.each([
    ['h-background', 'h-background'],
    ['background', 'h-background'],
    ['Background', 'h-background'],
    ['背景', 'h-背景'],
    ['%E8%83%8C%E6%99%AF', 'h-背景'],
    ['fn-1', 'user-content-fn-1'],
    ['user-content-fn-1', 'user-content-fn-1'],
    // GitHub's own heading ids, in links copied from a rendered README.
    ['user-content-background', 'h-background'],
    ['user-content-背景', 'h-背景'],
    ['user-content-%E8%83%8C%E6%99%AF', 'h-背景'],
    // A heading that is called so keeps its link.
    ['user-content-x', 'h-user-content-x'],
    ['user-content-nope', undefined],
    ['user-content-', undefined],
    ['nope', undefined],
  ])('%j → %j', (fragment, id) => {
    expect(resolveFragment(fragment, ids)).toBe(id);
  });
});

describe('renderMarkdown: links copied from GitHub', () => {
  it('points #user-content-x at the heading or anchor x', () => {
    const out = renderMarkdown('## Methods\n\n<a name="top"></a>\n\nSee [methods](#user-content-methods) and [top](#user-content-top).', { lang: 'en-GB' });
    expect(out.html).toContain('<a href="#h-methods">methods</a> and <a href="#user-content-top">top</a>');
  });
});

describe('renderMarkdown: ids an author gives twice', () => {
  it.each([
    ['two {#id} blocks', '## A {#x}\n\n## B {#x}', [{ id: 'x', line: 3 }]],
    ['{#id} and <a name>', '## A {#x}\n\nText <a name="x"></a> here.', [{ id: 'x', line: 3 }]],
    ['raw HTML ids, every later one', '<h2 id="x">A</h2>\n\n<p id="x">B</p>\n\n<span id="x">C</span>', [{ id: 'x', line: 3 }, { id: 'x', line: 5 }]],
    ['Chinese ids', '## 简介 {#简介}\n\n<a name="简介"></a>', [{ id: '简介', line: 3 }]],
    ['an anchor named as a footnote', '<a name="fn-1"></a>\n\nA claim.[^1]\n\n[^1]: A source.', [{ id: 'fn-1', line: 5 }]],
    ['headings with the same text: numbered', '## A\n\n## A', []],
    ['a footnote cited twice', 'One[^1] and two[^1].\n\n[^1]: A source.', []],
    ['ids differing in case', '<a id="x"></a> <a id="X"></a>', []],
  ])('%s', (_, markdown, duplicates) => {
    expect(renderMarkdown(markdown, { lang: 'en' }).duplicateIds).toEqual(duplicates);
  });
});
