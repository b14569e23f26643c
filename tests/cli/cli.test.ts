import { readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Translate } from '../../src/i18n/create-i18n.ts';
import { siteConfig } from '../../src/config/site.ts';
import { TRANSLATION_STATES, WORK_STATES } from '../../src/translation/states.ts';
import type { TranslationStatus } from '../../src/translation/status.ts';
import { en, escape, fixture, project, run, t, tandem, withLinkedPages, zh } from './helpers.ts';

function json(root: string, ...args: string[]) {
  const { stdout } = tandem(root, ['status', '--json', ...args]);
  return JSON.parse(stdout) as { slug: string; locale: string; status: string; changes?: unknown[] }[];
}

const edit = async (root: string, file: string, change: (t: string) => string) => writeFile(path.join(root, file), change(await readFile(path.join(root, file), 'utf8')));
const ph = (key: Parameters<Translate>[0]) => `<${t(key)}>`;

describe('tandem --help', () => {
  it('lists every command, overall and for each command', () => {
    const overall = tandem(undefined, ['--help']);
    expect(overall.code).toBe(0);
    for (const name of ['status', 'new', 'diff', 'done', 'check']) {
      expect(overall.stdout).toContain(name);
      const help = tandem(undefined, [name, '--help']);
      expect(help.code, name).toBe(0);
      expect(help.stdout).toContain(t('cli.help.usage', { usage: `tandem ${name}` }));
      expect(help.stdout).toContain(`--root ${ph('cli.placeholder.dir')}`);
      expect(help.stdout).toContain(`--lang ${ph('cli.placeholder.locale')}`);
    }
    expect(tandem(undefined, ['help', 'diff']).stdout).toContain(t('cli.help.usage', { usage: `tandem diff ${ph('cli.placeholder.slug')}` }));
  });

  it('prints help to stderr and exits 2 without a command', () => {
    const result = tandem(undefined, []);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(t('cli.help.commands'));
  });
});

