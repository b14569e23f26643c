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
