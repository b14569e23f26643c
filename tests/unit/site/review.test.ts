import { describe, expect, it } from 'vitest';
import { reviewOf } from '../../../src/components/review/review-rows.ts';
import { siteConfig } from '../../../src/config/site.ts';
import type { PostVersion } from '../../../src/content/index.ts';
import { repositoryNewFileUrl, MAX_EDITOR_URL } from '../../../src/i18n/urls.ts';
import { bilingualRows } from '../../../src/site/bilingual.ts';
import { filterCss } from '../../../src/components/dashboard/filter-css.ts';
import { fingerprintBlocks, type Change } from '../../../src/translation/index.ts';

const [source = '', target = ''] = siteConfig.locales.map((l) => l.code);
const version = (locale: string, title: string, body: string, extra: Partial<PostVersion> = {}): PostVersion => ({ locale, file: `${locale}.md`, title, updates: [], draft: false, body, bodyStartLine: 4, ...extra });

describe('reviewOf', () => {
  const en = version(source, 'Vote', '## Background\n\nOne.\n\nA new paragraph.\n\nTwo.\n', { summary: 'A motion.' });
  const zh = version(target, '投票', '## 背景\n\n一。\n\n二。\n');
  const changes: Change[] = [
    { kind: 'changed', field: 'title', oldText: 'The Vote', newText: 'Vote' },
    { kind: 'added', newIndex: 2, newText: 'A new paragraph.' },
    { kind: 'changed', oldIndex: 2, newIndex: 3, oldText: 'Two old.', newText: 'Two.' },
    { kind: 'removed', oldIndex: 3, oldText: 'Gone.' },
  ];
  const review = reviewOf(en, zh, changes, 'en-GB');

  it('reviews the same from the blocks the build kept as from the bodies', () => {
    const kept = (v: PostVersion) => ({ title: v.title, summary: v.summary, location: v.location, blocks: fingerprintBlocks(v.body).map((block) => block.text) });
    expect(reviewOf(kept(en), kept(zh), changes, 'en-GB')).toEqual(review);
    expect(reviewOf(kept(en), zh, changes, 'en-GB')).toEqual(review);
  });

  it('puts fields first, then blocks aligned by structure', () => {
    expect(review.rows.map((r) => [r.source ?? '-', r.translation ?? '-', r.match])).toEqual([
      ['Vote', '投票', 'same-kind'],
      ['A motion.', '-', 'unmatched'],
      ['## Background', '## 背景', 'same-kind'],
      ['One.', '一。', 'same-kind'],
      ['A new paragraph.', '-', 'unmatched'],
      ['Two.', '二。', 'same-kind'],
    ]);
  });

  it('marks what changed in the source since the translation, word by word, and lists removed blocks', () => {
    expect(review.rows[0]?.change).toEqual({ kind: 'changed', pieces: [{ kind: 'removed', text: 'The ' }, { kind: 'same', text: 'Vote' }] });
    expect(review.rows[4]?.change).toEqual({ kind: 'added' });
    expect(review.rows[5]?.change?.kind).toBe('changed');
    expect(review.rows[3]?.change).toBeUndefined();
    expect(review.removed).toEqual(['Gone.']);
  });

  it('a new source block does not pull the following ones out of step', () => {
    // Without the change list the added paragraph would pair with 二。 and Two. would be left over.
    const plain = reviewOf(en, zh, [], 'en-GB').rows.slice(2).map((r) => [r.source ?? '-', r.translation ?? '-']);
    expect(plain).toContainEqual(['A new paragraph.', '二。']);
  });
});

