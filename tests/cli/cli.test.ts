import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/config/site.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const bin = path.join(repoRoot, 'src/cli/bin.ts');
const [en, zh] = siteConfig.locales.map((l) => l.code);
if (!en || !zh) throw new Error('the site config needs two locales for these tests');

const md = (front: string, body: string) => `---\n${front}\n---\n${body}`;
const alphaSource = ['The motion asks the union to act.', '', 'SOAS has a long tradition of activism.', '', 'Read the full motion here.', ''].join('\n');
const fixture: Record<string, string> = {
  'content/tags.yaml': `students:\n  ${en}: Students\n  ${zh}: Students-T\n`,
  'content/posts/alpha/post.yaml': `date: 2021-02-16\nsource: ${en}\ntags: [students]\n`,
  [`content/posts/alpha/${en}.md`]: md('title: Alpha', alphaSource),
  [`content/posts/alpha/${zh}.md`]: md('title: Alpha-T', 'Translated one.\n\nTranslated two.\n\nTranslated three.\n'),
  'content/posts/beta/post.yaml': `date: 2021-03-01\nsource: ${en}\n`,
  [`content/posts/beta/${en}.md`]: md('title: Beta', 'Only in one language.\n'),
  'content/posts/gamma/post.yaml': `date: 2021-04-01\nsource: ${zh}\n`,
  [`content/posts/gamma/${zh}.md`]: md('title: 丙', '我们支持这项动议。\n'),
  [`content/posts/gamma/${en}.md`]: md('title: Gamma', 'We support the motion.\n'),
};

let template = '';
const created: string[] = [];
afterAll(() => Promise.all(created.map((dir) => rm(dir, { recursive: true, force: true }))));
beforeAll(async () => {
  template = await mkdtemp(path.join(tmpdir(), 'tandem-cli-template-'));
  created.push(template);
  for (const [file, text] of Object.entries(fixture)) {
    await mkdir(path.dirname(path.join(template, file)), { recursive: true });
    await writeFile(path.join(template, file), text);
  }
});

/** A fresh copy of the fixture project, so tests can change it freely. */
async function project(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'tandem-cli-'));
  created.push(root);
  await cp(template, root, { recursive: true });
  return root;
}

// Plain output whatever terminal runs the tests: NO_COLOR, and no FORCE_COLOR to override it.
const { FORCE_COLOR: _, ...env } = process.env;

