import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Io, Output } from '../../src/cli/output.ts';
import { main } from '../../src/cli/main.ts';
import { siteConfig } from '../../src/config/site.ts';
import { repoRoot, t, withLinkedPages } from './helpers.ts';

const fixtures = path.join(repoRoot, 'tests/import/fixtures');
const fixture = (name: string) => path.join(fixtures, name);
const [en, zh] = siteConfig.locales.map((l) => l.code) as [string, string];
const created: string[] = [];
afterAll(() => Promise.all(created.map((dir) => rm(dir, { recursive: true, force: true }))));

/** An empty Tandem project: a content folder and nothing in it. */
async function emptyProject(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'tandem-import-'));
  created.push(root);
  await mkdir(path.join(root, 'content'));
  return root;
}

/**
 * `tandem check` of an imported site, on a copy given the static pages the site config links to:
 * an import brings in the old site's pages, not the ones src/config/site.ts names.
 */
async function checkImported(root: string) {
  const copy = await mkdtemp(path.join(tmpdir(), 'tandem-import-check-'));
  created.push(copy);
  await cp(root, copy, { recursive: true });
  return tandem(await withLinkedPages(copy), 'check');
}

function output(): Output & { text: string } {
  const out = { text: '', color: false, write: (s: string) => void (out.text += s), style: (_: unknown, s: string) => s };
  return out;
}

/** Runs the CLI in-process; returns the exit code and what it printed. */
async function tandem(root: string, ...args: string[]) {
  const io = { out: output(), err: output() };
  const code = await main([...args, '--root', root], io as Io, {});
  return { code, stdout: io.out.text, stderr: io.err.text };
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(path.join(root, 'content'), { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name))).sort();
}
const read = (root: string, file: string) => readFile(path.join(root, file), 'utf8');

