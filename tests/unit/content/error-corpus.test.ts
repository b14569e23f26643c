import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { ContentValidationError, loadContent, readContent } from '../../../src/content/index.ts';
import { checkContent } from '../../../src/translation/index.ts';
import { renderMarkdown } from '../../../src/pipeline/index.ts';
import { inWords, repoRoot, writeTree } from '../helpers.ts';
import { longPostBody } from '../pipeline/fuzz-documents.ts';
import { converterOf, linkedPages, md, meta, source, target, valid } from './content-fixtures.ts';

// Malformed content, one case per mistake an editor can make, each with the
// problem it must produce: the file, the line where there is one, the field,
// and a hint that says what to do. read-content.test.ts covers the basic
// cases; this corpus adds the tricky ones, and content that must just work.

// A base record of the shape Tandem writes, recorded on a given date.
const baseRecord = (recordedAt: string) => JSON.stringify({ version: 1, sourceLocale: source, recordedAt, digest: '0123456789abcdef', fields: { title: { hash: '0123456789abcdef', text: 'A' } }, blocks: [] });

const post = (dir: string, front = 'title: A', body?: string) => ({ [`content/posts/${dir}/post.yaml`]: meta(), [`content/posts/${dir}/${source}.md`]: md(front, body) });
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

// Files the cases link to or from; `setup` makes what a file tree cannot hold (links, missing folders).
async function read(files: Record<string, string | Uint8Array>, setup?: (root: string) => Promise<void>) {
  const root = await writeTree({ ...valid, ...linkedPages, ...files });
  await setup?.(root);
  const report = await checkContent({ root, config: siteConfig, converterOf });
  return { ...report, problems: report.problems.map((p) => ({ line: undefined, field: undefined, ...inWords(p) })) };
}

