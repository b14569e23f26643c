import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import type { LocaleConfig } from '../../src/config/schema.ts';
import { siteConfig } from '../../src/config/site.ts';
import { createI18n, translatorFor, type Translate } from '../../src/i18n/create-i18n.ts';
import { readUIResources } from '../../src/i18n/read-resources.ts';
import { main } from '../../src/cli/main.ts';
import { computeStatuses, selectRecords } from '../../src/translation/index.ts';
import type { Io, Output } from '../../src/cli/output.ts';
import { linkedPages } from '../unit/content/content-fixtures.ts';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
const bin = path.join(repoRoot, 'src/cli/bin.js');

/** The two locales the fixture uses, named from the config: never literal codes. */
export const [en, zh] = siteConfig.locales.map((l) => l.code) as [string, string];
if (!en || !zh) throw new Error('the site config needs two locales for these tests');

const md = (front: string, body: string) => `---\n${front}\n---\n${body}`;
const alphaSource = ['The motion asks the union to act.', '', 'SOAS has a long tradition of activism.', '', 'Read the full motion here.', ''].join('\n');
/** A small project: alpha (translated, in review), beta (untranslated), gamma (written in the second locale). */
export const fixture: Record<string, string> = {
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

const created: string[] = [];
afterAll(() => Promise.all(created.map((dir) => rm(dir, { recursive: true, force: true }))));
let template: Promise<string> | undefined;

/** A fresh copy of the fixture project, so tests can change it freely. */
export async function project(): Promise<string> {
  template ??= (async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tandem-cli-template-'));
    created.push(dir);
    for (const [file, text] of Object.entries(fixture)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), text);
    }
    return dir;
  })();
  const root = await mkdtemp(path.join(tmpdir(), 'tandem-cli-'));
  created.push(root);
  await cp(await template, root, { recursive: true });
  return root;
}

/**
 * Adds the static pages the site config links to, where `root` has no folder for them:
 * `tandem check` (and the build) fail on a menu or footer link to a missing page, while
 * the translators' commands the fixture is made for list pages as work. Returns `root`.
 */
export async function withLinkedPages(root: string): Promise<string> {
  // A page the project has (one an import brought in) is kept as it is.
  const missing = Object.entries(linkedPages).filter(([file]) => !existsSync(path.join(root, path.dirname(file))));
  for (const [file, text] of missing) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

// Plain output in the default language whatever terminal runs the tests: NO_COLOR without
// FORCE_COLOR to override it, and none of the variables that choose the CLI's language.
const { FORCE_COLOR: _f, TANDEM_LANG: _t, LC_ALL: _a, LC_MESSAGES: _m, LANG: _l, ...baseEnv } = process.env;

/** Runs the CLI in a child process, with `--root` when given and extra environment variables; one still running after `timeout` ms is killed (its code is null). */
export function tandem(root: string | undefined, args: readonly string[], env: Record<string, string> = {}, timeout = 60_000) {
  const result = spawnSync(process.execPath, [bin, ...args, ...(root ? ['--root', root] : [])], { encoding: 'utf8', env: { ...baseEnv, NO_COLOR: '1', ...env }, timeout });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const instance = createI18n(siteConfig, await readUIResources(repoRoot, siteConfig));

/** The translate function of a locale, over the strings in locales/<code>.json: what the CLI should print. */
export function translate(code: string): Translate {
  return translatorFor(instance, locale(code));
}

/** A configured locale by code. */
export function locale(code: string): LocaleConfig {
  const found = siteConfig.locales.find((l) => l.code === code);
  if (!found) throw new Error(`no locale ${code}`);
  return found;
}

/** The strings the CLI prints when no language is asked for. */
export const t = translate(siteConfig.defaultLocale);

/** Escapes text for use inside a RegExp. */
export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Runs the CLI in this process (fast), capturing its output as a terminal without colour
 * would show it. `answers` stand for a person at the terminal; without them nobody can be asked.
 */
export async function run(args: readonly string[], env: Record<string, string> = {}, answers?: string[]) {
  const output = (): Output & { text: string } => {
    const o = { text: '', color: false, style: (_: unknown, text: string) => text, write: (text: string) => void (o.text += text) };
    return o;
  };
  const io: Io = { out: output(), err: output(), ...(answers && { ask: async () => answers.shift() ?? '' }) };
  const code = await main(args, io, env);
  return { code, stdout: (io.out as Output & { text: string }).text, stderr: (io.err as Output & { text: string }).text };
}

/** `status --json` as computed with no cache at all, in the order and shape the CLI prints. */
export async function uncachedStatus(root: string): Promise<string> {
  const records = await computeStatuses({ root, config: siteConfig });
  return `${JSON.stringify(selectRecords(records, { sort: 'date', lang: siteConfig.defaultLocale }), null, 2)}\n`;
}

/** `status --json` as the CLI prints it (in-process), checking that it succeeded. */
export async function statusJson(root: string): Promise<string> {
  const { code, stdout, stderr } = await run(['status', '--json', '--root', root]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return stdout;
}
