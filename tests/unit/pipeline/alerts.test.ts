import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/pipeline/index.ts';
import { alertMarker } from '../../../src/pipeline/remark-alerts.ts';

describe('alertMarker', () => {
  it.each([
    ['[!NOTE]\nRead this', { kind: 'note', length: 8 }],
    ['[!note]', { kind: 'note', length: 7 }],
    ['[!Warning]  \nx', { kind: 'warning', length: 13 }],
    ['[!CAUTION]', { kind: 'caution', length: 10 }],
    ['[!NOTE] Read this', undefined],
    ['[!NOTES]', undefined],
    ['[!]', undefined],
    [' [!NOTE]', undefined],
    ['[NOTE]', undefined],
  ])('%j', (text, expected) => {
    expect(alertMarker(text)).toEqual(expected);
  });
});

const open = (kind: string, title: string) => `<div data-callout="${kind}" role="note">\n<p>${title}</p>`;

describe("GitHub's alerts", () => {
  it.each([
    ['the marker alone, then the text', '> [!NOTE]\n> The meeting is online.', `${open('note', 'Note')}\n<p>The meeting is online.</p>\n</div>`],
    ['the marker, a blank line, paragraphs', '> [!IMPORTANT]\n>\n> One.\n>\n> Two.', `${open('important', 'Important')}\n<p>One.</p>\n<p>Two.</p>\n</div>`],
    ['in lower case', '> [!tip]\n> Bring a friend.', `${open('tip', 'Tip')}\n<p>Bring a friend.</p>\n</div>`],
    ['with a hard break after the marker', '> [!WARNING]  \n> Venue changed.', `${open('warning', 'Warning')}\n<p>Venue changed.</p>\n</div>`],
    ['formatting on the next line', '> [!CAUTION]\n> *Do not* share names.', `${open('caution', 'Caution')}\n<p><em>Do not</em> share names.</p>\n</div>`],
    ['the marker alone', '> [!NOTE]', `${open('note', 'Note')}\n</div>`],
  ])('%s', (_, markdown, html) => {
    expect(renderMarkdown(markdown, { lang: 'en-GB' }).html).toBe(html);
  });

  it.each([
    ['an author\'s own attributes on raw HTML', '<div data-callout="note" role="button" class="x">Hi</div>', '<div data-callout="note">Hi</div>'],
  ])('lets through only what an alert needs: %s', (_, markdown, html) => {
    expect(renderMarkdown(markdown, { lang: 'en-GB' }).html).toBe(html);
  });

  it.each([
    ['text after the marker on its line', '> [!NOTE] Read this', '<blockquote>\n<p>[!NOTE] Read this</p>\n</blockquote>'],
    ['a kind GitHub does not have', '> [!DANGER]\n> x', '<blockquote>\n<p>[!DANGER]\nx</p>\n</blockquote>'],
    ['a quote in a list', '- > [!NOTE]\n  > x', '<ul>\n<li>\n<blockquote>\n<p>[!NOTE]\nx</p>\n</blockquote>\n</li>\n</ul>'],
    ['a plain quote', '> Words.', '<blockquote>\n<p>Words.</p>\n</blockquote>'],
  ])('leaves %s as a quote', (_, markdown, html) => {
    expect(renderMarkdown(markdown, { lang: 'en-GB' }).html).toBe(html);
  });

  it("titles the alert in the document's language, which a conversion converts", () => {
    const label = (kind: string) => ({ note: '注意', warning: '警告' })[kind] ?? kind;
    expect(renderMarkdown('> [!NOTE]\n> 会议改在网上举行。', { lang: 'zh-Hans', alertLabel: label }).html).toBe(`${open('note', '注意')}\n<p>会议改在网上举行。</p>\n</div>`);
    const converted = renderMarkdown('> [!WARNING]\n> 会议', { lang: 'zh-Hant', alertLabel: label, convertText: (text) => text.replaceAll('会议', '會議') }).html;
    expect(converted).toBe(`${open('warning', '警告')}\n<p>會議</p>\n</div>`);
  });

  it('gives each language its own titles, however often documents alternate', () => {
    const en = () => 'Note';
    const zh = () => '注意';
    for (let round = 0; round < 2; round++) {
      expect(renderMarkdown('> [!NOTE]', { lang: 'en-GB', alertLabel: en }).html).toContain('<p>Note</p>');
      expect(renderMarkdown('> [!NOTE]', { lang: 'en-GB', alertLabel: zh }).html).toContain('<p>注意</p>');
    }
  });

  it('reports no lost text for the marker, and leaves the excerpt to the first paragraph, as for a quote', () => {
    const rendered = renderMarkdown('> [!NOTE]\n> The meeting is online.\n\nWe meet on Thursday.', { lang: 'en-GB' });
    expect(rendered.lostText).toEqual([]);
    expect(rendered.excerptHtml).toBe('<p>We meet on Thursday.</p>');
  });
});