describe('tandem import wordpress: a Polylang site', async () => {
  const root = await emptyProject();
  const run = await tandem(root, 'import', 'wordpress', fixture('polylang.xml'), '--media', fixture('uploads'));
  const post = 'content/posts/soas-students-back-uyghur-solidarity';

  it('imports published posts and pages, pairs them by Polylang, and check passes', async () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await checkImported(root)).toMatchObject({ code: 0 });
    const files = await listFiles(root);
    expect(files).toEqual(expect.arrayContaining([`${post}/${en}.md`, `${post}/${zh}.md`, `${post}/post.yaml`, `content/pages/about/page.yaml`, `content/pages/about/${zh}.md`]));
    expect(run.stdout).toContain(t('import.summary.rules', { list: [`${t('import.rule.polylang')} 3`, `${t('import.rule.wpml')} 0`, `${t('import.rule.body-link')} 0`, `${t('import.rule.pairs-file')} 0`, `${t('import.rule.single')} 1`].join(t('cli.listSeparator')) }));
  });

  it('never publishes drafts, pending, private, trashed or password-protected items, and counts them', async () => {
    const report = await read(root, 'import-report.md');
    for (const title of ['Notes for the next meeting', "Organisers' contact list", "Members' briefing", 'Old test post', 'Statement awaiting approval']) {
      expect(report).toContain(title);
      expect(JSON.stringify(await listFiles(root))).not.toMatch(/members-briefing|contacts|test__trashed/);
    }
    for (const reason of ['draft', 'private', 'password', 'trash', 'pending'] as const) expect(run.stdout).toContain(`${t(`import.skip.${reason}`)} 1`);
  });

  it('keeps every old address as an alias, per language', async () => {
    const meta = parse(await read(root, `${post}/post.yaml`)) as { aliases: unknown[]; source: string; tags: string[] };
    expect(meta.source).toBe(en);
    expect(meta.aliases).toEqual(['/2021/02/16/soas-students-back-uyghur-solidarity/', '/?p=110', { [zh]: '/zh/2021/02/17/soas-students-back-uyghur-solidarity-zh/' }, { [zh]: '/2021/02/17/soas-students-back-uyghur-solidarity-zh/' }, { [zh]: '/?p=111' }]);
    expect(meta.tags).toContain('students');
    const tags = parse(await read(root, 'content/tags.yaml')) as Record<string, Record<string, string>>;
    expect(tags.students).toEqual({ [en]: 'Students', [zh]: '学生' });
  });

  it('converts bodies, update notes and the excerpt marker; copies media and rewrites links', async () => {
    const english = await read(root, `${post}/${en}.md`);
    expect(english).toMatch(/updates:\n {2}- date: 2021-02-23\n {4}text: At their general meeting/);
    expect(english).toContain('<!-- more -->');
    expect(english).toContain('![Students raising their hands at the union general meeting](./union-meeting.png)');
    expect(english).toContain('[open letter for the day of action](/en/posts/open-letter-day-of-action/)'.replace('/en/', `/${siteConfig.locales[0]?.path}/`));
    expect(english).not.toMatch(/solidarity\.example\.org|wp-content/);
    expect(existsSync(path.join(root, post, 'union-meeting.png'))).toBe(true);
    expect(existsSync(path.join(root, post, 'union-meeting-300x200.png'))).toBe(false);
    const letter = await read(root, `content/posts/open-letter-day-of-action/${en}.md`);
    expect(letter).not.toContain('中文版');
    expect(letter).toContain('<https://www.youtube.com/watch?v=dQw4w9WgXcQ>');
  });

  it('gives a Chinese-only post with a percent-encoded slug a pinyin slug', async () => {
    expect(existsSync(path.join(root, `content/posts/sheng-yuan-wei-wu-er-gong-ren/${zh}.md`))).toBe(true);
  });

  it('records status: a translation modified after its source is up to date, the other needs review', async () => {
    const status = await tandem(root, 'status', '--json');
    const records = JSON.parse(status.stdout) as { slug: string; locale: string; status: string }[];
    expect(records.find((r) => r.slug === 'soas-students-back-uyghur-solidarity' && r.locale === zh)?.status).toBe('up-to-date');
    expect(records.find((r) => r.slug === 'open-letter-day-of-action' && r.locale === zh)?.status).toBe('review');
  });

  it('reports what it did not convert, with id, title and reason', async () => {
    const report = await read(root, 'import-report.md');
    expect(report).toMatch(/\| 110 \| SOAS students vote to back Uyghur solidarity \| `\[contact-form-7\]` \| /);
    expect(report).toContain('missing-photo.jpg');
    expect(report).toContain(t('import.note.update-no-date'));
    expect(report).toContain(`| 110 | SOAS students vote to back Uyghur solidarity | \`1\` | ${t('import.note.comments')} |`);
  });

  it('a second run adds nothing, overwrites nothing and reports what differs', async () => {
    const file = path.join(root, post, `${en}.md`);
    const edited = (await readFile(file, 'utf8')).replace('SOAS', 'S.O.A.S.');
    await writeFile(file, edited);
    const before = await listFiles(root);
    const again = await tandem(root, 'import', 'wordpress', fixture('polylang.xml'), '--media', fixture('uploads'));
    expect(again.code).toBe(0);
    expect(await listFiles(root)).toEqual(before);
    expect(await readFile(file, 'utf8')).toBe(edited);
    expect(await read(root, 'import-report.md')).toContain(`${post}/${en}.md`);
    expect(again.stdout).toContain(t('import.summary.files', { written: 0, same: before.filter((f) => !f.endsWith('.base.json') && f !== 'content/tags.yaml').length - 1, differs: 1 }));
  });
});

describe('tandem import wordpress: a plain site paired by 中文版 links', async () => {
  const root = await emptyProject();
  const run = await tandem(root, 'import', 'wordpress', fixture('plain-links.xml'), '--no-trust-dates');
  const post = 'content/posts/no-trade-deals-with-genocidal-states';

  it('pairs by the body links and removes them', async () => {
    expect(run.code).toBe(0);
    expect((await read(root, `${post}/${en}.md`)).includes('中文版')).toBe(false);
    expect(await read(root, `${post}/${zh}.md`)).not.toContain('English');
    expect(await checkImported(root)).toMatchObject({ code: 0 });
  });

  it('leaves every translation in review with --no-trust-dates', () => {
    expect(run.stdout).toContain(t('import.summary.status', { upToDate: 0, review: 1 }));
  });

  it('reports a month-first update note instead of guessing, and links into the old site that will break', async () => {
    const report = await read(root, 'import-report.md');
    expect(report).toContain(t('import.note.update-month-first'));
    expect(report).toContain(`\`https://campaign.example.net/category/statements/\` | ${t('import.note.old-site-link')}`);
  });
});

