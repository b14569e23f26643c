import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { createI18n, translatorFor, UIStringsError } from '../../../src/i18n/create-i18n.ts';
import { requiredKeysFor, uiKeys } from '../../../src/i18n/ui-schema.ts';
import { readLocaleFiles } from '../helpers.ts';

const resources = await readLocaleFiles();

describe('locales/*.json', () => {
  it.each(siteConfig.locales.map((l) => [l.code, l] as const))('locales/%s.json has exactly the required keys', (code, locale) => {
    const strings = resources[code] as Record<string, string>;
    expect(strings, `locales/${code}.json is missing`).toBeDefined();
    expect(Object.keys(strings).sort()).toEqual(requiredKeysFor(locale.lang, siteConfig.postTypes).sort());
  });

  it('has a file for every configured locale and no file for an unconfigured one', () => {
    expect(Object.keys(resources).sort()).toEqual(siteConfig.locales.map((l) => l.code).sort());
  });

  it('loads into i18next and translates with interpolation, unescaped (Astro escapes on output)', () => {
    const instance = createI18n(siteConfig, resources);
    for (const locale of siteConfig.locales) {
      const t = translatorFor(instance, locale);
      for (const key of uiKeys) expect(t(key), `${locale.code}: ${key}`).not.toBe(key);
      expect(t('fallback.viewOriginal', { language: '<b>' })).toContain('<b>');
    }
  });

  it('uses each language\'s plural rules', () => {
    const instance = createI18n(siteConfig, resources);
    const counts = siteConfig.locales.map((locale) => [translatorFor(instance, locale)('tags.count', { count: 1 }), translatorFor(instance, locale)('tags.count', { count: 5 })]);
    for (const [one, many] of counts) {
      expect(one).toContain('1');
      expect(many).toContain('5');
    }
  });
});

describe('createI18n errors', () => {
  const [first] = siteConfig.locales;
  if (!first) throw new Error('no locales');

  it('fails on a missing key, naming the file and the key', () => {
    const broken = { ...(resources[first.code] as object) } as Record<string, string>;
    delete broken['nav.home'];
    expect(() => createI18n(siteConfig, { ...resources, [first.code]: broken })).toThrow(UIStringsError);
    expect(() => createI18n(siteConfig, { ...resources, [first.code]: broken })).toThrow(new RegExp(`locales/${first.code}\\.json[\\s\\S]*missing: nav\\.home`));
  });

  it('fails on an unknown (misspelt) key', () => {
    const extra = { ...(resources[first.code] as object), 'nav.hmoe': 'x' };
    expect(() => createI18n(siteConfig, { ...resources, [first.code]: extra })).toThrow(/unknown: nav\.hmoe/);
  });

  it('fails when a configured locale has no strings file', () => {
    const { [first.code]: _dropped, ...rest } = resources;
    expect(() => createI18n(siteConfig, rest)).toThrow(/No UI strings/);
  });
});
