import { describe, expect, it } from 'vitest';
import { defineSiteConfig, type SiteConfigInput } from '../../../src/config/schema.ts';
import { siteConfig } from '../../../src/config/site.ts';

const locale = (code: string, extra: Partial<SiteConfigInput['locales'][number]> = {}) => ({ code, path: code, lang: code, label: code.toUpperCase(), dateLocale: code, ...extra });
const base = { defaultLocale: 'aa', locales: [locale('aa'), locale('bb')], excerptLength: { words: 50, characters: 100 } } satisfies SiteConfigInput;

describe('the site config', () => {
  it('names a default locale that is configured, with unique codes and paths', () => {
    expect(siteConfig.locales.map((l) => l.code)).toContain(siteConfig.defaultLocale);
    expect(new Set(siteConfig.locales.map((l) => l.path)).size).toBe(siteConfig.locales.length);
  });

  it('gives every locale a valid BCP 47 tag and date locale', () => {
    for (const l of siteConfig.locales) {
      expect(() => new Intl.Locale(l.lang)).not.toThrow();
      expect(Intl.DateTimeFormat.supportedLocalesOf([l.dateLocale])).toHaveLength(1);
    }
  });
});

describe('defineSiteConfig', () => {
  it('accepts a locale derived from a written one, with corner quotes by default', () => {
    const config = defineSiteConfig({ ...base, locales: [locale('aa'), locale('bb', { derivedFrom: 'aa', convert: { from: 'cn', to: 'tw' } })] });
    expect(config.locales[1]).toMatchObject({ derivedFrom: 'aa', convert: { from: 'cn', to: 'tw', quotes: 'corner' } });
  });

  it('fills defaults', () => {
    const config = defineSiteConfig(base);
    expect(config.locales[0]).toMatchObject({ dir: 'ltr', countBy: 'words' });
    expect(config.postsPerPage).toBe(10);
  });

  it.each([
    ['a default locale that is not configured', { ...base, defaultLocale: 'cc' }, /"cc" is not one of the configured locales/],
    ['two locales with one code', { ...base, locales: [locale('aa'), locale('aa', { path: 'x' })] }, /share the code "aa"/],
    ['two locales with one URL segment', { ...base, locales: [locale('aa'), locale('bb', { path: 'aa' })] }, /share the path "aa"/],
    ['an unknown text direction', { ...base, locales: [locale('aa', { dir: 'up' as 'ltr' })] }, /dir/],
    ['a URL segment with a slash', { ...base, locales: [locale('aa', { path: 'a/b' })] }, /lowercase letters/],
    ['no locales', { ...base, locales: [] }, /locales/],
    ['a locale derived from an unknown one', { ...base, locales: [locale('aa'), locale('bb', { derivedFrom: 'cc', convert: { from: 'cn', to: 'hk' } })] }, /"cc" is not one of the configured locales/],
    ['a locale derived from a derived one', { ...base, locales: [locale('aa'), locale('bb', { derivedFrom: 'aa', convert: { from: 'cn', to: 'hk' } }), locale('cc', { derivedFrom: 'bb', convert: { from: 'cn', to: 'tw' } })] }, /"bb" is itself derived/],
    ['a derived locale without a conversion', { ...base, locales: [locale('aa'), locale('bb', { derivedFrom: 'aa' })] }, /derivedFrom and convert together/],
    ['a conversion on a written locale', { ...base, locales: [locale('aa'), locale('bb', { convert: { from: 'cn', to: 'hk' } })] }, /derivedFrom and convert together/],
    ['an unknown OpenCC standard', { ...base, locales: [locale('aa'), locale('bb', { derivedFrom: 'aa', convert: { from: 'cn', to: 'mo' as 'hk' } })] }, /convert/],
    ['a derived default locale', { ...base, defaultLocale: 'bb', locales: [locale('aa'), locale('bb', { derivedFrom: 'aa', convert: { from: 'cn', to: 'hk' } })] }, /default locale cannot be derived/],
  ])('rejects %s', (_name, input, message) => {
    expect(() => defineSiteConfig(input as SiteConfigInput)).toThrow(message);
  });
});
