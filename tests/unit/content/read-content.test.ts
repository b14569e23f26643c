import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { ContentValidationError, loadContent, readContent } from '../../../src/content/index.ts';
import { inWords, writeTree } from '../helpers.ts';
import { md, meta, source, target, valid } from './content-fixtures.ts';


async function problemsOf(files: Record<string, string | Uint8Array>) {
  const { problems } = await readContent({ root: await writeTree({ ...valid, ...files }), config: siteConfig });
  return problems.map(inWords);
}

describe('readContent: valid content', () => {
  it('reads shared facts once and each language version', async () => {
    const root = await writeTree({
      ...valid,
      'content/posts/2021/event/post.yaml': meta('event:\n  start: 2021-07-05T18:00\n  end: 2021-07-05T20:00\n  timeZone: Europe/London\n'),
      [`content/posts/2021/event/${source}.md`]: md('title: Event\nlocation: Online\nupdates:\n  - date: 2021-07-06\n    text: Recording posted.'),
      [`content/posts/2021/event/${target}.md`]: md('title: Event-T\ndraft: true', ''),
    });
    const content = await loadContent({ root, config: siteConfig });
    const event = content.posts.find((p) => p.slug === 'event');
    expect(event).toMatchObject({ dir: 'content/posts/2021/event', sourceLocale: source, tags: ['students'] });
    expect(event?.event?.start.toISOString()).toBe('2021-07-05T17:00:00.000Z');
    expect(event?.versions[source]).toMatchObject({ title: 'Event', location: 'Online', draft: false, bodyStartLine: 8 });
    expect(event?.versions[source]?.updates[0]?.date.toISOString()).toBe('2021-07-06T00:00:00.000Z');
    expect(event?.versions[target]).toMatchObject({ draft: true, body: '\n' });
    expect(content.tags.students?.[target]).toBe('Students-T');
  });

  it('accepts a byte-order mark and CRLF line endings', async () => {
    const problems = await problemsOf({ [`content/posts/good/${target}.md`]: '\uFEFF---\r\ntitle: Windows\r\n---\r\nBody\r\n' });
    expect(problems).toEqual([]);
  });

  it('lists posts newest first', async () => {
    const root = await writeTree({ ...valid, 'content/posts/newer/post.yaml': meta().replace('2021-02-16', '2021-03-01'), [`content/posts/newer/${source}.md`]: md('title: Newer') });
    expect((await loadContent({ root, config: siteConfig })).posts.map((p) => p.slug)).toEqual(['newer', 'good']);
  });
});

