import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { callKey, createI18n, translatorFor, UIStringsError } from '../../../src/i18n/create-i18n.ts';
import { convertersOf, deriveUIResources } from '../../../src/i18n/derived-locales.ts';
import { readPhraseLists } from '../../../src/i18n/read-resources.ts';
import { requiredKeysFor, uiKeys } from '../../../src/i18n/ui-schema.ts';
import { readLocaleFiles, repoRoot } from '../helpers.ts';

const files = await readLocaleFiles();
const phrases = await readPhraseLists(repoRoot, siteConfig);
// Derived locales (Traditional Chinese) take their parent's strings, converted.
const resources = deriveUIResources(siteConfig, files, phrases);

describe('locales/*.json', () => {
  it.each(siteConfig.locales.map((l) => [l.code, l] as const))('locales/%s.json has exactly the required keys', (code, locale) => {
    const strings = resources[code] as Record<string, string>;
    expect(strings, `locales/${code}.json is missing`).toBeDefined();
    expect(Object.keys(strings).sort()).toEqual(requiredKeysFor(locale.lang, siteConfig.postTypes).sort());
  });

  it('has a file for every written locale and no file for an unconfigured one', () => {
    const written = siteConfig.locales.filter((l) => l.derivedFrom === undefined).map((l) => l.code);
    expect(written.every((code) => code in files)).toBe(true);
    expect(Object.keys(files).filter((code) => !siteConfig.locales.some((l) => l.code === code))).toEqual([]);
  });

  it('loads into i18next and translates with interpolation, unescaped (Astro escapes on output)', () => {
    const instance = createI18n(siteConfig, resources);
    for (const locale of siteConfig.locales) {
      const t = translatorFor(instance, locale);
      for (const key of uiKeys) expect(t(key), `${locale.code}: ${key}`).not.toBe(key);
      expect(t('fallback.viewOriginal', { language: '<b>' })).toContain('<b>');
    }
  });

  it('remembers results per key and options, never giving one call\'s result to another', () => {
    const instance = createI18n(siteConfig, resources);
    for (const locale of siteConfig.locales) {
      const t = translatorFor(instance, locale);
      const direct = instance.getFixedT(locale.lang);
      // Twice each, in an order where a result remembered under too coarse a key would show.
      const calls: [Parameters<typeof t>[0], Record<string, unknown> | undefined][] = [
        ['tags.count', { count: 1 }], ['tags.count', { count: 5 }], ['tags.count', { count: '5' }], ['fallback.viewOriginal', { language: 'a' }], ['fallback.viewOriginal', { language: 'a\0x\0"b"' }],
        ['fallback.viewOriginal', { language: 'b' }], ['fallback.viewOriginal', { language: 'a', extra: new Date(0) }], ['nav.home', undefined],
      ];
      for (const [key, options] of [...calls, ...calls]) expect(t(key, options), `${locale.code}: ${key} ${JSON.stringify(options)}`).toBe(direct(key, options));
    }
  });

  it.each([
    ['a key alone', 'a', undefined, 'a'],
    ['strings and numbers told apart', 'a', { n: 5 }, 'a\0n\x005'],
    ['a string option', 'a', { n: '5' }, 'a\0n\0"5"'],
    ['text that looks like another option stays one value', 'a', { n: 'x\0m\0"y"' }, 'a\0n\0"x\\u0000m\\u0000\\"y\\""'],
    ['any other value: not remembered', 'a', { when: new Date(0) }, undefined],
  ])('callKey: %s', (_name, key, options, expected) => expect(callKey(key, options)).toBe(expected));

  it('uses each language\'s plural rules', () => {
    const instance = createI18n(siteConfig, resources);
    const counts = siteConfig.locales.map((locale) => [translatorFor(instance, locale)('tags.count', { count: 1 }), translatorFor(instance, locale)('tags.count', { count: 5 })]);
    for (const [one, many] of counts) {
      expect(one).toContain('1');
      expect(many).toContain('5');
    }
  });
});

describe('a derived locale\'s strings', () => {
  const derived = siteConfig.locales.find((l) => l.derivedFrom !== undefined);
  const parent = derived?.derivedFrom;

  it.runIf(derived && parent)('are the parent\'s converted, with a human-written file\'s strings taking precedence', () => {
    if (!derived || !parent) return;
    const own = { 'nav.home': 'OVERRIDE' };
    const result = deriveUIResources(siteConfig, { ...files, [derived.code]: own }, phrases)[derived.code] as Record<string, string>;
    const parentStrings = files[parent] as Record<string, string>;
    expect(result['nav.home']).toBe('OVERRIDE');
    expect(Object.keys(result).sort()).toEqual(Object.keys(parentStrings).sort());
    expect(result['post.readingTime']).toContain('{{count}}');
    expect(result['post.readingTime']).not.toBe(parentStrings['post.readingTime']);
  });

  it('leaves written locales as their files have them', () => {
    expect(deriveUIResources(siteConfig, files, phrases)[siteConfig.defaultLocale]).toBe(files[siteConfig.defaultLocale]);
  });

  it.each([...siteConfig.locales.map((l) => [l.code, l.convert !== undefined] as const), ['xx', false] as const])('have a converter by code: %s, %s', (code, converts) => {
    const convert = convertersOf(siteConfig, phrases)(code);
    expect(convert !== undefined).toBe(converts);
    if (convert) expect(convert('团结')).toBe('團結');
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
