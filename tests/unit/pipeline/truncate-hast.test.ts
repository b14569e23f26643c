import type { ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { textOf, truncateInline } from '../../../src/pipeline/truncate-hast.ts';

const t = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, children: ElementContent[] = [], properties: Properties = {}): ElementContent => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const link = (href: string, ...children: ElementContent[]) => el('a', children, { href });

describe('truncateInline', () => {
  it.each<[string, ElementContent[], number, string | undefined, string]>([
    // name, content, max units, lang, expected HTML
    ['fits: untouched', [t('Hello world.')], 2, 'en-GB', 'Hello world.'],
    ['plain English, cut after a word', [t('The ballot closed on Friday.')], 3, 'en-GB', 'The ballot closed…'],
    ['never mid-word', [t('Extraordinarily long words here')], 2, 'en-GB', 'Extraordinarily long…'],
    ['trailing punctuation and space go', [t('First, second; third')], 2, 'en-GB', 'First, second…'],
    [
      'link cut inside stays balanced',
      [t('Read '), link('/r', t('the full report')), t(' today')],
      3,
      'en-GB',
      'Read <a href="/r">the full</a>…',
    ],
    [
      'nested markup stays balanced',
      [el('em', [t('one '), el('strong', [t('two three')]), t(' four')]), t(' five')],
      2,
      'en-GB',
      '<em>one <strong>two</strong></em>…',
    ],
    [
      'an element after the cut is dropped, not left empty',
      [t('One two '), el('strong', [t('three')])],
      2,
      'en-GB',
      'One two…',
    ],
    [
      'an element ending exactly at the cut is kept whole',
      [el('em', [t('One')]), t(' two')],
      1,
      'en-GB',
      '<em>One</em>…',
    ],
    [
      'a word split across elements is kept whole',
      [el('em', [t('un')]), t('done work')],
      1,
      'en-GB',
      '<em>un</em>done…',
    ],
    [
      'images before the cut stay, those after it go',
      [el('img', [], { src: '/a.png', alt: 'a' }), t(' One two '), el('img', [], { src: '/b.png', alt: 'b' }), t(' three')],
      2,
      'en-GB',
      '<img src="/a.png" alt="a"> One two…',
    ],
    ['a line break right after the cut goes', [t('One two'), el('br'), t('three')], 2, 'en-GB', 'One two…'],
    ['a line break separates words', [t('One'), el('br'), t('two three')], 2, 'en-GB', 'One<br>two…'],
    ['emoji with a skin tone is never split', [t('Great 👍🏽 work 👍🏽 again')], 2, 'en-GB', 'Great 👍🏽 work…'],
    ['a family emoji (ZWJ) is never split', [t('We 👨‍👩‍👧 all came')], 2, 'en-GB', 'We 👨‍👩‍👧 all…'],
    ['a character outside the BMP is never split', [t('𠮷野家很好吃')], 1, 'zh-Hans', '𠮷…'],
    ['Chinese is cut at a word boundary', [t('我们支持这个项目，谢谢。')], 3, 'zh-Hans', '我们…'],
    [
      'Chinese across markup',
      [t('我们在'), el('strong', [t('北京')]), t('举办了'), link('/e', t('会员大会')), t('，来自全国。')],
      10,
      'zh-Hans',
      '我们在<strong>北京</strong>举办了<a href="/e">会员</a>…',
    ],
    ['mixed script', [t('我们支持 UCU 的 motion，并且在 London')], 6, 'zh-Hans', '我们支持 UCU 的…'],
    ['one word is kept even over the limit', [t('Supercalifragilistic and more')], 0, 'en-GB', 'Supercalifragilistic…'],
    ['code keeps its text up to a word', [t('Call '), el('code', [t('renderMarkdown(md)')]), t(' now')], 2, 'en-GB', 'Call <code>renderMarkdown</code>…'],
  ])('%s', (_name, children, max, lang, expected) => {
    const before = structuredClone(children);
    const result = truncateInline(children, max, lang);
    expect(toHtml({ type: 'root', children: result.children })).toBe(expected);
    expect(result.truncated).toBe(expected.endsWith('…'));
    expect(children).toEqual(before); // the input is never mutated
  });

  it('never leaves an empty element or a lone surrogate, at any limit', () => {
    const children = [
      t('Emoji 👍🏽 and '),
      el('em', [t('𠮷野家'), el('strong', [t(' should')])]),
      link('https://x.example', t(' never ')),
      el('img', [], { src: '/i.png', alt: '' }),
      t('be split, 我们支持 '),
      el('code', [t('UCU')]),
      t(' 的 motion。'),
    ];
    for (let max = 0; max <= 16; max += 1) {
      const result = truncateInline(children, max, 'zh-Hans');
      const html = toHtml({ type: 'root', children: result.children });
      expect(html, `at ${max}`).not.toMatch(/<(em|strong|a|code)\b[^>]*><\/\1>/);
      expect(html, `at ${max}`).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      expect(textOf(result.children).replace(/…$/, '')).toBe(textOf(children).slice(0, textOf(result.children).length - (result.truncated ? 1 : 0)));
    }
  });
});