describe('readContent: every problem names file, line, field and a fix', () => {
  const cases: { name: string; files: Record<string, string | Uint8Array>; expected: { file: string; line?: number; field?: string; message: RegExp } }[] = [
    { name: 'missing title', files: { 'content/posts/a/post.yaml': meta(), [`content/posts/a/${source}.md`]: md('summary: S') }, expected: { file: `content/posts/a/${source}.md`, line: 2, field: 'title', message: /Required field "title" is missing/ } },
    { name: 'empty title', files: { 'content/posts/a/post.yaml': meta(), [`content/posts/a/${source}.md`]: md('title: "  "') }, expected: { file: `content/posts/a/${source}.md`, line: 2, field: 'title', message: /is empty/ } },
    { name: 'impossible date', files: { 'content/posts/a/post.yaml': meta().replace('2021-02-16', '2021-02-30'), [`content/posts/a/${source}.md`]: md('title: A') }, expected: { file: 'content/posts/a/post.yaml', line: 1, field: 'date', message: /not a real calendar date/ } },
    { name: 'year 0000, a placeholder', files: { 'content/posts/a/post.yaml': meta().replace('2021-02-16', '0000-01-01'), [`content/posts/a/${source}.md`]: md('title: A') }, expected: { file: 'content/posts/a/post.yaml', line: 1, field: 'date', message: /0000-01-01, before 1990-01-01/ } },
    { name: 'the Unix epoch, a date no one wrote', files: { 'content/posts/a/post.yaml': meta().replace('2021-02-16', '1970-01-01'), [`content/posts/a/${source}.md`]: md('title: A') }, expected: { file: 'content/posts/a/post.yaml', line: 1, field: 'date', message: /1970-01-01, before 1990-01-01/ } },
    { name: 'a date in the far future', files: { 'content/posts/a/post.yaml': meta().replace('2021-02-16', '9999-12-31'), [`content/posts/a/${source}.md`]: md('title: A') }, expected: { file: 'content/posts/a/post.yaml', line: 1, field: 'date', message: /9999-12-31, more than a year after today/ } },
    { name: 'an update dated in year 0001', files: { 'content/posts/a/post.yaml': meta(), [`content/posts/a/${source}.md`]: md('title: A\nupdates:\n  - date: 0001-01-01\n    text: Placeholder.') }, expected: { file: `content/posts/a/${source}.md`, line: 4, field: 'updates[0].date', message: /0001-01-01, before 1990-01-01/ } },
    { name: 'date in the wrong format', files: { 'content/posts/a/post.yaml': meta().replace('2021-02-16', '23/02/2021'), [`content/posts/a/${source}.md`]: md('title: A') }, expected: { file: 'content/posts/a/post.yaml', line: 1, field: 'date', message: /YYYY-MM-DD/ } },
    { name: 'update dated before the post', files: { 'content/posts/a/post.yaml': meta(), [`content/posts/a/${target}.md`]: md('title: T\nupdates:\n  - date: 2021-02-16\n    text: Same day.\n  - date: 2012-02-23\n    text: Year mistyped.'), [`content/posts/a/${source}.md`]: md('title: A') }, expected: { file: `content/posts/a/${target}.md`, line: 6, field: 'updates[1].date', message: /dated 2012-02-23, before the post itself \(2021-02-16\)/ } },
    { name: 'misspelt field', files: { 'content/posts/a/post.yaml': meta(), [`content/posts/a/${source}.md`]: md('title: A\nsumary: S') }, expected: { file: `content/posts/a/${source}.md`, line: 3, field: 'sumary', message: /Unknown field "sumary"/ } },
    { name: 'malformed YAML', files: { 'content/posts/a/post.yaml': meta(), [`content/posts/a/${source}.md`]: md('title: "unclosed\nsummary: S') }, expected: { file: `content/posts/a/${source}.md`, line: 3, message: /YAML is malformed: a quote, bracket/ } },
    { name: 'no frontmatter', files: { 'content/posts/a/post.yaml': meta(), [`content/posts/a/${source}.md`]: 'Just text' }, expected: { file: `content/posts/a/${source}.md`, line: 1, message: /no frontmatter/ } },
    { name: 'unknown locale file', files: { 'content/posts/good/xx.md': md('title: X') }, expected: { file: 'content/posts/good/xx.md', message: /not named after a configured locale/ } },
    { name: 'translation without its source', files: { 'content/posts/a/post.yaml': meta(), [`content/posts/a/${target}.md`]: md('title: T') }, expected: { file: 'content/posts/a/post.yaml', line: 2, field: 'source', message: /source file .* is missing/ } },
    { name: 'unknown source locale', files: { 'content/posts/a/post.yaml': meta().replace(`source: ${source}`, 'source: xx'), [`content/posts/a/${source}.md`]: md('title: A') }, expected: { file: 'content/posts/a/post.yaml', line: 2, field: 'source', message: /not a configured locale/ } },
    { name: 'unknown tag', files: { 'content/posts/a/post.yaml': meta().replace('[students]', '[students, studnets]'), [`content/posts/a/${source}.md`]: md('title: A') }, expected: { file: 'content/posts/a/post.yaml', line: 3, field: 'tags[1]', message: /Unknown tag "studnets"/ } },
    { name: 'duplicate slugs', files: { 'content/posts/2020/good/post.yaml': meta(), [`content/posts/2020/good/${source}.md`]: md('title: Again') }, expected: { file: 'content/posts/good', field: 'slug', message: /also used by content\/posts\/2020\/good/ } },
    { name: 'slug with a space', files: { 'content/posts/bad slug/post.yaml': meta(), [`content/posts/bad slug/${source}.md`]: md('title: A') }, expected: { file: 'content/posts/bad slug', field: 'slug', message: /not a valid slug/ } },
    { name: 'not UTF-8', files: { 'content/posts/a/post.yaml': meta(), [`content/posts/a/${source}.md`]: new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]) }, expected: { file: `content/posts/a/${source}.md`, message: /not valid UTF-8/ } },
    { name: 'empty body', files: { 'content/posts/a/post.yaml': meta(), [`content/posts/a/${source}.md`]: md('title: A', '') }, expected: { file: `content/posts/a/${source}.md`, line: 4, field: 'body', message: /no text/ } },
    // Whitespace of every kind trim removes, a no-break space and a byte-order mark among them, is no text either.
    { name: 'body of whitespace only', files: { 'content/posts/a/post.yaml': meta(), [`content/posts/a/${source}.md`]: md('title: A', ' \t\n\u00a0\u3000\ufeff\n') }, expected: { file: `content/posts/a/${source}.md`, line: 4, field: 'body', message: /no text/ } },
    { name: 'draft original', files: { 'content/posts/a/post.yaml': meta(), [`content/posts/a/${source}.md`]: md('title: A\ndraft: true') }, expected: { file: `content/posts/a/${source}.md`, field: 'draft', message: /original text is marked draft/ } },
    { name: 'event ending before it starts', files: { 'content/posts/a/post.yaml': meta('event:\n  start: 2021-07-05T18:00\n  end: 2021-07-05T17:00\n  timeZone: Europe/London\n'), [`content/posts/a/${source}.md`]: md('title: A') }, expected: { file: 'content/posts/a/post.yaml', field: 'event.end', message: /must end after it starts/ } },
    { name: 'unknown time zone', files: { 'content/posts/a/post.yaml': meta('event:\n  start: 2021-07-05T18:00\n  timeZone: London\n'), [`content/posts/a/${source}.md`]: md('title: A') }, expected: { file: 'content/posts/a/post.yaml', line: 6, field: 'event.timeZone', message: /IANA time zone/ } },
  ];

  it.each(cases)('$name', async ({ files, expected }) => {
    const problems = await problemsOf(files);
    expect(problems).toContainEqual(expect.objectContaining({ ...expected, message: expect.stringMatching(expected.message), hint: expect.stringMatching(/\w/) }));
  });

  it('reports all problems at once and loadContent throws them together', async () => {
    const root = await writeTree({ ...valid, ...cases[0]?.files, 'content/posts/b/post.yaml': meta().replace('2021-02-16', 'soon'), [`content/posts/b/${source}.md`]: md('titel: B') });
    const error = await loadContent({ root, config: siteConfig }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentValidationError);
    const { problems, message } = error as ContentValidationError;
    expect(problems.length).toBeGreaterThanOrEqual(4);
    expect(message).toMatch(/content\/posts\/a\/\w+\.md:2 \(title\) \[field-missing\]/);
    expect(problems.map(inWords).map((p) => p.hint)).toContainEqual(expect.stringMatching(/Did you mean "title"\?/));
  });

  it('leaves out posts with problems but keeps the valid ones', async () => {
    const { content } = await readContent({ root: await writeTree({ ...valid, ...cases[0]?.files }), config: siteConfig });
    expect(content.posts.map((p) => p.slug)).toEqual(['good']);
  });
});
