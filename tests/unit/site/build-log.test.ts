import { afterEach, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { ContentValidationError, problem } from '../../../src/content/index.ts';
import { createI18n, translatorFor } from '../../../src/i18n/create-i18n.ts';
import { matchLocale } from '../../../src/i18n/match-locale.ts';
import { TandemError } from '../../../src/lib/errors.ts';
import { inBuildLanguage } from '../../../src/site/loader.ts';
import { readLocaleFiles } from '../helpers.ts';

const instance = createI18n(siteConfig, await readLocaleFiles());
const translations = (code: string) => translatorFor(instance, siteConfig.locales.find((l) => l.code === code) ?? siteConfig.locales[0]!);
const chinese = matchLocale(['zh-CN'], siteConfig.locales) ?? siteConfig.defaultLocale;
const saved = process.env.TANDEM_LANG;
afterEach(() => {
  if (saved === undefined) delete process.env.TANDEM_LANG;
  else process.env.TANDEM_LANG = saved;
});

it('words content problems in the language the CLI would use, without a stack trace', () => {
  process.env.TANDEM_LANG = 'zh-CN';
  const error = inBuildLanguage(new ContentValidationError([problem('tag-unknown', { tag: 'x' }, { file: 'content/posts/a/post.yaml', line: 3 })]), { config: siteConfig, translations }) as Error;
  const t = translations(chinese);
  expect(error.message).toContain(t('cli.contentProblems', { count: 1 }));
  expect(error.message).toContain(`content/posts/a/post.yaml:3: ${t('error.tag-unknown.message', { tag: 'x' })}`);
  expect(error.stack).not.toMatch(/\n\s+at /);
});

it('words other typed errors too, and leaves anything else alone', () => {
  delete process.env.TANDEM_LANG;
  const typed = inBuildLanguage(new TandemError('no-source', { slug: 'a', locale: 'x' }, { file: 'content/posts/a' }), { config: siteConfig, translations }) as Error;
  expect(typed.message).toMatch(/^content\/posts\/a: .*\n {2}→ /);
  const bug = new Error('boom');
  expect(inBuildLanguage(bug, { config: siteConfig, translations })).toBe(bug);
});
