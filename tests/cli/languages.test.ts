import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/config/site.ts';
import { commands } from '../../src/cli/commands.ts';
import { chooseLanguage, localeFor, posixLocaleTag } from '../../src/cli/language.ts';
import { report } from '../../src/cli/report.ts';
import { createI18n, UIStringsError } from '../../src/i18n/create-i18n.ts';
import { matchLocale } from '../../src/i18n/match-locale.ts';
import { deriveUIResources } from '../../src/i18n/derived-locales.ts';
import { readPhraseLists, readUIResources } from '../../src/i18n/read-resources.ts';
import { TandemError } from '../../src/lib/errors.ts';
import { readLocaleFiles, writeTree } from '../unit/helpers.ts';
import { en, project, repoRoot, run, tandem, translate, withLinkedPages, zh } from './helpers.ts';

// What a POSIX system calls a locale: en-GB → en_GB.UTF-8.
const posixName = (lang: string) => `${lang.replaceAll('-', '_')}.UTF-8`;
// The locale LANG=zh_CN.UTF-8 should choose: whichever configured locale fits, else the default.
const chineseChina = matchLocale(['zh-CN'], siteConfig.locales) ?? siteConfig.defaultLocale;

describe('choosing the language', () => {
  it('reads POSIX locale names as BCP 47 tags', () => {
    expect(posixLocaleTag('zh_CN.UTF-8')).toBe('zh-CN');
    expect(posixLocaleTag('en_GB.ISO-8859-1@euro')).toBe('en-GB');
    expect(posixLocaleTag('C.UTF-8')).toBeUndefined();
    expect(posixLocaleTag('POSIX')).toBeUndefined();
    expect(posixLocaleTag('')).toBeUndefined();
  });

  it.each(siteConfig.locales.map((l) => [l.code, l] as const))('finds %s by code, BCP 47 tag and POSIX name', (code, locale) => {
    expect(localeFor(code, siteConfig)).toBe(code);
    expect(localeFor(locale.lang, siteConfig)).toBe(code);
    expect(chooseLanguage(code, {}, siteConfig)).toEqual({ code });
    expect(chooseLanguage(undefined, { LANG: posixName(locale.lang) }, siteConfig)).toEqual({ code });
    expect(chooseLanguage(undefined, { TANDEM_LANG: code, LANG: posixName(locale.lang) }, siteConfig)).toEqual({ code });
  });

  it('prefers --lang, then TANDEM_LANG, then LC_ALL, LC_MESSAGES, LANG, then the default locale', () => {
    const env = { LANG: 'zh_CN.UTF-8' };
    expect(chooseLanguage(undefined, {}, siteConfig)).toEqual({ code: siteConfig.defaultLocale });
    expect(chooseLanguage(undefined, env, siteConfig)).toEqual({ code: chineseChina });
    expect(chooseLanguage(en, env, siteConfig)).toEqual({ code: en });
    expect(chooseLanguage(undefined, { ...env, TANDEM_LANG: en }, siteConfig)).toEqual({ code: en });
    // An unknown TANDEM_LANG falls through to the system locale.
    expect(chooseLanguage(undefined, { ...env, TANDEM_LANG: 'xx' }, siteConfig)).toEqual({ code: chineseChina });
    // As gettext does: the first of LC_ALL, LC_MESSAGES, LANG that is set decides, and C means no language.
    expect(chooseLanguage(undefined, { ...env, LC_ALL: 'C.UTF-8' }, siteConfig)).toEqual({ code: siteConfig.defaultLocale });
    expect(chooseLanguage(undefined, { LC_MESSAGES: 'zh_CN.UTF-8', LANG: posixName(siteConfig.locales[0]?.lang ?? '') }, siteConfig)).toEqual({ code: chineseChina });
    expect(chooseLanguage(undefined, { LC_ALL: '', LANG: 'zh_CN.UTF-8' }, siteConfig)).toEqual({ code: chineseChina });
  });

  it('reports an unknown --lang, keeping the language the environment chooses', () => {
    expect(chooseLanguage('xx', { LANG: 'zh_CN.UTF-8' }, siteConfig)).toEqual({ code: chineseChina, unknownOption: 'xx' });
  });
});