describe('bilingualRows', () => {
  const en = '<h2 id="h-a">A</h2>\n<p>One<sup><a href="#user-content-fn-1" id="user-content-fnref-1" aria-describedby="footnote-label">1</a></sup>.</p>\n<ul><li>x</li></ul>\n<p>Extra.</p>\n<section data-footnotes class="footnotes"><h2 id="footnote-label">Notes</h2><ol><li id="user-content-fn-1">n</li></ol></section>';
  const zh = '<h2 id="h-甲">甲</h2>\n<p>一<sup><a href="#user-content-fn-1" id="user-content-fnref-1" aria-describedby="footnote-label">1</a></sup>。</p>\n<ul><li>乙</li></ul>\n<section data-footnotes class="footnotes"><h2 id="footnote-label">注释</h2><ol><li id="user-content-fn-1">注</li></ol></section>';

  it('pairs headings, paragraphs, lists and footnotes; the reader\'s language comes first', () => {
    const rows = bilingualRows(zh, en, false);
    expect(rows.map((r) => [r.primary?.slice(0, 3) ?? '-', r.secondary?.slice(0, 3) ?? '-'])).toEqual([
      ['<h2', '<h2'],
      ['<p>', '<p>'],
      ['<ul', '<ul'],
      ['-', '<p>'],
      ['<se', '<se'],
    ]);
  });

  it('resolves each body\'s relative links and images against its own page, not the bilingual view\'s address', () => {
    const mine = '<p><img src="./photo.jpg" alt="照片"> <a href="../b/">乙</a> <a href="#h-甲">甲</a></p>';
    const theirs = '<p><img src="photo.jpg" alt="photo"> <a href="../b/">B</a> <a href="/en/tags/">tags</a> <a href="https://example.org/">web</a></p>';
    const [row] = bilingualRows(mine, theirs, false, { primary: '/zh/posts/a/', secondary: '/en/posts/a/' });
    expect(row?.primary).toBe('<p><img src="/zh/posts/a/photo.jpg" alt="照片"> <a href="/zh/posts/b/">乙</a> <a href="#h-甲">甲</a></p>');
    expect(row?.secondary).toBe('<p><img src="/en/posts/a/photo.jpg" alt="photo"> <a href="/en/posts/b/">B</a> <a href="/en/tags/">tags</a> <a href="https://example.org/">web</a></p>');
  });

  it('prefixes the second body\'s ids and fragment links so both can share a page', () => {
    const rows = bilingualRows(zh, en, false);
    const secondary = rows.map((r) => r.secondary ?? '').join('');
    expect(secondary).toContain('href="#also-user-content-fn-1"');
    expect(secondary).toContain('id="also-user-content-fn-1"');
    expect(secondary).toContain('aria-describedby="also-footnote-label"');
    expect(rows.map((r) => r.primary ?? '').join('')).toContain('href="#user-content-fn-1"');
  });
});

describe('repositoryNewFileUrl', () => {
  const github = { url: 'https://github.com/o/r/', branch: 'main' };
  it.each([
    ['GitHub', github, 'https://github.com/o/r/new/main?filename=content%2Fposts%2Fa%2Fzh.md&value=---%0Atitle%3A%20%E7%94%B2%0A'],
    ['GitLab', { url: 'https://gitlab.com/o/r', branch: 'dev' }, 'https://gitlab.com/o/r/-/new/dev?file_name=content%2Fposts%2Fa%2Fzh.md&content=---%0Atitle%3A%20%E7%94%B2%0A'],
  ])('%s', (_, repository, expected) => {
    expect(repositoryNewFileUrl(repository, 'content/posts/a/zh.md', '---\ntitle: 甲\n')).toBe(expected);
  });
  it('offers no link when the draft would make it too long', () => {
    expect(repositoryNewFileUrl(github, 'a.md', '字'.repeat(MAX_EDITOR_URL / 9))).toBeUndefined();
  });
});

describe('filterCss', () => {
  it('hides other locales, shows the empty message when none is left, and sorts by the rows\' ranks', () => {
    const css = filterCss(['zh']);
    expect(css).toContain('.dashboard:has(#locale-zh:checked) .worklist>li:not([data-locale="zh"]){display:none}');
    expect(css).toContain('.dashboard:has(#locale-zh:checked):not(:has(.worklist>li[data-locale="zh"])) .empty{display:block}');
    expect(css).toContain('.dashboard:has(#sort-work:checked) .worklist>li{order:attr(data-w type(<integer>),0)}');
  });
});
