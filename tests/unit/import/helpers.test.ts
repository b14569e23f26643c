import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { progressLine } from '../../../src/cli/format-import.ts';
import { siteConfig } from '../../../src/config/site.ts';
import { createI18n, translatorFor } from '../../../src/i18n/create-i18n.ts';
import { readUIResources } from '../../../src/i18n/read-resources.ts';
import { detectLocale, mapLanguage, scriptCounts } from '../../../src/import/languages.ts';
import { aliasesOf, oldPath, oldSite, originalCandidates, uploadPath } from '../../../src/import/old-urls.ts';
import { dataImage } from '../../../src/import/media.ts';
import { parsePairs, parseTypes } from '../../../src/import/options.ts';
import { asciiSlug, uniqueSlug } from '../../../src/import/slugs.ts';
import { extractUpdates, parseNoteDate } from '../../../src/import/updates.ts';
import { wpautop } from '../../../src/import/wpautop.ts';
import { wordPressId } from '../../../src/import/wxr-reader.ts';
import { rssDate, type Candidate } from '../../../src/import/inventory.ts';
import { parseMarkdown } from '../../../src/pipeline/parser.ts';
import { repoRoot } from '../helpers.ts';

const [first, second] = siteConfig.locales.map((l) => l.code) as [string, string];
const site = oldSite(['https://example.org']);

describe('wpautop', () => {
  it.each([
    ['One\n\nTwo\nlines', '<p>One</p>\n<p>Two<br />\nlines</p>\n'],
    ['Intro\n<ul>\n<li>a</li>\n</ul>\nAfter', '<p>Intro</p>\n<ul>\n<li>a</li>\n</ul>\n<p>After</p>\n'],
    ['<pre>a\n\nb</pre>', '<pre>a\n\nb</pre>\n'],
    ['', ''],
  ])('%j', (input, expected) => expect(wpautop(input)).toBe(expected));
});

describe('update notes', () => {
  it.each([
    ['23/02/2021', '2021-02-23'],
    ['3.4.2021', '2021-04-03'],
    ['2021-02-23', '2021-02-23'],
    ['2021年2月3日', '2021-02-03'],
    ['２０２１年２月３日', '2021-02-03'],
    ['02/23/2021', { reason: 'month-first' }],
    ['3/4/21', { reason: 'short-year' }],
    ['31/02/2021', { reason: 'not-a-date' }],
    ['23 Feb 2021', '2021-02-23'],
    ['23rd February, 2021', '2021-02-23'],
    ['February 23, 2021', '2021-02-23'],
    ['Sept. 3, 2021', '2021-09-03'],
    ['3 Ju 2021', { reason: 'not-a-date' }],
    ['30 Feb 2021', { reason: 'not-a-date' }],
  ])('parseNoteDate(%j)', (input, expected) => expect(parseNoteDate(input)).toEqual(expected));

  const tree = (markdown: string): Root => parseMarkdown(markdown);
  it.each([
    ['[Update 23/02/2021] Passed.\n\nBody.', [{ date: '2021-02-23', text: 'Passed.' }], []],
    ['Body.\n\nUPDATE 24/02/2021: Late news.', [{ date: '2021-02-24', text: 'Late news.' }], []],
    ['[更新 23/02/2021] 通过了。\n\n正文。', [{ date: '2021-02-23', text: '通过了。' }], []],
    ['Updated guidance shows more.\n\nBody.', [], []],
    ['Update: no date here.\n\nBody.', [], ['no-date']],
    ['UPDATE (23 Feb 2021): The motion passed.\n\nBody.', [{ date: '2021-02-23', text: 'The motion passed.' }], []],
    ['Body.\n\n[Updated 1 March 2021] Moved indoors.', [{ date: '2021-03-01', text: 'Moved indoors.' }], []],
    ['Body.\n\n[Update 23/02/2021] Middle.\n\nMore body.', [], ['mid-post']],
    ['[Update 23/02/2021] See [the vote](https://x.example/).\n\nBody.', [], ['has-links']],
  ])('extractUpdates(%j)', (markdown, updates, ambiguous) => {
    const result = extractUpdates(tree(markdown));
    expect(result.updates).toEqual(updates);
    expect(result.ambiguous.map((a) => a.reason)).toEqual(ambiguous);
  });
});

describe('numeric fields', () => {
  it.each([['110', 110], [' 7 ', 7], ['', 0], ['12abc', 0], ['1e3', 0], ['99999999999999999999', 0], ['-5', -5]])('wordPressId(%j)', (value, expected) => expect(wordPressId(value)).toBe(expected));
});

describe('dates of exports made without WordPress', () => {
  it.each([
    ['Tue, 16 Feb 2021 10:30:00 +0000', '2021-02-16 10:30:00'],
    ['16 Feb 2021 23:30:00 -0200', '2021-02-17 01:30:00'],
    ['Thu, 01 Jan 1970 00:00:00 +0000', undefined],
    ['Mon, 30 Nov -0001 00:00:00 +0000', undefined],
    ['Tue, 30 Feb 2021 10:30:00 +0000', undefined],
    ['2021-02-16', undefined],
    ['', undefined],
  ])('rssDate(%j)', (value, expected) => expect(rssDate(value)).toBe(expected));
});

