import { describe as group, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { problem } from '../../../src/content/index.ts';
import { createI18n, translatorFor } from '../../../src/i18n/create-i18n.ts';
import { describe, describeError, formatProblem } from '../../../src/i18n/error-text.ts';
import { errorCatalogue, isErrorCode, TandemError, type ErrorCode } from '../../../src/lib/errors.ts';
import { readLocaleFiles } from '../helpers.ts';

const resources = await readLocaleFiles();
const instance = createI18n(siteConfig, resources);
const codes = Object.keys(errorCatalogue) as ErrorCode[];

group('the error catalogue', () => {
  it.each(siteConfig.locales.map((l) => [l.code] as const))('locales/%s.json words every code with only the parameters it declares', (code) => {
    const strings = resources[code] as Record<string, string>;
    for (const error of codes) {
      const declared = new Set<string>(errorCatalogue[error]);
      for (const part of ['title', 'message', 'hint'] as const) {
        const text = strings[`error.${error}.${part}`] ?? '';
        const used = [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
        expect(used.filter((name) => !declared.has(name ?? '')), `error.${error}.${part}`).toEqual([]);
        if (part === 'title') expect(used, `titles take no parameters: error.${error}.title`).toEqual([]);
      }
    }
  });

  it('fails to load strings lacking a catalogue key, naming it', () => {
    const [first] = siteConfig.locales;
    const broken = { ...(resources[first?.code ?? ''] as object) } as Record<string, string>;
    delete broken['error.tag-unknown.hint'];
    expect(() => createI18n(siteConfig, { ...resources, [first?.code ?? '']: broken })).toThrow(/missing: error\.tag-unknown\.hint/);
  });

  it('tells codes from other text', () => {
    expect(codes.every(isErrorCode)).toBe(true);
    expect(['is empty', 'toString', '__proto__'].some(isErrorCode)).toBe(false);
  });
});

group('describe', () => {
  it.each(siteConfig.locales.map((l) => [l.code, l] as const))('words a problem in %s, parameters filled in, suggestion first', (_, locale) => {
    const t = translatorFor(instance, locale);
    const text = describe(problem('tag-unknown', { tag: 'studnets', suggestion: 'students' }, { file: 'a' }), t);
    expect(text.message).toContain('studnets');
    expect(text.hint).toContain('students');
    expect(text.hint.indexOf('students')).toBeLessThan(text.hint.indexOf('content/tags.yaml'));
    expect(text.title).not.toMatch(/\{\{|error\./);
  });

  it('joins list parameters in the language and shows control characters from content', () => {
    const [en, zh] = siteConfig.locales.map((l) => translatorFor(instance, l));
    if (!en || !zh) throw new Error('two locales needed');
    const params = { field: 'x', allowed: ['title', 'summary'] };
    expect(describe(problem('field-unknown', params, { file: 'a' }), en).hint).toContain(`title${en('cli.listSeparator')}summary`);
    expect(describe(problem('field-unknown', params, { file: 'a' }), zh).hint).toContain(`title${zh('cli.listSeparator')}summary`);
    const line = formatProblem(problem('slug-invalid', { slug: 'a\u001b]0;owned\u0007b' }, { file: 'content/posts/a\u001b[2Jb', field: 'slug' }), en);
    expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(line).toContain('a\\x1b]0;owned\\x07b');
  });

  it('words a TandemError with its location', () => {
    const t = translatorFor(instance, siteConfig.locales[0] ?? siteConfig.locales[0]!);
    const error = new TandemError('translation-missing', { command: 'npm run tandem -- new a --to x' }, { file: 'content/posts/a/x.md' });
    expect(describeError(error, t)).toMatch(/^content\/posts\/a\/x\.md: .+\n {2}→ .*npm run tandem -- new a --to x/);
    expect(error.message).toContain('[translation-missing]');
  });
});