describe('tandem import wordpress: WPML and languages', () => {
  it('pairs by WPML\'s translation group; the version published first is the source', async () => {
    const root = await emptyProject();
    const run = await tandem(root, 'import', 'wordpress', fixture('wpml.xml'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${t('import.rule.wpml')} 1`);
    const meta = parse(await read(root, 'content/posts/students-union-solidarity/post.yaml')) as { source: string };
    expect(meta.source).toBe(en);
    expect(await read(root, `content/posts/students-union-solidarity/${zh}.md`)).toContain('学生会');
  });

  it('stops, writing nothing, on a WordPress language no configured locale matches', async () => {
    const root = await emptyProject();
    const french = path.join(root, 'french.xml');
    await writeFile(french, (await readFile(fixture('polylang.xml'), 'utf8')).replace('s:5:"zh_CN"', 's:5:"fr_FR"'));
    const run = await tandem(root, 'import', 'wordpress', french);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"fr_FR"');
    expect((await readdir(root)).sort()).toEqual(['content', 'french.xml']);
    expect(await readdir(path.join(root, 'content'))).toEqual([]);
  });
});

describe('tandem import wordpress: Simplified and Traditional Chinese on the old site', () => {
  const derived = siteConfig.locales.find((l) => l.derivedFrom !== undefined);
  it.runIf(derived)('a Traditional version joins its post as the hand-written override; one without a Simplified sibling becomes the Simplified version', async () => {
    const traditional = derived?.code ?? '';
    const root = await emptyProject();
    const run = await tandem(root, 'import', 'wordpress', fixture('polylang-traditional.xml'));
    expect(run.code).toBe(0);
    const post = 'content/posts/stop-forced-labour';
    expect(await read(root, `${post}/${traditional}.md`)).toContain('公司必須停止在供應鏈中使用強迫勞動。');
    expect(await read(root, `${post}/${zh}.md`)).toContain('公司必须停止在供应链中使用强迫劳动。');
    // Published first, but a converted locale is never a source.
    expect((parse(await read(root, `${post}/post.yaml`)) as { source: string }).source).toBe(en);
    expect(await read(root, `content/posts/hong-kong-vigil/${derived?.derivedFrom}.md`)).toContain('維多利亞公園');
    expect((await listFiles(root)).filter((f) => f.endsWith('.md') && f.includes('/posts/'))).toHaveLength(4);
    expect(await read(root, 'import-report.md')).not.toContain(t('import.note.pair-conflict-polylang'));
    // The tag's Traditional name is not the Simplified label: that one is converted from the Simplified name.
    expect((parse(await read(root, 'content/tags.yaml')) as Record<string, Record<string, string>>)['forced-labour']).toEqual({ [en]: 'Forced labour', [zh]: '强迫劳动' });
    expect(await read(root, 'import-report.md')).toContain(`| 804 | 香港燭光悼念 | \`${traditional} → ${derived?.derivedFrom}\` | ${t('import.note.derived-as-parent')} |`);
    expect(await checkImported(root)).toMatchObject({ code: 0 });
  });
});

describe('tandem import wordpress: options', () => {
  it('--dry-run prints the plan and writes nothing', async () => {
    const root = await emptyProject();
    const run = await tandem(root, 'import', 'wordpress', fixture('polylang.xml'), '--dry-run');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(t('import.plan.heading'));
    expect(run.stdout).toContain('content/posts/soas-students-back-uyghur-solidarity');
    expect(await readdir(root)).toEqual(['content']);
    expect(await readdir(path.join(root, 'content'))).toEqual([]);
  });

  it('--pairs overrides the evidence in the export', async () => {
    const root = await emptyProject();
    const pairs = path.join(root, 'pairs.csv');
    await writeFile(pairs, `${en},${zh}\n503,502\n`);
    const run = await tandem(root, 'import', 'wordpress', fixture('plain-links.xml'), '--pairs', pairs);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(root, `content/posts/young-labour-pledge/${zh}.md`))).toBe(true);
    expect(run.stdout).toContain(`${t('import.rule.pairs-file')} 1`);
  });
});

