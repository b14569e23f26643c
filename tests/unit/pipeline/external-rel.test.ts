import type { Element, Root } from 'hast';
import rehypeExternalLinks from 'rehype-external-links';
import { describe, expect, it } from 'vitest';
import { isExternalHref, rehypeExternalRel } from '../../../src/pipeline/rehype-external-rel.ts';

const HREFS: [string, boolean][] = [
  ['https://example.org/', true],
  ['http://example.org/a?b#c', true],
  ['HTTPS://example.org/', false],
  ['//cdn.example.org/x.js', true],
  ['/en/posts/a/', false],
  ['#h-背景', false],
  ['posts/a/', false],
  ['mailto:info@example.org', false],
  ['tel:+44 20', false],
  ['ftp://example.org/', false],
  ['javascript:alert(1)', false],
  ['c:\\Users\\a', false],
  ['c:/Users/a', false],
  ['', false],
  ['https:', true],
  [' https://example.org/', false],
];

describe('isExternalHref', () => {
  it.each(HREFS)('%j → %s', (href, external) => {
    expect(isExternalHref(href)).toBe(external);
  });
});

describe('rehypeExternalRel', () => {
  // Links in every position the pipeline gives them: nested, with a rel of their own, non-string hrefs, non-links.
  const tree = (): Root => ({
    type: 'root',
    children: [
      ...HREFS.map(([href]): Element => ({ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: href }] })),
      { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'a', properties: { href: 'https://example.org/', rel: ['me'] }, children: [{ type: 'element', tagName: 'a', properties: { href: '//x.org/' }, children: [] }] }] },
      { type: 'element', tagName: 'a', properties: { href: ['https://example.org/'] as unknown as string }, children: [] },
      { type: 'element', tagName: 'link', properties: { href: 'https://example.org/' }, children: [] },
      { type: 'element', tagName: 'a', properties: {}, children: [] },
    ],
  });

  it('marks exactly the links rehype-external-links marks, as it does', () => {
    const ours = tree();
    const theirs = tree();
    rehypeExternalRel()(ours);
    rehypeExternalLinks({ rel: ['noopener', 'noreferrer'] })(theirs);
    expect(ours).toEqual(theirs);
    expect(JSON.stringify(ours)).toContain('"rel":["noopener","noreferrer"]');
  });
});
