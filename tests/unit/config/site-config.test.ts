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
  ])('rejects %s', (_name, input, message) => {
    expect(() => defineSiteConfig(input as SiteConfigInput)).toThrow(message);
  });
});