describe('readUIResources', () => {
  it('reads the same strings the tests read, derived locales\' converted from their parent\'s', async () => {
    expect(await readUIResources(repoRoot, siteConfig)).toEqual(deriveUIResources(siteConfig, await readLocaleFiles(), await readPhraseLists(repoRoot, siteConfig)));
  });

  it('leaves a missing file to createI18n, which names it', async () => {
    const [first, ...others] = siteConfig.locales;
    if (!first) throw new Error('no locales');
    const strings = await readLocaleFiles();
    const written = others.filter((l) => l.derivedFrom === undefined);
    const root = await writeTree(Object.fromEntries(written.map((l) => [`locales/${l.code}.json`, JSON.stringify(strings[l.code])])));
    const resources = await readUIResources(root, siteConfig);
    expect(Object.keys(resources)).toEqual(others.map((l) => l.code));
    expect(() => createI18n(siteConfig, resources)).toThrow(UIStringsError);
    expect(() => createI18n(siteConfig, resources)).toThrow(`locales/${first.code}.json`);
  });

  it('throws a TandemError naming a file that is not JSON, and where', async () => {
    const [first] = siteConfig.locales;
    if (!first) throw new Error('no locales');
    // Cut short: V8's message gives no place for this one.
    const root = await writeTree({ [`locales/${first.code}.json`]: '{\n  "site.title": ' });
    const error = await readUIResources(root, siteConfig).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TandemError);
    expect((error as TandemError).location).toEqual({ file: `locales/${first.code}.json`, line: 2, column: 17 });
    expect((error as Error).message).toMatch(/not valid JSON/);
  });
});

