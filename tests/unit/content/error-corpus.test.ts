import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { splitFrontmatter } from '../../../src/content/frontmatter.ts';
import { ContentValidationError, loadContent, readContent } from '../../../src/content/index.ts';
import { renderMarkdown } from '../../../src/pipeline/index.ts';
import { inWords, repoRoot, writeTree } from '../helpers.ts';
import { md, meta, source, target, valid } from './content-fixtures.ts';

// Malformed content, one case per mistake an editor can make, each with the
// problem it must produce: the file, the line where there is one, the field,
// and a hint that says what to do. read-content.test.ts covers the basic
// cases; this corpus adds the tricky ones, and content that must just work.

const post = (dir: string, front = 'title: A', body?: string) => ({ [`content/posts/${dir}/post.yaml`]: meta(), [`content/posts/${dir}/${source}.md`]: md(front, body) });
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

async function read(files: Record<string, string | Uint8Array>) {
  const report = await readContent({ root: await writeTree({ ...valid, ...files }), config: siteConfig });
  return { ...report, problems: report.problems.map((p) => ({ line: undefined, field: undefined, ...inWords(p) })) };
}

interface Case {
  name: string;
  files: Record<string, string | Uint8Array>;
  expected: { file: string; line?: number; field?: string; message: RegExp; hint: RegExp };
}