function tandem(root: string | undefined, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args, ...(root ? ['--root', root] : [])], { encoding: 'utf8', env: { ...env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(root: string, ...args: string[]) {
  const { stdout } = tandem(root, 'status', '--json', ...args);
  return JSON.parse(stdout) as { slug: string; locale: string; status: string; changes?: unknown[] }[];
}

const edit = async (root: string, file: string, change: (t: string) => string) => writeFile(path.join(root, file), change(await readFile(path.join(root, file), 'utf8')));

describe('tandem --help', () => {
  it('lists every command, overall and for each command', () => {
    const overall = tandem(undefined, '--help');
    expect(overall.code).toBe(0);
    for (const name of ['status', 'new', 'diff', 'done', 'check']) {
      expect(overall.stdout).toContain(name);
      const help = tandem(undefined, name, '--help');
      expect(help.code, name).toBe(0);
      expect(help.stdout).toContain(`Usage: tandem ${name}`);
      expect(help.stdout).toContain('--root <dir>');
    }
    expect(tandem(undefined, 'help', 'diff').stdout).toContain('Usage: tandem diff <slug>');
  });

  it('prints help to stderr and exits 2 without a command', () => {
    const result = tandem(undefined);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Commands:');
  });
});

describe('usage errors exit 2 with a clear message', () => {
  it.each([
    ['unknown command', ['stauts'], /Unknown command "stauts"[\s\S]*Did you mean "status"/],
    ['unknown slug', ['diff', 'alpah', '--to', 'ZH'], /There is no post "alpah"[\s\S]*Did you mean "alpha"/],
    ['unknown locale', ['diff', 'alpha', '--to', 'xx'], /Unknown locale "xx"/],
    ['the source locale', ['done', 'alpha', '--to', 'EN'], /is the language post "alpha" was written in/],
    ['a missing --to', ['new', 'beta'], /needs --to <locale>/],
    ['a missing slug', ['diff', '--to', 'ZH'], /needs a <slug>/],
    ['an unknown option', ['status', '--bogus'], /Unknown option "--bogus" for tandem status/],
    ['an unknown --fail-on state', ['status', '--fail-on', 'outdated,stale'], /unknown state: stale/],
    ['an impossible date', ['done', 'alpha', '--to', 'ZH', '--date', '2021-02-30'], /"2021-02-30" is not a real date/],
  ])('%s', async (_, args, message) => {
    const root = await project();
    const result = tandem(root, ...args.map((a) => (a === 'ZH' ? zh : a === 'EN' ? en : a)));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('a --root without content/', () => {
    const result = tandem(tmpdir(), 'status');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('There is no content/ folder');
  });
});

describe('tandem new', () => {
  it('refuses to overwrite an existing translation, changing nothing', async () => {
    const root = await project();
    const file = `content/posts/alpha/${zh}.md`;
    const result = tandem(root, 'new', 'alpha', '--to', zh);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}: A translation already exists, so nothing was written.`);
    expect(await readFile(path.join(root, file), 'utf8')).toBe(fixture[file]);
  });

  it('scaffolds a draft carrying the source text, which status then reports as draft', async () => {
    const root = await project();
    expect(json(root).find((r) => r.slug === 'beta')?.status).toBe('missing');
    const result = tandem(root, 'new', 'beta', '--to', zh);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Created content/posts/beta/${zh}.md (draft)`);
    expect(await readFile(path.join(root, `content/posts/beta/${zh}.md`), 'utf8')).toBe('---\ntitle: Beta\ndraft: true\n---\nOnly in one language.\n');
    expect(json(root).find((r) => r.slug === 'beta')).toMatchObject({ status: 'draft', locale: zh, sourceLocale: en });
  });
});

describe('tandem done, then a source edit', () => {
  it('makes exactly the edited block outdated, in status --json and in diff', async () => {
    const root = await project();
    expect(json(root).find((r) => r.slug === 'alpha')?.status).toBe('review');
    const done = tandem(root, 'done', 'alpha', '--to', zh, '--date', '2021-03-01');
    expect(done.code).toBe(0);
    expect(json(root).find((r) => r.slug === 'alpha')).toMatchObject({ status: 'up-to-date', recordedAt: '2021-03-01' });

    await edit(root, `content/posts/alpha/${en}.md`, (t) => t.replace('long tradition', 'proud tradition'));
    const record = json(root).find((r) => r.slug === 'alpha');
    expect(record).toMatchObject({ status: 'outdated', recordedAt: '2021-03-01', workLeft: { unit: 'words', count: 7 } });
    expect(record?.changes).toEqual([{ kind: 'changed', oldIndex: 1, newIndex: 1, oldText: 'SOAS has a long tradition of activism.', newText: 'SOAS has a proud tradition of activism.' }]);

    const diff = tandem(root, 'diff', 'alpha', '--to', zh);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('1 change (1 changed)');
    expect(diff.stdout).toContain('Block 2 (paragraph) changed');
    expect(diff.stdout).toContain('was │ SOAS has a [-long-] tradition of activism.');
    expect(diff.stdout).toContain('now │ SOAS has a {+proud+} tradition of activism.');
    expect(diff.stdout).not.toContain('The motion asks');
    expect(diff.stdout).not.toContain('Read the full motion');
    expect(diff.stdout).toContain(`npm run tandem -- done alpha --to ${zh}`);
  });

  it('refuses a translation that does not exist yet', async () => {
    const root = await project();
    const result = tandem(root, 'done', 'beta', '--to', zh);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`tandem -- new beta --to ${zh}`);
  });
});

describe('tandem status --check', () => {
  it('fails on outdated and missing by default, on the states given with --fail-on', async () => {
    const root = await project();
    // alpha and gamma are in review, beta is missing.
    expect(tandem(root, 'status').code).toBe(0);
    const check = tandem(root, 'status', '--check');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('1 translation is in a failing state (0 outdated, 1 missing)');
    expect(tandem(root, 'status', '--fail-on', 'outdated').code).toBe(0);
    expect(tandem(root, 'status', '--check', '--fail-on', 'review').code).toBe(1);
    expect(tandem(root, 'new', 'beta', '--to', zh).code).toBe(0);
    expect(tandem(root, 'status', '--check').code).toBe(0);
    expect(tandem(root, 'status', '--check', '--fail-on', 'draft,review').code).toBe(1);
  });

  it('shows a table and coverage per locale', async () => {
    const root = await project();
    const { stdout } = tandem(root, 'status');
    expect(stdout).toMatch(/POST\s+TO\s+STATUS\s+WORK LEFT/);
    expect(stdout).toMatch(new RegExp(`beta\\s+${zh}\\s+missing\\s+5 words`));
    expect(stdout).toMatch(new RegExp(`${zh} .*0 of 2 up to date\\s+0%\\s+1 missing · 1 review`));
  });
});

describe('tandem check', () => {
  it('lists every content problem and exits 1; status fails the same way', async () => {
    const root = await project();
    await edit(root, `content/posts/alpha/${zh}.md`, (t) => t.replace('title: Alpha-T', 'titel: Alpha-T'));
    await edit(root, 'content/posts/beta/post.yaml', (t) => `${t}tags: [nonexistent]\n`);
    await writeFile(path.join(root, `content/posts/gamma/${en}.base.json`), '{ not json');
    const result = tandem(root, 'check');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('content has 4 problems');
    expect(result.stderr).toContain(`content/posts/alpha/${zh}.md:2 (titel): Unknown field "titel".`);
    expect(result.stderr).toContain(`content/posts/alpha/${zh}.md:2 (title): Required field "title" is missing.`);
    expect(result.stderr).toContain('content/posts/beta/post.yaml:3 (tags[0]): Unknown tag "nonexistent".');
    expect(result.stderr).toContain(`content/posts/gamma/${en}.base.json: The translation's base record is not valid JSON`);
    expect(tandem(root, 'status').code).toBe(1);
  });

  it('passes on valid content', async () => {
    const result = tandem(await project(), 'check');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('content is valid: 3 posts');
  });
});
