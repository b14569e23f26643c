import { describe, expect, it } from 'vitest';
import { footnoteList, withOutsideContent } from '../../../src/import/outside-body.ts';

const patterns: Record<number, string> = {
  7: '<!-- wp:paragraph -->\n<p>Donate to the campaign.</p>\n<!-- /wp:paragraph -->',
  8: '<p>Before</p><!-- wp:block {"ref":7} /-->',
  9: '<!-- wp:block {"ref":9} /-->',
};
const NOTES = '[{"content":"The <em>Police Files</em>, May 2022.","id":"f-1"},{"content":"An \\"interview\\".","id":"f-2"}]';

function expand(html: string, footnotes?: string) {
  const reported: string[] = [];
  const text = withOutsideContent(html, { pattern: (id) => patterns[id], footnotes, report: (construct, reason) => void reported.push(`${reason} ${construct}`) });
  return { text, reported };
}

describe('withOutsideContent: what WordPress renders into a body from elsewhere', () => {
  it.each([
    ['a synced pattern in place of its reference', '<p>A</p>\n<!-- wp:block {"ref":7} /-->\n<p>B</p>', undefined, '<p>A</p>\n<!-- wp:paragraph -->\n<p>Donate to the campaign.</p>\n<!-- /wp:paragraph -->\n<p>B</p>', []],
    ['a pattern inside a pattern', '<!-- wp:block {"ref":8} /-->', undefined, '<p>Before</p><!-- wp:paragraph -->\n<p>Donate to the campaign.</p>\n<!-- /wp:paragraph -->', []],
    ['a pattern not in the export, reported', '<!-- wp:block {"ref":404} /--><p>B</p>', undefined, '<p>B</p>', ['missing-pattern <!-- wp:block {"ref":404} /-->']],
    ['a pattern including itself stops', '<!-- wp:block {"ref":9} /-->', undefined, '', ['missing-pattern <!-- wp:block {"ref":9} /-->']],
    ['footnotes from meta in place of the dynamic block', '<p>x<sup data-fn="f-1">1</sup></p>\n<!-- wp:footnotes /-->', NOTES, '<p>x<sup data-fn="f-1">1</sup></p>\n<ol class="wp-block-footnotes"><li id="f-1">The <em>Police Files</em>, May 2022.</li><li id="f-2">An "interview".</li></ol>', []],
    ['footnotes from meta at the end when the block was removed', '<p>x</p>', '[{"content":"Source.","id":"f-1"}]', '<p>x</p>\n\n<ol class="wp-block-footnotes"><li id="f-1">Source.</li></ol>', []],
    ['a body that saved its own list keeps it', '<!-- wp:footnotes -->\n<ol class="wp-block-footnotes"><li id="f-1">Old.</li></ol>\n<!-- /wp:footnotes -->', NOTES, '<!-- wp:footnotes -->\n<ol class="wp-block-footnotes"><li id="f-1">Old.</li></ol>\n<!-- /wp:footnotes -->', []],
    ['an empty footnotes meta adds nothing', '<p>x</p>', '[]', '<p>x</p>', []],
    ['footnotes meta that is not a list, reported', '<p>x</p>', '{"broken', '<p>x</p>', ['footnotes-unreadable {"broken']],
  ])('%s', (_name, html, footnotes, expected, reports) => {
    const { text, reported } = expand(html, footnotes);
    expect(text).toBe(expected);
    expect(reported).toEqual(reports);
  });

  it.each([
    ['[{"id":"a","content":"A source."}]', '<ol class="wp-block-footnotes"><li id="a">A source.</li></ol>'],
    ['[{"id":"a\\"><script>","content":"x"}]', '<ol class="wp-block-footnotes"><li id="a&quot;>&lt;script>">x</li></ol>'],
    ['[{"id":1,"content":"x"}]', undefined],
    ['null', undefined],
  ])('footnoteList(%s)', (json, expected) => expect(footnoteList(json)).toBe(expected));
});