interface Case {
  name: string;
  files: Record<string, string | Uint8Array>;
  setup?: (root: string) => Promise<void>;
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
  // Aliases (old addresses)
  { name: 'alias without a leading slash', files: { 'content/posts/a/post.yaml': meta("aliases: ['2021/02/old/']\n"), [`content/posts/a/${source}.md`]: md('title: A') }, expected: { file: 'content/posts/a/post.yaml', line: 4, field: 'aliases[0]', message: /must start with "\/"/, hint: /as it was on the old site/ } },
  { name: 'alias claimed by two posts', files: { 'content/posts/a/post.yaml': meta("aliases: ['/old/']\n"), [`content/posts/a/${source}.md`]: md('title: A'), 'content/posts/b/post.yaml': meta("aliases: ['/old']\n"), [`content/posts/b/${source}.md`]: md('title: B') }, expected: { file: 'content/posts/b/post.yaml', field: 'aliases[0]', message: /also an alias in content\/posts\/a\/post.yaml/, hint: /one place only/ } },
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
  // Links in bodies: resolved against every page the build makes
  { name: 'link to a post that does not exist', files: post('a', 'title: A', 'See [it](/en/posts/nope/).'), expected: { file: `content/posts/a/${source}.md`, line: 4, field: 'body', message: /The link \/en\/posts\/nope\/ leads to no page/, hint: /Correct the address/ } },
  { name: 'link with a misspelt slug', files: post('a', 'title: A', `Read [the good post](/${source}/posts/god/).`), expected: { file: `content/posts/a/${source}.md`, line: 4, field: 'body', message: /leads to no page/, hint: new RegExp(`Did you mean "/${source}/posts/good/"`) } },
  { name: 'link without its trailing slash', files: post('a', 'title: A', `Read [it](/${target}/posts/good).`), expected: { file: `content/posts/a/${source}.md`, line: 4, field: 'body', message: /leads to no page/, hint: new RegExp(`Did you mean "/${target}/posts/good/"`) } },
  { name: 'link to a tag that is not defined', files: post('a', 'title: A', `Line one.\n\nMore on [students](/${source}/tags/studnets/).`), expected: { file: `content/posts/a/${source}.md`, line: 6, field: 'body', message: /leads to no page/, hint: /Did you mean ".*\/tags\/students\/"/ } },
  { name: 'link to a missing heading on the same page', files: post('a', 'title: A', '## Background\n\nSee [above](#backgrond).'), expected: { file: `content/posts/a/${source}.md`, line: 6, field: 'body', message: /#backgrond.*not a heading or anchor/, hint: /Did you mean "#background"/ } },
  { name: 'link to a missing heading on another post', files: { ...post('a', 'title: A', `See [their notes](/${source}/posts/b/#method).`), ...post('b', 'title: B', '## Methods\n\nText.') }, expected: { file: `content/posts/a/${source}.md`, line: 4, field: 'body', message: new RegExp(`not a heading or anchor on /${source}/posts/b/`), hint: /Did you mean "#methods"/ } },
  { name: 'link to a missing Chinese heading', files: post('a', 'title: A', '## 背景\n\n见[上文](#背京)。'), expected: { file: `content/posts/a/${source}.md`, line: 6, field: 'body', message: /not a heading or anchor/, hint: /Did you mean "#背景"/ } },
  { name: 'link in raw HTML to a missing page', files: post('a', 'title: A', 'First.\n\n<p><a href="/en/posts/gone/">gone</a></p>'), expected: { file: `content/posts/a/${source}.md`, line: 6, field: 'body', message: /\/en\/posts\/gone\/ leads to no page/, hint: /Correct the address/ } },
  // Raw HTML that would hide the rest of a post
  { name: 'unclosed <style> block', files: post('a', 'title: A', 'Intro.\n\n<style>\np { color: red }\n\n## Later\n\nGone.'), expected: { file: `content/posts/a/${source}.md`, line: 6, field: 'body', message: /<style> is opened here and never closed/, hint: /<\/style>/ } },
  { name: 'unclosed comment', files: post('a', 'title: A', 'Intro.\n\n<!-- note to self\n\nGone.'), expected: { file: `content/posts/a/${source}.md`, line: 6, field: 'body', message: /comment "<!--" opens here/, hint: /-->/ } },
  { name: 'stray <title> tag', files: post('a', 'title: A', 'Intro.\n\n<title>\n\nThis paragraph vanishes.'), expected: { file: `content/posts/a/${source}.md`, line: 6, field: 'body', message: /<title> is opened here/, hint: /<\/title>/ } },
  { name: 'inline <textarea> in a paragraph', files: post('a', 'title: A', 'Type it in a <textarea> box and send it.'), expected: { file: `content/posts/a/${source}.md`, line: 4, field: 'body', message: /<textarea> is opened here/, hint: /&lt;textarea>/ } },
  { name: 'unclosed <select> around text', files: post('a', 'title: A', 'Pick:\n\n<select><option>One</option>\n\nThis text vanishes.'), expected: { file: `content/posts/a/${source}.md`, line: 6, field: 'body', message: /<select> is opened here/, hint: /<\/select>/ } },
  { name: 'footnote defined but never referenced', files: post('a', 'title: A', 'A claim.[^1]\n\n[^1]: A source.\n\n[^2]: A note nobody cites.'), expected: { file: `content/posts/a/${source}.md`, line: 8, field: 'body', message: /\[\^2\] is defined but nothing refers to it/, hint: /Add \[\^2\]/ } },
  { name: 'an id given twice, as WordPress content repeats anchors', files: post('a', 'title: A', '<a name="part-2"></a>Part two.\n\n## Part two {#part-2}'), expected: { file: `content/posts/a/${source}.md`, line: 6, field: 'body', message: /"part-2" is given here and earlier/, hint: /Rename one/ } },
  { name: 'table row with a pipe in a code cell', files: post('a', 'title: A', '| Rule | Catches |\n|---|---|\n| `pipe` | `|` piping |'), expected: { file: `content/posts/a/${source}.md`, line: 6, field: 'body', message: /row has 3 cells but its table has 2 columns/, hint: /write it as \\\|/ } },
  { name: 'inline <svg> drawing', files: post('a', 'title: A', 'Intro.\n\nThe result: <svg viewBox="0 0 2 2"><rect width="1" height="2"/></svg>.'), expected: { file: `content/posts/a/${source}.md`, line: 6, field: 'body', message: /<svg> is removed from the page/, hint: /\.\/name\.svg/ } },
  { name: 'quotes nested 3,000 deep', files: post('a', 'title: A', `Intro.\n\n${'> '.repeat(3000)}deep`), expected: { file: `content/posts/a/${source}.md`, line: 6, field: 'body', message: /nest 3000 levels deep/, hint: /a few levels/ } },
  // Data that is never code, and limits
  { name: 'YAML alias bomb', files: post('a', `title: A\nsummary: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]`), expected: { file: `content/posts/a/${source}.md`, line: 2, message: /aliases .* more than 100 times/, hint: /&anchors and \*aliases/ } },
  { name: 'YAML with an unknown tag', files: post('a', 'title: !!js/function "x"'), expected: { file: `content/posts/a/${source}.md`, line: 2, message: /tag "!!js\/function"/, hint: /Remove the tag/ } },
  { name: 'YAML with a binary tag', files: { 'content/posts/a/post.yaml': meta('extra: !!binary aGk=\n'), [`content/posts/a/${source}.md`]: md('title: A') }, expected: { file: 'content/posts/a/post.yaml', line: 4, message: /tag "!!binary"/, hint: /Remove the tag/ } },
  { name: 'date 9999-99-99', files: { 'content/posts/a/post.yaml': meta().replace('2021-02-16', '9999-99-99'), [`content/posts/a/${source}.md`]: md('title: A') }, expected: { file: 'content/posts/a/post.yaml', line: 1, field: 'date', message: /not a real calendar date: 9999-99-99/, hint: /YYYY-MM-DD/ } },
  { name: 'event time skipped by the clocks going forward', files: { 'content/posts/a/post.yaml': meta('event:\n  start: 2021-03-28T01:30\n  timeZone: Europe/London\n'), [`content/posts/a/${source}.md`]: md('title: A') }, expected: { file: 'content/posts/a/post.yaml', line: 5, field: 'event.start', message: /does not exist in Europe\/London.*2021-03-28T00:30\+00:00 or 2021-03-28T02:30\+01:00/, hint: /clock change/ } },
  { name: 'event time repeated by the clocks going back', files: { 'content/posts/a/post.yaml': meta('event:\n  start: 2021-10-31T00:00\n  end: 2021-10-31T01:30\n  timeZone: Europe/London\n'), [`content/posts/a/${source}.md`]: md('title: A') }, expected: { file: 'content/posts/a/post.yaml', line: 6, field: 'event.end', message: /happens twice in Europe\/London.*2021-10-31T01:30\+01:00 or 2021-10-31T01:30\+00:00/, hint: /repeated hour/ } },
  { name: 'base record dated 2021-13-01', files: { ...post('a'), [`content/posts/a/${target}.md`]: md('title: T') }, setup: async (root) => writeFile(`${root}/content/posts/a/${target}.base.json`, baseRecord('2021-13-01')), expected: { file: `content/posts/a/${target}.base.json`, message: /"2021-13-01" at recordedAt/, hint: new RegExp(`done a --to ${target}`) } },
  // Structure
  { name: 'no content/posts folder', files: {}, setup: async (root) => rm(`${root}/content/posts`, { recursive: true }), expected: { file: 'content/posts', message: /no content\/posts folder/, hint: /Create content\/posts/ } },
  { name: 'tag without a label in one language', files: { 'content/tags.yaml': `students:\n  ${source}: Students\n  ${target}: Students-T\nworkers:\n  ${source}: Workers\n` }, expected: { file: 'content/tags.yaml', line: 5, field: 'workers', message: new RegExp(`"workers" has no label in ${target}`), hint: new RegExp(`"${target}: …" under workers`) } },
  { name: 'symlinked language file', files: post('a'), setup: async (root) => symlink('/etc/hostname', `${root}/content/posts/a/${target}.md`), expected: { file: `content/posts/a/${target}.md`, message: /symbolic link \(to \/etc\/hostname\)/, hint: /copy of the file/ } },
  { name: 'symlinked post folder', files: {}, setup: async (root) => symlink(`${root}/content/posts/good`, `${root}/content/posts/alias`), expected: { file: 'content/posts/alias', message: /symbolic link/, hint: /copy/ } },
  { name: 'symlinked tags file', files: {}, setup: async (root) => { await rm(`${root}/content/tags.yaml`); await symlink('/etc/hostname', `${root}/content/tags.yaml`); }, expected: { file: 'content/tags.yaml', message: /symbolic link/, hint: /copy/ } },
  { name: 'folders nested too deep', files: {}, setup: async (root) => void (await mkdir(`${root}/content/posts/${'x/'.repeat(12)}`, { recursive: true })), expected: { file: `content/posts/${'x/'.repeat(8).slice(0, -1)}`, message: /more than 8 levels deep/, hint: /few levels/ } },
  { name: 'a folder named like a language file', files: post('a'), setup: async (root) => void (await mkdir(`${root}/content/posts/a/${target}.md`)), expected: { file: `content/posts/a/${target}.md`, message: /is a folder, not a file/, hint: /Replace the folder with the file/ } },
  { name: 'a folder named post.yaml', files: { [`content/posts/a/${source}.md`]: md('title: A') }, setup: async (root) => void (await mkdir(`${root}/content/posts/a/post.yaml`)), expected: { file: 'content/posts/a/post.yaml', message: /is a folder, not a file/, hint: /Replace the folder with the file/ } },
  { name: 'a folder named like a static page file', files: {}, setup: async (root) => { await mkdir(`${root}/content/pages/history/${source}.md`, { recursive: true }); await writeFile(`${root}/content/pages/history/page.yaml`, `source: ${source}\n`); }, expected: { file: `content/pages/history/${source}.md`, message: /is a folder, not a file/, hint: /Replace the folder with the file/ } },
  // Bodies
  { name: 'body of blank lines only', files: post('a', 'title: A', '\n   \n\t\n'), expected: { file: `content/posts/a/${source}.md`, line: 4, field: 'body', message: /no text/, hint: /draft: true/ } },
];

describe('every mistake is reported with its file, line, field and what to do', () => {
  it.each(cases)('$name', async ({ files, setup, expected }) => {
    const { problems } = await read(files, setup);
    const { message, hint, ...where } = expected;
    expect(problems).toContainEqual(expect.objectContaining({ line: undefined, field: undefined, ...where, message: expect.stringMatching(message), hint: expect.stringMatching(hint) }));
  });

  it.each([
    ['a post date written 5/3/2021', { 'content/posts/a/post.yaml': meta().replace('2021-02-16', '5/3/2021'), [`content/posts/a/${source}.md`]: md('title: A') }, 'date-format'],
    ['an update dated [Update 23/02/2021]-style', post('a', 'title: A\nupdates:\n  - date: 23/02/2021\n    text: Voted.'), 'date-format'],
    ['an event time with a space', { 'content/posts/a/post.yaml': meta('event:\n  start: 2021-07-05 10:00\n  timeZone: Europe/London\n'), [`content/posts/a/${source}.md`]: md('title: A') }, 'datetime-format'],
  ])('one mistake is one problem: %s', async (_name, files, code) => {
    const { problems } = await read(files);
    expect(problems.map((p) => p.code)).toEqual([code]);
  });

  it('lists a folder named like a file with every other problem of the run, in words', async () => {
    const files = { ...post('a'), ...post('b', 'tilte: B') };
    const { problems } = await read(files, async (root) => void (await mkdir(`${root}/content/posts/a/${target}.md`)));
    expect(problems.map((p) => [p.file, p.code])).toEqual([
      [`content/posts/a/${target}.md`, 'file-is-folder'],
      [`content/posts/b/${source}.md`, 'field-missing'],
      [`content/posts/b/${source}.md`, 'field-unknown'],
    ]);
    expect(problems.map((p) => `${p.message} ${p.hint}`).join('\n')).not.toMatch(/E[A-Z]{3,}|illegal operation/);
  });

  it('never falls back to the generic "invalid value" problem in this corpus', async () => {
    for (const { files, setup } of cases) {
      for (const problem of (await read(files, setup)).problems) expect(problem.code).not.toBe('field-invalid');
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

  // How long it takes is measured by `npm run bench` (tests/bench/parser-stress.ts); the timeout only stops a hang.
  it('reads and renders a 5 MB post', { timeout: 180_000 }, async () => {
    const body = longPostBody(repoRoot, 5 * 1024 * 1024);
    // Files only: the sample bodies link to sample posts this tree does not have.
    const { content, problems } = await readContent({ root: await writeTree({ ...valid, ...post('long', 'title: A long report', body) }), config: siteConfig });
    expect(problems).toEqual([]);
    const version = content.posts.find((p) => p.slug === 'long')?.versions[source];
    expect(version?.body.length).toBeGreaterThan(3_000_000);
    let fellBack = false;
    const rendered = renderMarkdown(version?.body ?? '', { lang: 'en-GB', onFallback: () => (fellBack = true) });
    expect(fellBack).toBe(false);
    expect(rendered.html.length).toBeGreaterThan(3_000_000);
    expect(rendered.headings.length).toBeGreaterThan(1000);
  });
});

// Keep the corpus honest: each case is a distinct mistake.
it('has distinct case names', () => {
  expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
});