describe('pictures pasted as data: addresses', () => {
  it.each([
    ['data:image/png;base64,iVBORw0KGgo=', 'png', 8],
    ['data:image/jpeg;name=photo.jpg;base64,/9j/4AAQ', 'jpg', 6],
    ['data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E', 'svg', 41],
    ['DATA:IMAGE/GIF;BASE64,R0lG\nODlh', 'gif', 6],
  ])('dataImage(%j)', (url, extension, size) => expect(dataImage(url)).toMatchObject({ extension, bytes: { length: size } }));

  it.each(['data:text/html;base64,PGI+', 'data:image/png;base64,', 'data:image/svg+xml,%E0%A4%A', 'https://example.org/a.png'])('dataImage(%j) is undefined', (url) => expect(dataImage(url)).toBeUndefined());
});

describe('slugs', () => {
  it.each([
    ['soas-students-vote', 'soas-students-vote'],
    ['%e5%85%ac%e5%bc%80%e4%bf%a1', 'gong-kai-xin'],
    ['Café “Solidarity”: 2021', 'cafe-solidarity-2021'],
    ['%%%', ''],
  ])('asciiSlug(%j)', (input, expected) => expect(asciiSlug(input)).toBe(expected));
  it('makes slugs unique', () => expect(uniqueSlug('a', new Set(['a', 'a-2']))).toBe('a-3'));
});

describe('old addresses', () => {
  it.each([
    ['https://example.org/2021/02/a/', '/2021/02/a'],
    ['https://www.example.org/?p=12', '/?p=12'],
    ['/zh/%E4%B8%AD/', '/zh/中'],
    ['https://elsewhere.example/a/', undefined],
  ])('oldPath(%j)', (url, expected) => expect(oldPath(url, site)).toBe(expected));
  it.each([
    ['https://example.org/wp-content/uploads/2021/02/a-300x200.jpg', '2021/02/a-300x200.jpg'],
    ['https://i0.wp.com/example.org/wp-content/uploads/2021/02/a.jpg?resize=300', '2021/02/a.jpg'],
    ['https://campaign.files.wordpress.com/2021/02/a.jpg?w=640', '2021/02/a.jpg'],
    ['https://example.org/2021/02/a/', undefined],
  ])('uploadPath(%j)', (url, expected) => expect(uploadPath(url, site)).toBe(expected));
  it('finds the original behind resized copies', () => expect(originalCandidates('2021/a-scaled-300x200.jpg')).toEqual(['2021/a.jpg', '2021/a-scaled.jpg', '2021/a-scaled-300x200.jpg']));
  it('keeps permalink, date path and ?p=', () => {
    const post = { id: 12, kind: 'post', name: 'soas', link: 'https://example.org/news/soas/', date: '2021-02-16 10:00:00' } as Candidate;
    expect(aliasesOf(post, site)).toEqual(['/news/soas/', '/2021/02/16/soas/', '/?p=12']);
  });
});

describe('languages', () => {
  it('maps WordPress languages to configured locales by BCP 47, or to none', () => {
    for (const locale of siteConfig.locales) expect(mapLanguage(locale.lang.replace('-', '_'), siteConfig)).toBe(locale.code);
    expect(mapLanguage('tlh_KL', siteConfig)).toBeUndefined();
  });
  it('detects the language from the script most letters are in', () => {
    const han = siteConfig.locales.find((l) => /^zh/.test(new Intl.Locale(l.lang).language))?.code;
    expect(detectLocale(scriptCounts('学生们投票支持 SOAS motion'), siteConfig)).toBe(han);
    expect(detectLocale(scriptCounts('Students voted'), siteConfig)).toBe(siteConfig.defaultLocale);
    expect(detectLocale(scriptCounts('2021'), siteConfig)).toBe(siteConfig.defaultLocale);
  });
});

describe('options', () => {
  it('reads a pairs file by locale columns', () => {
    expect(parsePairs(`${first},${second}\n12,14\nsoas,\n`, siteConfig)).toEqual([{ [first]: '12', [second]: '14' }, { [first]: 'soas', [second]: '' }]);
    expect(() => parsePairs('english,chinese\n1,2', siteConfig)).toThrow(/locales/);
  });
  it('maps categories to post types by name and by --types', () => {
    expect([...parseTypes('press=statement', ['statement', 'event'], ['events', 'news'])]).toEqual([['events', 'event'], ['press', 'statement']]);
    expect(() => parseTypes('press=manifesto', ['statement'], [])).toThrow(/manifesto/);
  });
});

describe('progress line', async () => {
  const t = translatorFor(createI18n(siteConfig, await readUIResources(repoRoot, siteConfig)), siteConfig.locales[0] as (typeof siteConfig.locales)[number]);
  it.each([
    ['convert', 50, 100, `[${'#'.repeat(12)}${'-'.repeat(12)}]`],
    ['convert', 100, 100, `[${'#'.repeat(24)}]`],
    ['read', 0, undefined, `[#${'-'.repeat(23)}]`],
  ] as const)('%s %d of %s', (phase, done, total, bar) => {
    expect(progressLine(t, phase, done, total).startsWith(bar)).toBe(true);
  });
});
