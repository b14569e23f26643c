import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/config/site.ts';
import { en, escape, locale, project, run, t, zh } from './helpers.ts';

const exists = (file: string) => access(file).then(() => true, () => false);
const edit = async (root: string, file: string, change: (text: string) => string) => writeFile(path.join(root, file), change(await readFile(path.join(root, file), 'utf8')));

/** The fixture plus: delta (missing, long), epsilon (a draft claimed by Mei), and a title with Markdown in it. */
async function bigger() {
  const root = await project();
  const files: Record<string, string> = {
    'content/posts/delta/post.yaml': `date: 2021-01-01\nsource: ${en}\n`,
    [`content/posts/delta/${en}.md`]: `---\ntitle: "Delta | with *pipes* and [brackets]"\n---\n${'Many words here. '.repeat(40)}\n`,
    'content/posts/epsilon/post.yaml': `date: 2020-12-01\nsource: ${en}\n`,
    [`content/posts/epsilon/${en}.md`]: '---\ntitle: Epsilon\n---\nA short one.\n',
    [`content/posts/epsilon/${zh}.md`]: '---\ntitle: Epsilon-T\ndraft: true\ntranslator: Mei\n---\nA short one.\n',
  };
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(root, file), text).catch(async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  });
  return root;
}

describe('tandem status as a worklist', () => {
  it('lists one state, most work first, cut to --limit with the total in the heading', async () => {
    const root = await bigger();
    const { code, stdout } = await run(['status', '--root', root, '--state', 'missing', '--sort', 'work', '--limit', '1']);
    expect(code).toBe(0);
    expect(stdout).toContain(t('cli.worklist.headingLimited', { state: t('status.missing'), count: 2, shown: 1 }));
    expect(stdout).toMatch(/\n\s+delta\s/);
    expect(stdout).not.toMatch(/\n\s+beta\s/);
    expect(stdout).toContain(t('cli.worklist.more', { count: 1 }));
    expect(stdout).not.toContain(t('cli.worklist.heading', { state: t('status.review'), count: 2 }));
  });

  it('shows a review\'s size and a claim ("in progress — Mei")', async () => {
    const root = await bigger();
    const { stdout } = await run(['status', '--root', root]);
    const alpha = (JSON.parse((await run(['status', '--root', root, '--json'])).stdout) as { slug: string; size?: { count: number } }[]).find((r) => r.slug === 'alpha');
    // The translation's own length: "Translated one. Translated two. Translated three." in the fixture.
    expect(alpha?.size?.count).toBeGreaterThan(0);
    expect(stdout).toMatch(new RegExp(`alpha\\s+${zh}\\s+${escape(t('cli.worklist.toReview', { size: t(`dashboard.characters`, { count: alpha?.size?.count ?? 0 }) }))}`));
    expect(stdout).toMatch(new RegExp(`epsilon\\s+${zh}\\s+.*${escape(t('cli.worklist.claimed', { name: 'Mei' }))}`));
  });

  it('says so when no translation is in the states asked for', async () => {
    const root = await project();
    const { code, stdout } = await run(['status', '--root', root, '--state', 'outdated']);
    expect(code).toBe(0);
    expect(stdout).toContain(t('cli.worklist.none'));
  });

  it('--json keeps its shape, documents the additions, and follows --state and --sort', async () => {
    const root = await bigger();
    const all = JSON.parse((await run(['status', '--root', root, '--json'])).stdout) as Record<string, unknown>[];
    // Derived (converted) versions have records of their own; this test is about the written ones.
    const written = all.filter((r) => r.status !== 'derived');
    expect(written.map((r) => r.slug)).toEqual(['gamma', 'beta', 'alpha', 'delta', 'epsilon']);
    const review = all.find((r) => r.slug === 'alpha');
    expect(Object.keys(review ?? {})).toEqual(['slug', 'locale', 'sourceLocale', 'status', 'title', 'sourceFile', 'translationFile', 'workLeft', 'size']);
    expect(review?.size).toMatchObject({ unit: 'characters' });
    expect(all.find((r) => r.slug === 'epsilon')).toMatchObject({ status: 'draft', translator: 'Mei' });
    const missing = JSON.parse((await run(['status', '--root', root, '--json', '--state', 'missing', '--sort', 'work'])).stdout) as { slug: string }[];
    expect(missing.map((r) => r.slug)).toEqual(['delta', 'beta']);
  });

  it('--format markdown prints a table linking each row to the dashboard and its review page', async () => {
    const root = await bigger();
    const { stdout } = await run(['status', '--root', root, '--format', 'markdown', '--site', 'https://example.org/']);
    expect(stdout).toContain('| --- | --- | --- | --- | --- |');
    expect(stdout).toContain(`[Delta \\| with \\*pipes\\* and \\[brackets\\]](https://example.org/${en}/translations/#t-delta-${zh})`);
    expect(stdout).toContain(`(https://example.org/${zh}/translations/compare/alpha/)`);
    // Every table row has the same number of cells, whatever the titles hold.
    const rows = stdout.split('\n').filter((line) => line.startsWith('| '));
    expect(new Set(rows.map((row) => row.replace(/\\\|/g, '').split('|').length)).size).toBe(1);
  });

  it.each([
    ['an unknown state', ['--state', 'reviewed'], t('cli.states.unknown', { option: '--state', count: 1, states: 'reviewed' })],
    ['an unknown sort', ['--sort', 'size'], t('cli.usage.badChoice', { option: '--sort', value: 'size' })],
    ['a bad limit', ['--limit', '0'], t('cli.usage.badLimit', { value: '0' })],
    ['an unknown format', ['--format', 'html'], t('cli.usage.badChoice', { option: '--format', value: 'html' })],
  ])('refuses %s', async (_, args, message) => {
    const result = await run(['status', '--root', await project(), ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe('tandem done for many translations', () => {
  it('records several slugs in one run', async () => {
    const root = await bigger();
    await edit(root, `content/posts/epsilon/${zh}.md`, (text) => text.replace('draft: true\n', ''));
    const { code, stdout } = await run(['done', 'alpha', 'epsilon', '--to', zh, '--root', root]);
    expect(code).toBe(0);
    expect(stdout).toContain(t('cli.doneMany.summary', { count: 2 }));
    for (const slug of ['alpha', 'epsilon']) expect(await exists(path.join(root, `content/posts/${slug}/${zh}.base.json`))).toBe(true);
  });

  it('writes nothing when one slug is wrong or has no translation', async () => {
    const root = await bigger();
    const unknown = await run(['done', 'alpha', 'alpah-typo', '--to', zh, '--root', root]);
    expect(unknown.code).toBe(2);
    const missing = await run(['done', 'alpha', 'beta', '--to', zh, '--root', root]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`tandem -- new beta --to ${zh}`);
    expect(await exists(path.join(root, `content/posts/alpha/${zh}.base.json`))).toBe(false);
  });

  it('--all --state review lists what it will record and asks; no answers nothing', async () => {
    const root = await bigger();
    const declined = await run(['done', '--all', '--state', 'review', '--root', root], {}, ['n']);
    expect(declined.code).toBe(1);
    expect(declined.stderr).toContain(t('cli.doneMany.willRecord', { count: 2 }));
    expect(declined.stderr).toMatch(new RegExp(`alpha\\s+${zh}\\s+${escape(t('status.review'))}`));
    expect(await exists(path.join(root, `content/posts/alpha/${zh}.base.json`))).toBe(false);
    const accepted = await run(['done', '--all', '--state', 'review', '--to', zh, '--root', root], {}, ['y']);
    expect(accepted.code).toBe(0);
    expect(await exists(path.join(root, `content/posts/alpha/${zh}.base.json`))).toBe(true);
    expect(await exists(path.join(root, `content/posts/gamma/${en}.base.json`))).toBe(false);
  });

  it('--all refuses without a terminal unless --yes', async () => {
    const root = await bigger();
    const refused = await run(['done', '--all', '--state', 'review', '--root', root]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(t('cli.doneMany.notInteractive', { count: 2 }));
    // One translation is worded as one wherever the language says it otherwise ("1 translations" in English).
    const one = await run(['done', '--all', '--state', 'review', '--to', zh, '--root', root]);
    expect(one.stderr).toContain(t('cli.doneMany.notInteractive', { count: 1 }));
    const plural = new Intl.PluralRules(locale(siteConfig.defaultLocale).lang);
    if (plural.select(1) !== plural.select(2)) expect(t('cli.doneMany.notInteractive', { count: 1 })).not.toBe(t('cli.doneMany.notInteractive', { count: 2 }).replace('2', '1'));
    expect(await exists(path.join(root, `content/posts/alpha/${zh}.base.json`))).toBe(false);
    const scripted = await run(['done', '--all', '--state', 'review', '--yes', '--root', root]);
    expect(scripted.code).toBe(0);
    const after = JSON.parse((await run(['status', '--json', '--root', root])).stdout) as { status: string }[];
    expect(after.filter((r) => r.status === 'review')).toHaveLength(0);
  });

  it.each([
    ['--all without --state', ['--all'], t('cli.doneMany.needsState')],
    ['--all on missing translations', ['--all', '--state', 'missing'], t('cli.doneMany.notRecordable', { states: 'missing' })],
    ['--all with slugs', ['alpha', '--all', '--state', 'review'], t('cli.doneMany.allAndSlugs')],
  ])('refuses %s', async (_, args, message) => {
    const result = await run(['done', ...args, '--root', await project()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe('claims', () => {
  it('tandem new --translator writes the claim into the draft', async () => {
    const root = await project();
    expect((await run(['new', 'beta', '--to', zh, '--translator', 'Mei', '--root', root])).code).toBe(0);
    expect(await readFile(path.join(root, `content/posts/beta/${zh}.md`), 'utf8')).toMatch(/\ndraft: true\ntranslator: Mei\n---\n/);
    const records = JSON.parse((await run(['status', '--json', '--root', root])).stdout) as { slug: string; translator?: string }[];
    expect(records.find((r) => r.slug === 'beta')?.translator).toBe('Mei');
  });
});

describe('links to the side-by-side review', () => {
  it('tandem diff names the review page, absolute when SITE_URL is set', async () => {
    const root = await project();
    const { stdout } = await run(['diff', 'alpha', '--to', zh, '--root', root]);
    expect(stdout).toContain(t('cli.worklist.sideBySide', { url: `/${zh}/translations/compare/alpha/` }));
    const previous = process.env.SITE_URL;
    process.env.SITE_URL = 'https://example.org/';
    try {
      expect((await run(['diff', 'alpha', '--to', zh, '--root', root])).stdout).toContain(`https://example.org/${zh}/translations/compare/alpha/`);
    } finally {
      if (previous === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = previous;
    }
  });
});