const cases: Case[] = [
  // Frontmatter
  { name: 'YAML indented with a tab', files: post('a', 'title: A\n\tsummary: S'), expected: { file: `content/posts/a/${source}.md`, line: 3, message: /malformed: Tabs/, hint: /spaces/ } },
  { name: 'YAML with a repeated field', files: post('a', 'title: A\ntitle: B'), expected: { file: `content/posts/a/${source}.md`, line: 3, message: /malformed: Map keys must be unique/, hint: /indentation|quot/ } },
  { name: 'YAML with an unquoted colon', files: post('a', 'title: Vote: yes'), expected: { file: `content/posts/a/${source}.md`, line: 2, message: /malformed/, hint: /quotes/ } },
  { name: 'frontmatter never closed', files: { 'content/posts/a/post.yaml': meta(), [`content/posts/a/${source}.md`]: '---\ntitle: A\n\nBody without the closing line.' }, expected: { file: `content/posts/a/${source}.md`, line: 1, message: /never closed/, hint: /"---"/ } },
  { name: 'frontmatter that is a list', files: post('a', '- title: A'), expected: { file: `content/posts/a/${source}.md`, line: 2, message: /set of fields/, hint: /one field per line/ } },
  { name: 'title that YAML reads as a number', files: post('a', 'title: 2021'), expected: { file: `content/posts/a/${source}.md`, line: 2, field: 'title', message: /must be text; put it in quotes/, hint: /title/ } },
  { name: 'title that is only spaces', files: post('a', "title: '   '"), expected: { file: `content/posts/a/${source}.md`, line: 2, field: 'title', message: /is empty/, hint: /title/ } },
  { name: 'misspelt title', files: post('a', 'tilte: A'), expected: { file: `content/posts/a/${source}.md`, line: 2, field: 'tilte', message: /Unknown field "tilte"/, hint: /Did you mean "title"/ } },
  { name: 'misspelt field inside event', files: { 'content/posts/a/post.yaml': meta('event:\n  start: 2021-07-05T18:00\n  timezone: Europe/London\n'), [`content/posts/a/${source}.md`]: md('title: A') }, expected: { file: 'content/posts/a/post.yaml', line: 6, field: 'event.timezone', message: /Unknown field "timezone"/, hint: /Did you mean "timeZone"/ } },
  { name: 'misspelt field inside an update', files: post('a', 'title: A\nupdates:\n  - date: 2021-03-01\n    txt: Voted.'), expected: { file: `content/posts/a/${source}.md`, line: 5, field: 'updates[0].txt', message: /Unknown field "txt"/, hint: /Did you mean "text"/ } },
  { name: 'misspelt field in post.yaml', files: { 'content/posts/a/post.yaml': meta('tag: [students]\n'), [`content/posts/a/${source}.md`]: md('title: A') }, expected: { file: 'content/posts/a/post.yaml', line: 4, field: 'tag', message: /Unknown field "tag"/, hint: /Did you mean "tags"/ } },
  // Dates
  { name: '29 February in a common year', files: { 'content/posts/a/post.yaml': meta().replace('2021-02-16', '2021-02-29'), [`content/posts/a/${source}.md`]: md('title: A') }, expected: { file: 'content/posts/a/post.yaml', line: 1, field: 'date', message: /not a real calendar date/, hint: /YYYY-MM-DD/ } },
  { name: 'month 13', files: { 'content/posts/a/post.yaml': meta().replace('2021-02-16', '2021-13-01'), [`content/posts/a/${source}.md`]: md('title: A') }, expected: { file: 'content/posts/a/post.yaml', line: 1, field: 'date', message: /not a real calendar date/, hint: /YYYY-MM-DD/ } },
  { name: 'impossible update date', files: post('a', 'title: A\nupdates:\n  - date: 2021-04-31\n    text: Voted.'), expected: { file: `content/posts/a/${source}.md`, line: 4, field: 'updates[0].date', message: /not a real calendar date/, hint: /update/ } },
  { name: 'impossible event time', files: { 'content/posts/a/post.yaml': meta('event:\n  start: 2021-07-05T25:00\n  timeZone: Europe/London\n'), [`content/posts/a/${source}.md`]: md('title: A') }, expected: { file: 'content/posts/a/post.yaml', line: 5, field: 'event.start', message: /not a real date and time/, hint: /start/ } },
  // Files and folders
  { name: 'post folder without post.yaml', files: { [`content/posts/a/${source}.md`]: md('title: A') }, expected: { file: 'content/posts/a/post.yaml', message: /no post.yaml/, hint: /date: YYYY-MM-DD/ } },
  { name: 'Markdown straight under content/posts', files: { [`content/posts/${source}.md`]: md('title: Stray') }, expected: { file: `content/posts/${source}.md`, message: /not in a post folder/, hint: /content\/posts\/<slug>\// } },
  { name: 'Markdown in a folder that groups posts', files: { [`content/posts/2021/${source}.md`]: md('title: Stray'), ...post('2021/inner') }, expected: { file: `content/posts/2021/${source}.md`, message: /not in a post folder/, hint: /folder of its own/ } },
  { name: 'language file in capitals', files: { [`content/posts/good/${target.toUpperCase()}.md`]: md('title: T') }, expected: { file: `content/posts/good/${target.toUpperCase()}.md`, message: /not named after a configured locale/, hint: new RegExp(`Rename it to ${target}\\.md`) } },
  { name: 'language file ending .markdown', files: { [`content/posts/good/${target}.markdown`]: md('title: T') }, expected: { file: `content/posts/good/${target}.markdown`, message: /must end in "\.md"/, hint: new RegExp(`Rename it to ${target}\\.md`) } },
  { name: 'language file of an unconfigured locale', files: { 'content/posts/good/fr.md': md('title: Bonjour') }, expected: { file: 'content/posts/good/fr.md', message: /not named after a configured locale/, hint: /src\/config\/site\.ts/ } },
  { name: 'translation without its source', files: { 'content/posts/a/post.yaml': meta(), [`content/posts/a/${target}.md`]: md('title: T') }, expected: { file: 'content/posts/a/post.yaml', line: 2, field: 'source', message: /is missing/, hint: new RegExp(`Add content/posts/a/${source}\\.md`) } },
  // Slugs: the folder name is the slug, so path tricks must not slip through
  { name: 'slug with dots', files: post('a..b'), expected: { file: 'content/posts/a..b', field: 'slug', message: /not a valid slug/, hint: /lowercase letters/ } },
  { name: 'slug that is a hidden folder', files: post('..hidden'), expected: { file: 'content/posts/..hidden', field: 'slug', message: /starts with "\."/, hint: /Rename the folder/ } },
  { name: 'slug with spaces and capitals', files: post('My Post'), expected: { file: 'content/posts/My Post', field: 'slug', message: /not a valid slug/, hint: /lowercase/ } },
  { name: 'slug with a trailing space', files: post('post '), expected: { file: 'content/posts/post ', field: 'slug', message: /not a valid slug/, hint: /lowercase/ } },
  { name: 'slug with an encoded slash', files: post('a%2Fb'), expected: { file: 'content/posts/a%2Fb', field: 'slug', message: /not a valid slug/, hint: /lowercase/ } },
  { name: 'slug with a backslash', files: post('a\\b'), expected: { file: 'content/posts/a\\b', field: 'slug', message: /not a valid slug/, hint: /lowercase/ } },
  { name: 'slug in Chinese', files: post('团结'), expected: { file: 'content/posts/团结', field: 'slug', message: /not a valid slug/, hint: /lowercase/ } },
  { name: 'slug with a trailing hyphen', files: post('vote-'), expected: { file: 'content/posts/vote-', field: 'slug', message: /not a valid slug/, hint: /single hyphens/ } },
  { name: 'duplicate slug in nested folders', files: { ...post('2020/same'), ...post('2021/same') }, expected: { file: 'content/posts/2021/same', field: 'slug', message: /also used by content\/posts\/2020\/same/, hint: /rename one/ } },
  // Encodings
  { name: 'Markdown saved as Latin-1', files: { 'content/posts/a/post.yaml': meta(), [`content/posts/a/${source}.md`]: latin1('---\ntitle: A\n---\nFirst line.\nCaf\u00e9 society.\n') }, expected: { file: `content/posts/a/${source}.md`, line: 5, message: /not valid UTF-8 text: line 5/, hint: /Re-save it as UTF-8/ } },
  { name: 'Markdown saved as UTF-16', files: { 'content/posts/a/post.yaml': meta(), [`content/posts/a/${source}.md`]: new Uint8Array([0xff, 0xfe, ...[...'---\ntitle: A\n---\nB\n'].flatMap((c) => [c.charCodeAt(0), 0])]) }, expected: { file: `content/posts/a/${source}.md`, message: /saved as UTF-16/, hint: /Re-save it as UTF-8/ } },
  { name: 'post.yaml saved as Windows-1252', files: { 'content/posts/a/post.yaml': latin1(`date: 2021-02-16\nsource: ${source}\n# caf\u00e9\n`), [`content/posts/a/${source}.md`]: md('title: A') }, expected: { file: 'content/posts/a/post.yaml', line: 3, message: /not valid UTF-8/, hint: /UTF-8/ } },
  { name: 'tags.yaml saved as Latin-1', files: { 'content/tags.yaml': latin1(`students:\n  ${source}: \u00c9tudiants\n`) }, expected: { file: 'content/tags.yaml', line: 2, message: /not valid UTF-8/, hint: /UTF-8/ } },
  // Bodies
  { name: 'body of blank lines only', files: post('a', 'title: A', '\n   \n\t\n'), expected: { file: `content/posts/a/${source}.md`, line: 4, field: 'body', message: /no text/, hint: /draft: true/ } },
];

describe('every mistake is reported with its file, line, field and what to do', () => {
  it.each(cases)('$name', async ({ files, expected }) => {
    const { problems } = await read(files);
    const { message, hint, ...where } = expected;
    expect(problems).toContainEqual(expect.objectContaining({ line: undefined, field: undefined, ...where, message: expect.stringMatching(message), hint: expect.stringMatching(hint) }));
  });

  it('never falls back to the generic "invalid value" problem in this corpus', async () => {
    for (const { files } of cases) {
      for (const problem of (await read(files)).problems) expect(problem.code).not.toBe('field-invalid');
    }
  });

  it('reports every problem in one run, leaves broken posts out whole, and loadContent throws them together', async () => {
    const names = ['slug with dots', 'slug with spaces and capitals', 'Markdown straight under content/posts', 'duplicate slug in nested folders', 'slug with a trailing hyphen'];
    const broken = cases.filter((c) => names.includes(c.name));
    const merged: Record<string, string | Uint8Array> = Object.assign({}, ...broken.map((c) => c.files), post('typo', 'tilte: A'));
    const { content, problems } = await read(merged);
    for (const { expected } of broken) expect(problems.map((p) => p.file)).toContain(expected.file);
    expect(problems).toContainEqual(expect.objectContaining({ file: `content/posts/typo/${source}.md`, field: 'tilte' }));
    expect(content.posts.map((p) => p.slug)).toEqual(['good']);
    const error = await loadContent({ root: await writeTree({ ...valid, ...merged }), config: siteConfig }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentValidationError);
    expect((error as ContentValidationError).problems.map((p) => ({ line: undefined, field: undefined, ...inWords(p) }))).toEqual(problems);
  });
});

describe('content that must just work', () => {
  const crlf = (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`;

  it('reads a byte-order mark and CRLF (or bare CR) line endings in every kind of file', async () => {
    const { content, problems } = await read({
      'content/tags.yaml': crlf(valid['content/tags.yaml'] ?? ''),
      'content/posts/good/post.yaml': crlf(meta()),
      [`content/posts/good/${source}.md`]: crlf(md('title: Windows\nupdates:\n  - date: 2021-03-01\n    text: Voted.', '## Heading\n\n- one\n- two')),
      [`content/posts/good/${target}.md`]: md('title: Old Mac', 'Line one.\rLine two.').replace(/\n/g, '\r'),
    });
    expect(problems).toEqual([]);
    const version = content.posts[0]?.versions[source];
    expect(version).toMatchObject({ title: 'Windows', bodyStartLine: 7 });
    expect(version?.body).not.toMatch(/[\r\uFEFF]/);
    expect(renderMarkdown(version?.body ?? '', { lang: 'en-GB' }).html).toBe(renderMarkdown('## Heading\n\n- one\n- two\n', { lang: 'en-GB' }).html);
  });

  it('still reports the right lines in a file with a BOM and CRLF', async () => {
    const { problems } = await read({ 'content/posts/a/post.yaml': meta(), [`content/posts/a/${source}.md`]: crlf(md('summary: S\nsumary: T')) });
    expect(problems).toContainEqual(expect.objectContaining({ line: 3, field: 'sumary' }));
    expect(problems).toContainEqual(expect.objectContaining({ line: 2, field: 'title' }));
  });

  it('accepts an empty body in a draft translation, and README files beside posts', async () => {
    const { problems } = await read({ [`content/posts/good/${target}.md`]: md('title: T\ndraft: true', ''), 'content/posts/README.md': '# How posts are laid out' });
    expect(problems).toEqual([]);
  });

  it('reads and renders a 5 MB post', { timeout: 180_000 }, async () => {
    // Real sample bodies, repeated: headings, lists, tables, footnotes and links in both languages.
    const dir = path.join(repoRoot, 'content/posts');
    const bodies = readdirSync(dir).flatMap((slug) => readdirSync(path.join(dir, slug)).filter((name) => name.endsWith('.md')).map((name) => splitFrontmatter(readFileSync(path.join(dir, slug, name), 'utf8'))?.body ?? ''));
    const parts: string[] = [];
    for (let bytes = 0, index = 0; bytes < 5 * 1024 * 1024; index++) {
      const part = `${bodies[index % bodies.length]}\n\n`;
      parts.push(part);
      bytes += Buffer.byteLength(part);
    }
    const body = parts.join('');
    const started = performance.now();
    const { content, problems } = await read(post('long', 'title: A long report', body));
    const readMs = performance.now() - started;
    expect(problems).toEqual([]);
    const version = content.posts.find((p) => p.slug === 'long')?.versions[source];
    expect(version?.body.length).toBeGreaterThan(3_000_000);
    const rendering = performance.now();
    let fellBack = false;
    const rendered = renderMarkdown(version?.body ?? '', { lang: 'en-GB', onFallback: () => (fellBack = true) });
    const renderMs = performance.now() - rendering;
    expect(fellBack).toBe(false);
    expect(rendered.html.length).toBeGreaterThan(3_000_000);
    expect(rendered.headings.length).toBeGreaterThan(1000);
    console.info(`5 MB post: read in ${readMs.toFixed(0)} ms, rendered in ${renderMs.toFixed(0)} ms (${(renderMs / 5120).toFixed(2)} ms/KB)`);
    // Measured at about 4 s on a 2-core container; ten times that is the limit.
    expect(renderMs).toBeLessThan(40_000);
  });
});

// Keep the corpus honest: each case is a distinct mistake.
it('has distinct case names', () => {
  expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
});
