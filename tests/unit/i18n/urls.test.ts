import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { languageLinks } from '../../../src/i18n/language-links.ts';
import { TandemError } from '../../../src/lib/errors.ts';
import { inWords } from '../helpers.ts';
import { getLocale, localeFromPath, localizedPath, type Route } from '../../../src/i18n/urls.ts';

const [first, second] = siteConfig.locales;
if (!first || !second) throw new Error('the site config needs two locales for these tests');

describe('localizedPath', () => {
  const cases: [Route, string][] = [
    [{ kind: 'home' }, `/${first.path}/`],
    [{ kind: 'home', page: 1 }, `/${first.path}/`],
    [{ kind: 'home', page: 3 }, `/${first.path}/3/`],
    [{ kind: 'post', slug: 'soas-vote' }, `/${first.path}/posts/soas-vote/`],
    [{ kind: 'tags' }, `/${first.path}/tags/`],
    [{ kind: 'tag', tag: 'students' }, `/${first.path}/tags/students/`],
    [{ kind: 'not-found' }, `/${first.path}/404/`],
  ];
  it.each(cases)('%j → %s', (route, expected) => {
    expect(localizedPath(first, route)).toBe(expected);
  });

  it('does not mutate its inputs', () => {
    const route = Object.freeze({ kind: 'post', slug: 'x' } as const);
    expect(localizedPath(Object.freeze({ ...second }), route)).toBe(`/${second.path}/posts/x/`);
  });
});

describe('localeFromPath', () => {
  it.each([
    [`/${second.path}/posts/x/`, second.code],
    [`/${first.path}/`, first.code],
    ['/', undefined],
    ['/unknown/posts/', undefined],
  ])('%s → %s', (pathname, code) => {
    expect(localeFromPath(siteConfig, pathname)?.code).toBe(code);
  });
});

describe('getLocale', () => {
  it('throws a typed error naming the configured locales', () => {
    const error = (() => { try { getLocale(siteConfig, 'xx'); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(TandemError);
    expect(inWords(error as TandemError)).toMatchObject({ message: 'Unknown locale "xx".', hint: expect.stringContaining(`Use one of: ${siteConfig.locales.map((l) => l.code).join(', ')}`) });
  });
});

describe('languageLinks', () => {
  it('links only to counterparts that exist and states why others are not linked', () => {
    const links = languageLinks(siteConfig, first.code, { kind: 'post', slug: 'x' }, (code) => (code === second.code ? 'draft' : 'published'));
    expect(links.map(({ locale, state, href }) => [locale.code, state, href])).toEqual([
      [first.code, 'current', `/${first.path}/posts/x/`],
      [second.code, 'draft', undefined],
    ]);
  });
  it('links every locale for pages that exist everywhere', () => {
    const links = languageLinks(siteConfig, second.code, { kind: 'tags' });
    expect(links.map((link) => link.href)).toEqual([`/${first.path}/tags/`, `/${second.path}/tags/`]);
  });
});