describe('tandem import wordpress: ids missing or repeated', () => {
  it('imports every post of a merged export once, keeps /?p= with the first holder, and a re-run adds nothing', async () => {
    const root = await emptyProject();
    const run = await tandem(root, 'import', 'wordpress', fixture('merged-ids.xml'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const bodies = ['Bring candles', 'supply-chain audit', 'documentary screening', 'chosen by our members'];
    const slugs = ['vigil-embassy', 'letter-vice-chancellor', 'film-screening', 'reading-list'];
    for (const [i, slug] of slugs.entries()) expect(await read(root, `content/posts/${slug}/${en}.md`)).toContain(bodies[i]);
    const aliases = async (slug: string) => (parse(await read(root, `content/posts/${slug}/post.yaml`)) as { aliases: string[] }).aliases;
    expect(await aliases('vigil-embassy')).toContain('/?p=601');
    expect(await aliases('letter-vice-chancellor')).toEqual(['/2021/04/12/letter-vice-chancellor/']);
    expect(await aliases('film-screening')).toEqual(['/2021/05/01/film-screening/']);
    const report = await read(root, 'import-report.md');
    expect(report).toContain(`|  | Letter to the vice-chancellor | \`<wp:post_id>601</wp:post_id>\` | ${t('import.note.duplicate-id')} |`);
    expect(report).toContain(`|  | Film screening and discussion | \`<wp:post_id></wp:post_id>\` | ${t('import.note.missing-id')} |`);
    expect(await checkImported(root)).toMatchObject({ code: 0 });
    const before = await listFiles(root);
    const again = await tandem(root, 'import', 'wordpress', fixture('merged-ids.xml'));
    expect(again.code).toBe(0);
    expect(await listFiles(root)).toEqual(before);
  });
});

describe('tandem import wordpress: what the block editor keeps outside the text', () => {
  it('brings in footnotes from the post\'s meta and synced patterns in place, and reports a pattern it cannot find', async () => {
    const root = await emptyProject();
    const run = await tandem(root, 'import', 'wordpress', fixture('block-editor-outside.xml'));
    expect(run.code).toBe(0);
    const text = await read(root, `content/posts/police-files/${en}.md`);
    expect(text).toContain('The leaked files[^1] show the camps from inside, and survivors confirm them[^2].');
    expect(text).toContain('[^1]: The _Xinjiang Police Files_, published in May 2022.');
    expect(text).toContain('[^2]: Interviews with three former detainees.');
    expect(text).toContain('Every pound you give pays for translations');
    const report = await read(root, 'import-report.md');
    expect(report).toContain(`| 710 | What the police files show | \`<!-- wp:block {"ref":731} /-->\` | ${t('import.note.missing-pattern')} |`);
    expect(report).not.toContain('Donate box');
    expect(await checkImported(root)).toMatchObject({ code: 0 });
  });
});

describe('tandem import wordpress: pictures pasted into the text', () => {
  it('saves a data: picture as a file in the post\'s folder, once however often it is used, and reports one that does not decode', async () => {
    const root = await emptyProject();
    const png = (await readFile(fixture('uploads/2021/02/union-meeting.png'))).toString('base64');
    const body = `Before.\n\n<img src="data:image/png;base64,${png}" alt="A pasted chart" />\n\nAgain: <img src="data:image/png;base64,${png}" alt="The same chart" />\n\n<img src="data:image/png;base64,@@@" alt="Broken" />`;
    const xml = (await readFile(fixture('wpml.xml'), 'utf8')).replace(/<content:encoded><!\[CDATA\[[\s\S]*?\]\]><\/content:encoded>/, () => `<content:encoded><![CDATA[${body}]]></content:encoded>`);
    const file = path.join(root, 'pasted.xml');
    await writeFile(file, xml);
    const run = await tandem(root, 'import', 'wordpress', file);
    expect(run.code).toBe(0);
    const folder = (await listFiles(root)).find((f) => /\/pasted-[0-9a-f]{12}\.png$/.test(f)) ?? '';
    expect(await readFile(path.join(root, folder))).toEqual(await readFile(fixture('uploads/2021/02/union-meeting.png')));
    const name = path.basename(folder);
    const texts = await Promise.all((await listFiles(root)).filter((f) => f.startsWith(path.dirname(folder)) && f.endsWith('.md')).map((f) => read(root, f)));
    const text = texts.join('\n');
    expect(text).toContain(`![A pasted chart](./${name})`);
    expect(text).toContain(`![The same chart](./${name})`);
    expect(text).not.toContain('data:');
    expect((await listFiles(root)).filter((f) => f.includes('pasted-'))).toHaveLength(1);
    expect(await read(root, 'import-report.md')).toContain(`\`data:image/png;base64,@@@\` | ${t('import.note.missing-media')}`);
  });
});

describe('tandem import wordpress: an export made without WordPress', () => {
  it('takes a post\'s date from its pubDate when wp:post_date is missing', async () => {
    const root = await emptyProject();
    const file = path.join(root, 'converted.xml');
    await writeFile(file, (await readFile(fixture('plain-links.xml'), 'utf8')).replace('<wp:post_date>2021-01-19 09:00:00</wp:post_date>', '<pubDate>Tue, 19 Jan 2021 09:00:00 +0000</pubDate>'));
    const run = await tandem(root, 'import', 'wordpress', file);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain(t('import.skip.bad-date'));
    const meta = parse(await read(root, 'content/posts/no-trade-deals-with-genocidal-states/post.yaml')) as { date: string; aliases: string[] };
    expect(meta.date).toBe('2021-01-19');
    expect(meta.aliases).toContain('/2021/01/19/no-trade-deals-with-genocidal-states/');
  });
});

describe('tandem import wordpress: interrupted', () => {
  it('Ctrl-C while writing leaves no half-written import behind in content/', async () => {
    const root = await emptyProject();
    const xml = await readFile(fixture('plain-links.xml'), 'utf8');
    const [head = '', rest = ''] = xml.split('<item>', 2);
    const item = `<item>${rest.split('</item>')[0]}</item>`;
    const items = Array.from({ length: 3000 }, (_, i) => item.replace(/<wp:post_id>\d+/, `<wp:post_id>${9000 + i}`).replace(/<wp:post_name>[^<]*/, `<wp:post_name>post-${i}`));
    const file = path.join(root, 'many.xml');
    await writeFile(file, `${head}${items.join('\n')}\n</channel>\n</rss>\n`);
    const child = spawn(process.execPath, [path.join(repoRoot, 'src/cli/bin.js'), 'import', 'wordpress', file, '--root', root], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : null))));
    const content = path.join(root, 'content');
    for (let waited = 0; waited < 30_000 && (await readdir(content)).length === 0; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await readdir(content))[0]).toMatch(/^\.tandem-import-/);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(await readdir(content)).toEqual([]);
  }, 60_000);
});

