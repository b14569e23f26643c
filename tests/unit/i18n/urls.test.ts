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
    [{ kind: 'search' }, `/${first.path}/search/`],
    [{ kind: 'search', query: '团结 & co' }, `/${first.path}/search/?q=%E5%9B%A2%E7%BB%93%20%26%20co`],
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
    expect(links.map(({ locale, state, href }) => [locale.code, state, href])).toEqual(
      siteConfig.locales.map((l) =>
        l === first ? [first.code, 'current', `/${first.path}/posts/x/`] : l === second ? [second.code, 'draft', undefined] : [l.code, 'published', `/${l.path}/posts/x/`],
      ),
    );
  });
  it('gives a missing or draft version the route\'s own page in that locale as its fallback, where every locale has one', () => {
    const availability = (code: string) => (code === second.code ? 'missing' : 'draft');
    const withFallbacks = languageLinks(siteConfig, first.code, { kind: 'post', slug: 'x' }, availability, { fallbacks: true });
    expect(withFallbacks.map(({ locale, href, fallback }) => [locale.code, href, fallback])).toEqual(
      siteConfig.locales.map((l) => (l === first ? [first.code, `/${first.path}/posts/x/`, undefined] : [l.code, undefined, `/${l.path}/posts/x/`])),
    );
    const without = languageLinks(siteConfig, first.code, { kind: 'post', slug: 'x' }, availability);
    expect(without.map((link) => link.fallback)).toEqual(siteConfig.locales.map(() => undefined));
  });
  it('links every locale for pages that exist everywhere', () => {
    const links = languageLinks(siteConfig, second.code, { kind: 'tags' });
    expect(links.map((link) => link.href)).toEqual(siteConfig.locales.map((l) => `/${l.path}/tags/`));
  });
});