describe.each(siteConfig.locales.map((l) => [l.code] as const))('tandem --lang %s', (code) => {
  const t = translate(code);
  const lang = ['--lang', code];
  const others = siteConfig.locales.filter((l) => l.code !== code).map((l) => translate(l.code));

  it('prints help in that language, and none of another language\'s', async () => {
    const help = await run(['--help', ...lang]);
    expect(help.code).toBe(0);
    for (const key of ['cli.help.title', 'cli.help.commands', 'cli.help.options', 'cli.help.exitCodes', 'cli.option.root', 'cli.option.lang'] as const) {
      expect(help.stdout).toContain(t(key).split('{{')[0]);
      for (const other of others) if (other(key) !== t(key)) expect(help.stdout).not.toContain(other(key).split('{{')[0]);
    }
    for (const command of commands) {
      expect(help.stdout).toContain(t(command.summary));
      const own = await run([command.name, '--help', ...lang]);
      expect(own.stdout).toContain(t('cli.help.commandTitle', { command: command.name, summary: t(command.summary) }));
      expect(own.stdout).toContain(t('cli.help.usage', { usage: `tandem ${command.name}` }));
      expect(own.stdout).toContain(t('cli.help.examples'));
    }
  });

  it('reports usage errors in that language', async () => {
    const result = await run(['stauts', ...lang]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(t('cli.labelled', { label: t('cli.label.error'), text: t('cli.usage.unknownCommand', { name: 'stauts' }) }));
    expect(result.stderr).toContain(t('cli.usage.didYouMean', { name: 'status' }));
  });

  it('runs the translation workflow in that language', async () => {
    const root = await project();
    const withRoot = (...args: string[]) => run([...args, '--root', root, ...lang]);

    const status = await withRoot('status');
    for (const key of ['cli.status.colPost', 'cli.status.colWork', 'dashboard.coverage', 'cli.status.nextSteps', 'status.missing', 'status.review'] as const) expect(status.stdout).toContain(t(key));
    expect(status.stdout).toContain(t('dashboard.words', { count: 5 }));

    const created = await withRoot('new', 'beta', '--to', zh);
    expect(created.stdout).toContain(t('cli.new.message', { created: t('cli.new.created'), file: `content/posts/beta/${zh}.md`, source: en }));
    expect(created.stdout).toContain(t('cli.new.next'));

    const done = await withRoot('done', 'alpha', '--to', zh, '--date', '2021-03-01');
    expect(done.stdout).toContain(t('cli.done.message', { recorded: t('cli.done.recorded'), locale: zh, post: 'alpha', source: en, date: '2021-03-01', detail: '' }));
    await writeFile(path.join(root, `content/posts/alpha/${en}.md`), (await readFile(path.join(root, `content/posts/alpha/${en}.md`), 'utf8')).replace('long tradition', 'proud tradition'));

    const diff = await withRoot('diff', 'alpha', '--to', zh);
    expect(diff.stdout).toContain(t('cli.diff.title', { title: `alpha → ${zh}`, status: t('status.outdated') }));
    expect(diff.stdout).toContain(t('cli.diff.changedSince', { file: `content/posts/alpha/${en}.md`, date: '2021-03-01' }));
    expect(diff.stdout).toContain(t('cli.diff.changed', { what: t('cli.diff.block', { number: 2, kind: t('cli.block.paragraph') }) }));
    expect(diff.stdout).toContain(t('cli.diff.workLeft', { work: t('dashboard.words', { count: 7 }) }));
    expect(diff.stdout).toMatch(new RegExp(`${t('cli.diff.was')} │ SOAS has a \\[-long-\\]`));

    const check = await withRoot('status', '--check', '--fail-on', 'outdated');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(t('cli.check.failed', { count: 1, counts: t('cli.stateCount', { state: t('status.outdated'), count: 1 }) }));

    const valid = await withLinkedPages(root).then(() => withRoot('check'));
    expect(valid.stdout).toContain(t('cli.check.valid', { ok: t('cli.check.ok'), posts: t('tags.count', { count: 3 }), versions: t('cli.check.versions', { count: 6 }) }));
  });
});

describe('--json is the same in every language', () => {
  it('prints byte-identical records whatever --lang or LANG says', async () => {
    const root = await project();
    const plain = await run(['status', '--json', '--root', root]);
    expect(JSON.parse(plain.stdout)).toHaveLength(3 * (siteConfig.locales.length - 1));
    for (const locale of siteConfig.locales) {
      expect((await run(['status', '--json', '--root', root, '--lang', locale.code])).stdout).toBe(plain.stdout);
      expect((await run(['status', '--json', '--root', root], { LANG: posixName(locale.lang) })).stdout).toBe(plain.stdout);
    }
    expect(tandem(root, ['status', '--json'], { LANG: 'zh_CN.UTF-8' }).stdout).toBe(plain.stdout);
  });
});

describe('the language from the environment, in a real process', () => {
  it('LANG=zh_CN.UTF-8 speaks as --lang with the matching locale does', async () => {
    const root = await project();
    const t = translate(chineseChina);
    const cases = [
      [['--help'], t('cli.help.commands')],
      [['status'], t('cli.status.colPost')],
      [['diff', 'alpha', '--to', zh], t('cli.diff.noBase', { baseFile: `content/posts/alpha/${zh}.base.json` })],
      [['stauts'], t('cli.usage.unknownCommand', { name: 'stauts' })],
    ] as const;
    for (const [args, expected] of cases) {
      const fromEnv = tandem(root, args, { LANG: 'zh_CN.UTF-8' });
      expect(fromEnv).toEqual(tandem(root, [...args, '--lang', chineseChina]));
      expect(fromEnv.stdout + fromEnv.stderr).toContain(expected);
    }
    // TANDEM_LANG wins over the system locale.
    const pinned = tandem(root, ['status'], { LANG: 'zh_CN.UTF-8', TANDEM_LANG: siteConfig.defaultLocale });
    expect(pinned).toEqual(tandem(root, ['status', '--lang', siteConfig.defaultLocale]));
  });
});

describe('when the UI strings cannot be loaded', () => {
  it('still reports the error, naming the strings file, after the program name', () => {
    let text = '';
    const err = { color: false, style: (_: unknown, s: string) => s, write: (s: string) => void (text += s) };
    const file = `locales/${siteConfig.defaultLocale}.json`;
    expect(report(new UIStringsError('The file is not valid JSON.', 'Correct its syntax.', file), err, undefined)).toBe(1);
    expect(text).toMatch(new RegExp(`^tandem: ${file}: The file is not valid JSON`));
  });
});
