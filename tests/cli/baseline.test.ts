import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { en, run, t, zh } from './helpers.ts';

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A repository whose history a test writes step by step, each commit at a chosen date. */
async function repository() {
  const root = await mkdtemp(path.join(tmpdir(), 'tandem-git-'));
  made.push(root);
  const git = (args: string[], date = '2021-01-01T12:00:00Z') => {
    const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_NOSYSTEM: '1', HOME: root };
    const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: root, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  };
  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  };
  const commit = async (date: string, files: Record<string, string>, message = 'edit') => {
    for (const [file, text] of Object.entries(files)) await write(file, text);
    git(['add', '-A'], date);
    git(['commit', '-q', '-m', message], date);
  };
  git(['init', '-q']);
  return { root, git, write, commit };
}

const post = (slug: string) => ({ [`content/posts/${slug}/post.yaml`]: `date: 2021-01-01\nsource: ${en}\n` });
const source = (slug: string, ...paragraphs: string[]) => ({ [`content/posts/${slug}/${en}.md`]: `---\ntitle: ${slug}\n---\n${paragraphs.join('\n\n')}\n` });
const translation = (slug: string, text: string) => ({ [`content/posts/${slug}/${zh}.md`]: `---\ntitle: ${slug}-译\n---\n${text}\n` });

async function statuses(root: string) {
  const { stdout } = await run(['status', '--json', '--root', root]);
  // One record per post: the written translation's (a derived locale's follows it).
  const records = JSON.parse(stdout) as { slug: string; status: string; recordedAt?: string; changes?: { kind: string; newText?: string }[] }[];
  return Object.fromEntries(records.filter((r) => r.status !== 'derived').map((r) => [r.slug, r]));
}