describe('usage errors exit 2 with a clear message', () => {
  const cases: [string, string[], string[]][] = [
    ['unknown command', ['stauts'], [t('cli.usage.unknownCommand', { name: 'stauts' }), t('cli.usage.didYouMean', { name: 'status' })]],
    ['unknown slug', ['diff', 'alpah', '--to', zh], [t('cli.usage.unknownPost', { slug: 'alpah' }), t('cli.usage.didYouMean', { name: 'alpha' })]],
    ['a folder path the shell completed', ['diff', 'content/posts/alpha/', '--to', zh], [t('cli.usage.unknownPost', { slug: 'content/posts/alpha/' }), t('cli.usage.didYouMean', { name: 'alpha' })]],
    ['a language file\'s path', ['new', './content/posts/beta/en.md', '--to', zh], [t('cli.usage.unknownPost', { slug: './content/posts/beta/en.md' }), t('cli.usage.didYouMean', { name: 'beta' })]],
    ['a locale written as the system writes it', ['new', 'beta', '--to', `${zh}_${'CN'}`], [t('cli.usage.unknownLocale', { code: `${zh}_CN` }), t('cli.usage.didYouMean', { name: zh })]],
    ['unknown locale', ['diff', 'alpha', '--to', 'xx'], [t('cli.usage.unknownLocale', { code: 'xx' })]],
    ['the source locale', ['done', 'alpha', '--to', en], [t('cli.usage.sourceLocale', { locale: en, post: 'alpha' })]],
    ['a missing --to', ['new', 'beta'], [t('cli.usage.needsTo', { command: 'new', locale: ph('cli.placeholder.locale') })]],
    ['a missing slug', ['diff', '--to', zh], [t('cli.usage.missingArg', { command: 'diff', arg: ph('cli.placeholder.slug'), description: t('cli.arg.slug') })]],
    ['an unknown option', ['status', '--bogus'], [t('cli.usage.unknownOption', { option: '--bogus', command: 'status' })]],
    ['an option without its value', ['status', '--to'], [t('cli.usage.optionNeedsValue', { option: '--to' })]],
    ['an unknown --fail-on state', ['status', '--fail-on', 'outdated,stale'], [t('cli.states.unknown', { option: '--fail-on', count: 1, states: 'stale' })]],
    ['an impossible date', ['done', 'alpha', '--to', zh, '--date', '2021-02-30'], [t('cli.usage.badDate', { value: '2021-02-30' })]],
    ['a placeholder date', ['done', 'alpha', '--to', zh, '--date', '0000-01-01'], [t('cli.usage.dateOutside', { value: '0000-01-01', earliest: '1990-01-01' })]],
    ['a mistyped year', ['done', 'alpha', '--to', zh, '--date', '2206-03-01'], [t('cli.usage.dateOutside', { value: '2206-03-01', earliest: '1990-01-01' })]],
    ['an unknown --lang', ['status', '--lang', 'xx'], [t('cli.usage.unknownLang', { value: 'xx' })]],
  ];
  it.each(cases)('%s', async (_, args, messages) => {
    const result = tandem(await project(), args);
    expect(result.code).toBe(2);
    expect(result.stderr.startsWith(t('cli.labelled', { label: t('cli.label.error'), text: '' }))).toBe(true);
    for (const message of messages) expect(result.stderr).toContain(message);
  });

  it('a --root without content/', () => {
    const result = tandem(tmpdir(), ['status']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(t('cli.usage.noContent', { root: tmpdir() }));
  });
});

describe('tandem new', () => {
  it('refuses to overwrite an existing translation, changing nothing', async () => {
    const root = await project();
    const file = `content/posts/alpha/${zh}.md`;
    const result = tandem(root, ['new', 'alpha', '--to', zh]);
    expect(result.code).toBe(1);
    // The library's own message: not translated yet.
    expect(result.stderr).toContain(`${file}: A translation already exists, so nothing was written.`);
    expect(await readFile(path.join(root, file), 'utf8')).toBe(fixture[file]);
  });

  it('scaffolds a draft carrying the source text, which status then reports as draft', async () => {
    const root = await project();
    expect(json(root).find((r) => r.slug === 'beta')?.status).toBe('missing');
    const result = tandem(root, ['new', 'beta', '--to', zh]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(t('cli.new.message', { created: t('cli.new.created'), file: `content/posts/beta/${zh}.md`, source: en }));
    expect(result.stdout).toContain(t('cli.new.recorded', { baseFile: `content/posts/beta/${zh}.base.json` }));
    expect(await readFile(path.join(root, `content/posts/beta/${zh}.md`), 'utf8')).toBe('---\ntitle: Beta\ndraft: true\n---\nOnly in one language.\n');
    expect(json(root).find((r) => r.slug === 'beta')).toMatchObject({ status: 'draft', locale: zh, sourceLocale: en });
  });
});

describe('tandem status caches', () => {
  it('answers the same from its caches, and sees an edit made since', async () => {
    const root = await project();
    expect(tandem(root, ['done', 'alpha', '--to', zh, '--date', '2021-03-01']).code).toBe(0);
    await edit(root, `content/posts/alpha/${en}.md`, (text) => text.replace('long tradition', 'proud tradition'));
    const cold = tandem(root, ['status', '--json']).stdout;
    const cacheDir = path.join(root, 'node_modules/.astro/tandem');
    expect((await readdir(cacheDir)).sort()).toEqual(['post-cache.json', 'post-cache.json.clock']);
    expect(tandem(root, ['status', '--json']).stdout).toBe(cold);
    await edit(root, `content/posts/alpha/${en}.md`, (text) => text.replace('title: Alpha', 'title: Alpha two').replace('proud tradition', 'long tradition'));
    const record = json(root).find((r) => r.slug === 'alpha');
    expect(record?.changes).toEqual([{ kind: 'changed', field: 'title', oldText: 'Alpha', newText: 'Alpha two' }]);
  });
});

describe('tandem done, then a source edit', () => {
  it('makes exactly the edited block outdated, in status --json and in diff', async () => {
    const root = await project();
    expect(json(root).find((r) => r.slug === 'alpha')?.status).toBe('review');
    const done = tandem(root, ['done', 'alpha', '--to', zh, '--date', '2021-03-01']);
    expect(done.code).toBe(0);
    expect(done.stdout).toContain(t('cli.done.message', { recorded: t('cli.done.recorded'), locale: zh, post: 'alpha', source: en, date: '2021-03-01', detail: '' }));
    expect(json(root).find((r) => r.slug === 'alpha')).toMatchObject({ status: 'up-to-date', recordedAt: '2021-03-01' });

    await edit(root, `content/posts/alpha/${en}.md`, (text) => text.replace('long tradition', 'proud tradition'));
    const record = json(root).find((r) => r.slug === 'alpha');
    expect(record).toMatchObject({ status: 'outdated', recordedAt: '2021-03-01', workLeft: { unit: 'words', count: 7 } });
    expect(record?.changes).toEqual([{ kind: 'changed', oldIndex: 1, newIndex: 1, oldText: 'SOAS has a long tradition of activism.', newText: 'SOAS has a proud tradition of activism.' }]);

    const diff = tandem(root, ['diff', 'alpha', '--to', zh]);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain(t('cli.diff.changeCount', { count: 1, summary: t('cli.changeCount.changed', { count: 1 }) }));
    expect(diff.stdout).toContain(t('cli.diff.changed', { what: t('cli.diff.block', { number: 2, kind: t('cli.block.paragraph') }) }));
    expect(diff.stdout).toContain(`${t('cli.diff.was')} │ SOAS has a [-long-] tradition of activism.`);
    expect(diff.stdout).toContain(`${t('cli.diff.now')} │ SOAS has a {+proud+} tradition of activism.`);
    expect(diff.stdout).not.toContain('The motion asks');
    expect(diff.stdout).not.toContain('Read the full motion');
    expect(diff.stdout).toContain(`npm run tandem -- done alpha --to ${zh}`);
  });

  it('refuses a translation that does not exist yet', async () => {
    const root = await project();
    const result = tandem(root, ['done', 'beta', '--to', zh]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`tandem -- new beta --to ${zh}`);
  });
});

describe('tandem diff on a derived locale', () => {
  // Named from the config, like en and zh: the locale converted from zh.
  const derived = siteConfig.locales.find((l) => l.derivedFrom === zh)?.code;

  it.skipIf(!derived)('says a version converted from the source itself has nothing to diff, and suggests no command', async () => {
    const root = await project();
    // gamma is written in zh, the derived locale's parent: `diff --to zh` would refuse.
    const { code, stdout } = await run(['diff', 'gamma', '--to', derived!, '--root', root]);
    expect(code).toBe(0);
    expect(stdout).toContain(t('cli.diff.derivedFromSource', { locale: derived!, parent: zh }));
    expect(stdout).not.toContain(`--to ${zh}`);
    expect(stdout).not.toContain('/translations/compare/');
  });

  it.skipIf(!derived)('points a version converted from a translation to the diff of that translation', async () => {
    const root = await project();
    const { code, stdout } = await run(['diff', 'alpha', '--to', derived!, '--root', root]);
    expect(code).toBe(0);
    expect(stdout).toContain(t('cli.diff.derived', { locale: derived!, parent: zh, command: `npm run tandem -- diff alpha --to ${zh}` }));
    expect(stdout).not.toContain('/translations/compare/');
    expect((await run(['diff', 'alpha', '--to', zh, '--root', root])).code).toBe(0);
  });
});

describe('tandem status --check', () => {
  it('fails on outdated and missing by default, on the states given with --fail-on', async () => {
    const root = await project();
    // alpha and gamma are in review, beta is missing.
    expect(tandem(root, ['status']).code).toBe(0);
    const check = tandem(root, ['status', '--check']);
    expect(check.code).toBe(1);
    const counts = [t('cli.stateCount', { state: t('status.outdated'), count: 0 }), t('cli.stateCount', { state: t('status.missing'), count: 1 })].join(t('cli.listSeparator'));
    expect(check.stderr).toContain(t('cli.labelled', { label: t('cli.label.checkFailed'), text: t('cli.check.failed', { count: 1, counts }) }));
    expect(tandem(root, ['status', '--fail-on', 'outdated']).code).toBe(0);
    expect(tandem(root, ['status', '--check', '--fail-on', 'review']).code).toBe(1);
    expect(tandem(root, ['new', 'beta', '--to', zh]).code).toBe(0);
    expect(tandem(root, ['status', '--check']).code).toBe(0);
    expect(tandem(root, ['status', '--check', '--fail-on', 'draft,review']).code).toBe(1);
  });

  it('shows a table per state and coverage per locale', async () => {
    const root = await project();
    const { stdout } = tandem(root, ['status']);
    const headings = (['cli.status.colPost', 'cli.status.colTo', 'cli.status.colWork'] as const).map((key) => escape(t(key)));
    const missing = escape(t('cli.worklist.heading', { state: t('status.missing'), count: 1 }));
    expect(stdout).toMatch(new RegExp(`${missing}\\n\\s+${headings.join('\\s+')}\\n\\s+beta\\s+${zh}\\s+${escape(t('dashboard.words', { count: 5 }))}\\n`));
    const counts = [t('cli.stateCount', { state: t('status.missing'), count: 1 }), t('cli.stateCount', { state: t('status.review'), count: 1 })].join(' · ');
    expect(stdout).toMatch(new RegExp(`${zh} .*${escape(t('dashboard.upToDateSummary', { count: 0, total: 2, percent: 0 }))}\\s+${escape(counts)}`));
  });
});

describe('tandem status, translations with nothing to do', () => {
  const nothingToDo = TRANSLATION_STATES.filter((state) => !WORK_STATES.includes(state));
  const counted = (records: readonly TranslationStatus[]) =>
    nothingToDo.map((state) => [state, records.filter((r) => r.status === state).length] as const).filter(([, count]) => count > 0);

  it('counts them instead of listing them, and says how to list them; --state lists them', async () => {
    const root = await project();
    expect(tandem(root, ['done', 'alpha', '--to', zh]).code).toBe(0);
    const done = counted(JSON.parse(tandem(root, ['status', '--json']).stdout) as TranslationStatus[]);
    expect(done.map(([state]) => state)).toContain('up-to-date');
    const { stdout } = tandem(root, ['status']);
    for (const [state, count] of done) expect(stdout).not.toContain(t('cli.worklist.heading', { state: t(`status.${state}`), count }));
    expect(stdout).toContain(t('cli.worklist.heading', { state: t('status.missing'), count: 1 }));
    const counts = done.map(([state, count]) => t('cli.stateCount', { state: t(`status.${state}`), count })).join(' · ');
    const command = `npm run tandem -- status --state ${done.map(([state]) => state).join(',')}`;
    expect(stdout).toContain(t('cli.status.notListed', { counts, command }));
    const listed = tandem(root, ['status', ...command.split(' ').slice(-2)]).stdout;
    for (const [state, count] of done) expect(listed).toMatch(new RegExp(`${escape(t('cli.worklist.heading', { state: t(`status.${state}`), count }))}\\n.*\\n(\\s+\\w+\\s.*\\n)*\\s+alpha\\s`));
    expect(listed).not.toContain(counts);
  });

  it('says so when nothing is left to do', async () => {
    const root = await project();
    expect(tandem(root, ['done', '--all', '--state', 'review', '--yes']).code).toBe(0);
    expect(tandem(root, ['new', 'beta', '--to', zh]).code).toBe(0);
    await edit(root, `content/posts/beta/${zh}.md`, (text) => text.replace(/^draft: true\n/m, ''));
    expect(tandem(root, ['done', 'beta', '--to', zh]).code).toBe(0);
    const { stdout } = tandem(root, ['status']);
    expect(stdout.startsWith(`${t('cli.worklist.allDone')}\n`)).toBe(true);
    const done = counted(JSON.parse(tandem(root, ['status', '--json']).stdout) as TranslationStatus[]);
    expect(stdout).toContain(t('cli.status.notListed', { counts: done.map(([state, count]) => t('cli.stateCount', { state: t(`status.${state}`), count })).join(' · '), command: `npm run tandem -- status --state ${done.map(([state]) => state).join(',')}` }));
  });
});

describe('tandem check', () => {
  it('lists every content problem and exits 1; status fails the same way', async () => {
    const root = await withLinkedPages(await project());
    await edit(root, `content/posts/alpha/${zh}.md`, (text) => text.replace('title: Alpha-T', 'titel: Alpha-T'));
    await edit(root, 'content/posts/beta/post.yaml', (text) => `${text}tags: [nonexistent]\n`);
    await writeFile(path.join(root, `content/posts/gamma/${en}.base.json`), '{ not json');
    const result = tandem(root, ['check']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(t('cli.contentProblems', { count: 4 }));
    expect(result.stderr).toContain(`content/posts/alpha/${zh}.md:2 (titel): Unknown field "titel".`);
    expect(result.stderr).toContain(`content/posts/alpha/${zh}.md:2 (title): Required field "title" is missing.`);
    expect(result.stderr).toContain('content/posts/beta/post.yaml:3 (tags[0]): Unknown tag "nonexistent".');
    expect(result.stderr).toContain(`content/posts/gamma/${en}.base.json:1:3: The translation's base record is not valid JSON`);
    // Status needs the base records too, so it lists the broken one with the rest.
    const status = tandem(root, ['status']);
    expect(status.code).toBe(1);
    expect(status.stderr).toBe(result.stderr);
  });

  it('passes on valid content', async () => {
    const result = tandem(await withLinkedPages(await project()), ['check']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(t('cli.check.valid', { ok: t('cli.check.ok'), posts: t('tags.count', { count: 3 }), versions: t('cli.check.versions', { count: 5 }) }));
  });
});
