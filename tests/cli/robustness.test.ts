import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/config/site.ts';
import { postMetaSchema } from '../../src/content/schema.ts';
import { matchLocale } from '../../src/i18n/match-locale.ts';
import { terminalSafe } from '../../src/lib/terminal-text.ts';
import { writeError } from '../../src/lib/write-file.ts';
import { en, project, run, translate, withLinkedPages, zh } from './helpers.ts';

const chinese = translate(matchLocale(['zh-CN'], siteConfig.locales) ?? siteConfig.defaultLocale);

describe('every input is data', () => {
  it.each(['2021-02-30', '2021-13-01', '9999-99-99', '2021-3-1', '+275760-09-13'])('--date %s is a usage error, not a crash', async (date) => {
    const result = await run(['done', 'alpha', '--to', zh, '--date', date, '--root', await project()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`"${date}" is not a real date`);
    expect(result.stderr).not.toMatch(/RangeError|\n\s+at /);
  });

  it('lists every broken base record and content problem of a run together, by file', async () => {
    const root = await project();
    const base = (date: string) => JSON.stringify({ version: 1, sourceLocale: en, recordedAt: date, digest: '0123456789abcdef', fields: { title: { hash: '0123456789abcdef', text: 'A' } }, blocks: [] });
    await writeFile(path.join(root, `content/posts/alpha/${zh}.base.json`), base('2021-13-01'));
    await writeFile(path.join(root, `content/posts/gamma/${en}.base.json`), base('9999-99-99'));
    await writeFile(path.join(root, 'content/posts/beta/post.yaml'), `date: 2021-02-30\nsource: ${en}\n`);
    for (const command of [['check'], ['status'], ['status', '--check']]) {
      const result = await run([...command, '--root', root]);
      expect(result.code, command.join(' ')).toBe(1);
      const files = [...result.stderr.matchAll(/^ {2}(content\/\S+?)[:\s]/gm)].map((m) => m[1]);
      expect(files, command.join(' ')).toEqual([`content/posts/alpha/${zh}.base.json`, 'content/posts/beta/post.yaml', `content/posts/gamma/${en}.base.json`]);
    }
  });

  it('says there are no posts when content/posts is missing, in check and status --check', async () => {
    const root = await project();
    await rm(path.join(root, 'content/posts'), { recursive: true });
    for (const command of [['check'], ['status', '--check']]) {
      const result = await run([...command, '--root', root]);
      expect(result.code, command.join(' ')).toBe(1);
      expect(result.stderr).toContain('There is no content/posts folder');
    }
  });
});

describe('errors in the reader\'s language', () => {
  it('LANG=zh_CN.UTF-8 check words every problem in Chinese', async () => {
    const root = await withLinkedPages(await project());
    await writeFile(path.join(root, 'content/posts/beta/post.yaml'), `date: 2021-02-30\nsource: ${en}\ntagz: [x]\n`);
    await writeFile(path.join(root, `content/posts/gamma/${en}.md`), `---\ntitle: Gamma\n---\nSee [it](/${en}/posts/alpah/).\n\n<style>\n\nGone.\n`);
    const result = await run(['check', '--root', root], { LANG: 'zh_CN.UTF-8' });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(9);
    // Every line but file names, field names, links and commands is in Chinese: no English word of three letters or more is left.
    const fieldNames = new RegExp(`\\b(?:${[...Object.keys(postMetaSchema.shape), 'tagz', 'body'].join('|')})\\b`, 'g');
    const words = lines.map((line) => line.replace(/content\/\S+|\/[a-z]+\/\S*|"[^"]*"|“[^”]*”|`[^`]*`|<\/?\w+>|&lt;\w+>|YYYY-MM-DD/g, '').replace(fieldNames, ''));
    expect(words.filter((line) => /[A-Za-z]{3,}/.test(line)), result.stderr).toEqual([]);
    expect(result.stderr).toContain(chinese('cli.contentProblems', { count: 4 }));
  });
});

describe('writes', () => {
  it('new writes both files or neither', async () => {
    const root = await project();
    // A folder where the base record goes: the second write fails after the first succeeded.
    await mkdir(path.join(root, `content/posts/beta/${zh}.base.json/taken`), { recursive: true });
    const result = await run(['new', 'beta', '--to', zh, '--root', root]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Writing in ${path.join(root, 'content/posts/beta')} failed`);
    expect(result.stderr).not.toMatch(/\.tmp|\n\s+at |unexpected failure/);
    expect(existsSync(path.join(root, `content/posts/beta/${zh}.md`))).toBe(false);
  });

  it.each([
    ['EACCES', 'write-permission'],
    ['EPERM', 'write-permission'],
    ['EROFS', 'write-permission'],
    ['ENOSPC', 'write-no-space'],
    ['EDQUOT', 'write-no-space'],
    ['EIO', 'write-failed'],
  ])('a failed write (%s) is %s naming the folder', (code, expected) => {
    const error = writeError(Object.assign(new Error(`${code}: '/site/content/posts/a/zh.md.0a1b.tmp'`), { code }), '/site/content/posts/a');
    expect(error).toMatchObject({ code: expected, params: expect.objectContaining({ folder: '/site/content/posts/a' }) });
  });
});

describe('terminal safety', () => {
  it('diff shows control characters from content as escapes', async () => {
    const root = await project();
    await run(['done', 'alpha', '--to', zh, '--date', '2021-03-01', '--root', root]);
    const file = path.join(root, `content/posts/alpha/${en}.md`);
    await writeFile(file, (await readFile(file, 'utf8')).replace('tradition', 'tradition \u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e'));
    const result = await run(['diff', 'alpha', '--to', zh, '--root', root]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m\\u202e');
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it('the terminal stream passes Tandem\'s own colours and nothing else', () => {
    expect(terminalSafe('\u001b[31merror\u001b[39m: \u001b]8;;http://x\u0007link\u001b]8;;\u0007\n\tok')).toBe('\u001b[31merror\u001b[39m: \\x1b]8;;http://x\\x07link\\x1b]8;;\\x07\n\tok');
  });
});