describe('tandem baseline --from-git', () => {
  it('records the source as of each translation\'s last change, across renames, merges and formatting-only commits', async () => {
    const repo = await repository();
    // after: translated after its source was written → up to date.
    await repo.commit('2021-01-01T10:00:00Z', { ...post('after'), ...source('after', 'One.', 'Two.') });
    await repo.commit('2021-01-05T10:00:00Z', translation('after', '一。\n\n二。'));
    // before: the source changed after the translation → outdated, by that change.
    await repo.commit('2021-01-02T10:00:00Z', { ...post('before'), ...source('before', 'One.', 'Two.') });
    await repo.commit('2021-01-03T10:00:00Z', translation('before', '一。\n\n二。'));
    await repo.commit('2021-01-10T10:00:00Z', source('before', 'One.', 'Two, changed.'));
    // twice: translated between two source changes → the base is the first, the diff spans the second and third.
    await repo.commit('2021-01-02T11:00:00Z', { ...post('twice'), ...source('twice', 'Alpha.', 'Beta.') });
    await repo.commit('2021-01-04T11:00:00Z', translation('twice', '甲。\n\n乙。'));
    await repo.commit('2021-01-06T11:00:00Z', source('twice', 'Alpha.', 'Beta, again.'));
    await repo.commit('2021-01-08T11:00:00Z', source('twice', 'Alpha.', 'Beta, again.', 'Gamma.'));
    // spaces: whitespace-only commits on both sides change nothing: the translation stays on its real base.
    await repo.commit('2021-01-02T12:00:00Z', { ...post('spaces'), ...source('spaces', 'Some text here.') });
    await repo.commit('2021-01-03T12:00:00Z', translation('spaces', '一些文字。'));
    await repo.commit('2021-01-07T12:00:00Z', source('spaces', 'Some text\nhere.'));
    await repo.commit('2021-01-09T12:00:00Z', source('spaces', 'Some new text here.'));
    await repo.commit('2021-01-11T12:00:00Z', translation('spaces', '一些\n文字。'));
    // renamed: the folder moves after the translation; the source changes after the move.
    await repo.commit('2021-01-02T13:00:00Z', { ...post('old-name'), ...source('old-name', 'Keep.', 'Then.') });
    await repo.commit('2021-01-03T13:00:00Z', translation('old-name', '留。\n\n然后。'));
    repo.git(['mv', 'content/posts/old-name', 'content/posts/renamed'], '2021-01-06T13:00:00Z');
    repo.git(['commit', '-q', '-m', 'rename'], '2021-01-06T13:00:00Z');
    await repo.commit('2021-01-12T13:00:00Z', { [`content/posts/renamed/${en}.md`]: '---\ntitle: old-name\n---\nKeep.\n\nThen, later.\n' });
    // merged: translated on a branch (dated before a source change on main), merged afterwards.
    await repo.commit('2021-01-02T14:00:00Z', { ...post('merged'), ...source('merged', 'Base text.') });
    repo.git(['checkout', '-q', '-b', 'translation']);
    await repo.commit('2021-01-04T14:00:00Z', translation('merged', '基础文字。'));
    repo.git(['checkout', '-q', 'main']);
    await repo.commit('2021-01-06T14:00:00Z', source('merged', 'Base text, revised.'));
    repo.git(['merge', '-q', '--no-ff', '-m', 'merge', 'translation'], '2021-01-08T14:00:00Z');
    // recorded: a translation that already has a base record is left alone.
    await repo.commit('2021-01-02T15:00:00Z', { ...post('recorded'), ...source('recorded', 'Text.') });
    await repo.commit('2021-01-03T15:00:00Z', translation('recorded', '文字。'));
    expect((await run(['done', 'recorded', '--to', zh, '--date', '2021-02-01', '--root', repo.root])).code).toBe(0);
    const recordedBase = await readFile(path.join(repo.root, `content/posts/recorded/${zh}.base.json`), 'utf8');

    const dry = await run(['baseline', '--from-git', '--dry-run', '--root', repo.root]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(t('cli.baseline.wouldRecord'));
    expect(Object.values(await statuses(repo.root)).filter((r) => r.status === 'review')).toHaveLength(6);

    const result = await run(['baseline', '--from-git', '--root', repo.root]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(t('cli.baseline.summary', { count: 6, outdated: 5, skipped: 0 }));
    const after = await statuses(repo.root);
    expect(after.after).toMatchObject({ status: 'up-to-date', recordedAt: '2021-01-05' });
    expect(after.before).toMatchObject({ status: 'outdated', recordedAt: '2021-01-03', changes: [{ kind: 'changed', newText: 'Two, changed.' }] });
    expect(after.twice).toMatchObject({ status: 'outdated', recordedAt: '2021-01-04', changes: [{ kind: 'changed', newText: 'Beta, again.' }, { kind: 'added', newText: 'Gamma.' }] });
    // The translation's re-wrap on the 11th is not a change: its base is still the source of the 3rd.
    expect(after.spaces).toMatchObject({ status: 'outdated', recordedAt: '2021-01-03', changes: [{ kind: 'changed', newText: 'Some new text here.' }] });
    expect(after.renamed).toMatchObject({ status: 'outdated', recordedAt: '2021-01-03', changes: [{ kind: 'changed', newText: 'Then, later.' }] });
    expect(after.merged).toMatchObject({ status: 'outdated', recordedAt: '2021-01-04', changes: [{ kind: 'changed', newText: 'Base text, revised.' }] });
    expect(await readFile(path.join(repo.root, `content/posts/recorded/${zh}.base.json`), 'utf8')).toBe(recordedBase);

    expect((await run(['baseline', '--from-git', '--root', repo.root])).stdout).toContain(t('cli.baseline.nothing'));
  });

  it('follows posts moved into the project\'s folder from elsewhere in the repository', async () => {
    const repo = await repository();
    // The site lived at the top of the repository; a later commit moves it into site/ (whole folders, one commit).
    await repo.commit('2021-01-01T10:00:00Z', { ...post('moved'), ...source('moved', 'One.', 'Two.') });
    await repo.commit('2021-01-03T10:00:00Z', translation('moved', '一。\n\n二。'));
    await repo.commit('2021-01-05T10:00:00Z', source('moved', 'One.', 'Two, changed.'));
    await mkdir(path.join(repo.root, 'site'));
    repo.git(['mv', 'content', 'site/content'], '2021-02-01T10:00:00Z');
    repo.git(['commit', '-q', '-m', 'move the site into site/'], '2021-02-01T10:00:00Z');
    const root = path.join(repo.root, 'site');
    const result = await run(['baseline', '--from-git', '--root', root]);
    expect(result.code, result.stderr).toBe(0);
    expect((await statuses(root)).moved).toMatchObject({ status: 'outdated', recordedAt: '2021-01-03', changes: [{ kind: 'changed', newText: 'Two, changed.' }] });
  });

  it('skips translations whose working file differs from history, or that were never committed', async () => {
    const repo = await repository();
    await repo.commit('2021-01-01T10:00:00Z', { ...post('edited'), ...source('edited', 'One.'), ...translation('edited', '一。'), ...post('fresh'), ...source('fresh', 'One.') });
    await repo.write(`content/posts/edited/${zh}.md`, `---\ntitle: edited-译\n---\n一，改了。\n`);
    await repo.write(`content/posts/fresh/${zh}.md`, `---\ntitle: fresh-译\n---\n一。\n`);
    const result = await run(['baseline', '--from-git', '--root', repo.root]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(t('cli.baseline.reason.uncommitted'));
    expect(result.stdout).toContain(t('cli.baseline.reason.not-committed'));
    expect(result.stdout).toContain(t('cli.baseline.summary', { count: 0, outdated: 0, skipped: 2 }));
  });

  it('refuses a shallow clone, saying how to fetch the history', async () => {
    const repo = await repository();
    await repo.commit('2021-01-01T10:00:00Z', { ...post('a'), ...source('a', 'One.') });
    await repo.commit('2021-01-02T10:00:00Z', translation('a', '一。'));
    const clone = await mkdtemp(path.join(tmpdir(), 'tandem-shallow-'));
    made.push(clone);
    expect(spawnSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone]).status).toBe(0);
    const result = await run(['baseline', '--from-git', '--root', clone]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(t('error.git-shallow.message'));
    expect(result.stderr).toContain('git fetch --unshallow');
  });

  it('refuses a folder outside any repository, and a run without --from-git', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'tandem-nogit-'));
    made.push(root);
    await mkdir(path.join(root, 'content/posts/a'), { recursive: true });
    await writeFile(path.join(root, 'content/posts/a/post.yaml'), `date: 2021-01-01\nsource: ${en}\n`);
    await writeFile(path.join(root, `content/posts/a/${en}.md`), '---\ntitle: A\n---\nOne.\n');
    await writeFile(path.join(root, `content/posts/a/${zh}.md`), '---\ntitle: A-T\n---\n一。\n');
    const outside = await run(['baseline', '--from-git', '--root', root], { GIT_CEILING_DIRECTORIES: tmpdir() });
    expect(outside.code).toBe(1);
    expect(outside.stderr).toContain(t('error.git-not-repository.message', { dir: root }));
    expect((await run(['baseline', '--root', root])).stderr).toContain(t('cli.baseline.needsSource'));
  });
});