describe('tandem import wordpress: files it cannot import', () => {
  it.each([
    ['truncated.xml', 'import-truncated'],
    ['not-wxr.xml', 'import-not-wxr'],
    ['rss-feed.xml', 'import-not-wxr'],
    ['not-xml.xml', 'import-not-xml'],
    ['latin1-declared.xml', 'import-encoding-declared'],
    ['bad-bytes.xml', 'import-encoding-bytes'],
    ['wordpress-com.zip', 'import-archive'],
    ['export.xml.gz', 'import-archive'],
  ] as const)('%s: a clear error and nothing written', async (name, code) => {
    const root = await emptyProject();
    const run = await tandem(root, 'import', 'wordpress', fixture(name), '--media', fixture('uploads'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(t(`error.${code}.hint`, { encoding: 'ISO-8859-1' }));
    expect(run.stderr).toContain(fixture(name));
    expect(await readdir(root)).toEqual(['content']);
    expect(await readdir(path.join(root, 'content'))).toEqual([]);
  });

  it('a content/tags.yaml that is not valid YAML stops the import at its line, before anything is written', async () => {
    const root = await emptyProject();
    const broken = `students:\n  ${en}: Students\n  ${zh}: [unclosed\n`;
    await writeFile(path.join(root, 'content/tags.yaml'), broken);
    const run = await tandem(root, 'import', 'wordpress', fixture('polylang.xml'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/content\/tags\.yaml:4/);
    expect(run.stderr).not.toMatch(/unexpected failure|YAMLParseError|\n\s+at /);
    expect(await readdir(path.join(root, 'content'))).toEqual(['tags.yaml']);
    expect(await read(root, 'content/tags.yaml')).toBe(broken);
  });

  it('an option error names no file it does not have', async () => {
    const run = await tandem(await emptyProject(), 'import', 'wordpress', fixture('polylang.xml'), '--types', 'news=nonsense');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${t('cli.labelled', { label: t('cli.label.error'), text: '' })}--types`));
  });

  it('an unknown platform or a missing file is a usage error', async () => {
    const root = await emptyProject();
    expect((await tandem(root, 'import', 'blogger', 'x.xml')).code).toBe(2);
    expect((await tandem(root, 'import', 'wordpress', path.join(root, 'missing.xml'))).code).toBe(2);
    const folder = await tandem(root, 'import', 'wordpress', path.join(root, 'content'));
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(t('import.usage.noFileHint'));
  });
});
