import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '../../../src/config/contrast.ts';
import { defineSiteConfig, type SiteConfigInput } from '../../../src/config/schema.ts';
import { siteConfig } from '../../../src/config/site.ts';
import { isReservedSegment, localizedPath } from '../../../src/i18n/urls.ts';
import { hostHeaders, mergePolicies } from '../../../src/site/host-headers.ts';
import { paintLogo, svgUrl, themeCss } from '../../../src/site/theme-css.ts';

const base = { defaultLocale: 'aa', locales: [{ code: 'aa', path: 'aa', lang: 'aa', label: 'AA', dateLocale: 'en' }], excerptLength: { words: 50, characters: 100 } } satisfies SiteConfigInput;
const identity = (extra: object) => ({ ...base, identity: { logo: 'src/assets/logo.svg', socialImage: 'src/assets/social.png', brandColour: '#00628f', brandColourDark: '#7cc8f0', ...extra } });

describe('contrast', () => {
  it.each([
    ['#ffffff', 1],
    ['#000000', 0],
    ['#808080', 0.2159],
  ])('relativeLuminance(%s) ≈ %d', (hex, expected) => expect(relativeLuminance(hex)).toBeCloseTo(expected, 3));

  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#000000', 21],
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
  ])('contrastRatio(%s, %s) ≈ %d', (a, b, expected) => expect(contrastRatio(a, b)).toBeCloseTo(expected, 2));
});

describe('identity config', () => {
  it('gives a site without identity the bundled logo and a readable blue', () => {
    expect(defineSiteConfig(base).identity).toMatchObject({ logo: 'src/assets/logo.svg', brandColour: expect.stringMatching(/^#/) });
  });

  it.each([
    ['a brand colour too light for white', identity({ brandColour: '#7cc8f0' }), /contrast 1\.\d+:1.*use a darker shade[\s\S]*identity\.brandColour\b/],
    ['a dark-mode colour too dark', identity({ brandColourDark: '#00628f' }), /lighter shade[\s\S]*identity\.brandColourDark/],
    ['a colour that is not #rrggbb', identity({ brandColour: 'blue' }), /#rrggbb/],
    ['a logo outside src/assets', identity({ logo: 'public/logo.svg' }), /src\/assets/],
    ['a menu link to an unknown post type', identity({ menu: [{ type: 'gossip' }] }), /"gossip" is not one of postTypes/],
    ['a social link that is not http(s)', identity({ footer: [{ name: 'X', href: 'javascript:alert(1)' }] }), /footer/],
  ])('rejects %s', (_name, input, message) => {
    expect(() => defineSiteConfig(input as SiteConfigInput)).toThrow(message);
  });

  it('writes the brand colours and the logo painted in them for light and dark mode', () => {
    const logo = '<svg viewBox="0 0 2 2"><circle fill="currentColor"/><path fill="#fff"/></svg>';
    const painted = (brand: string, background: string) => svgUrl(`<svg viewBox="0 0 2 2"><circle fill="${brand}"/><path fill="${background}"/></svg>`);
    expect(themeCss(defineSiteConfig(identity({})), logo)).toBe(
      `:root{--brand:#00628f;--logo:${painted('#00628f', '#ffffff')}}\n@media (prefers-color-scheme: dark){:root{--brand:#7cc8f0;--logo:${painted('#7cc8f0', '#15171a')}}}\n`,
    );
  });
});

describe('the logo as an image', () => {
  it.each([
    ['currentColor takes the brand colour', '<svg><circle fill="currentColor"/></svg>', '<svg><circle fill="#123456"/></svg>'],
    ['white fills and strokes, however written, take the background', '<svg><path fill="#FFF"/><path stroke="white"/><rect fill="#ffffff"/></svg>', '<svg><path fill="#000000"/><path stroke="#000000"/><rect fill="#000000"/></svg>'],
    ['other colours stay', '<svg><path fill="#ff0000"/><path fill="#fffffe"/></svg>', '<svg><path fill="#ff0000"/><path fill="#fffffe"/></svg>'],
  ])('%s', (_name, svg, expected) => expect(paintLogo(svg, '#123456', '#000000')).toBe(expected));

  it.each([
    ['an SVG without its namespace gains it', '<svg viewBox="0 0 1 1"/>', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>'],
    ['one with it keeps it once', ' <svg xmlns="http://www.w3.org/2000/svg"/>\n', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
  ])('is a base64 data URL: %s', (_name, svg, decoded) => {
    const url = svgUrl(svg);
    const base64 = /^url\("data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)"\)$/.exec(url)?.[1] ?? '';
    expect(Buffer.from(base64, 'base64').toString()).toBe(decoded);
  });
});

describe('URLs of the theme\'s pages', () => {
  const [locale] = siteConfig.locales;
  if (!locale) throw new Error('no locale');
  it.each([
    [{ kind: 'page', slug: 'about' }, `/${locale.path}/about/`],
    [{ kind: 'type', type: 'open-letter' }, `/${locale.path}/types/open-letter/`],
    [{ kind: 'type', type: 'event', page: 2 }, `/${locale.path}/types/event/2/`],
    [{ kind: 'feed' }, `/${locale.path}/rss.xml`],
  ] as const)('%o → %s', (route, expected) => expect(localizedPath(locale, route)).toBe(expected));

  it.each([['posts', true], ['search', true], ['12', true], ['about', false], ['2021-review', false]])('isReservedSegment(%s) is %s', (slug, expected) => expect(isReservedSegment(slug)).toBe(expected));
});

describe('host headers', () => {
  it('unions each directive\'s sources across pages, keeping first-seen order', () => {
    expect(mergePolicies(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self';script-src 'self' 'sha256-b'; style-src 'self'"])).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'");
    expect(mergePolicies([])).toBe('');
  });

  it('adds frame-ancestors, nosniff, a referrer policy and immutable caching of fingerprinted assets', () => {
    const file = hostHeaders("default-src 'self'");
    expect(file).toContain("/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n");
    expect(file).toContain('  X-Content-Type-Options: nosniff\n');
    expect(file).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  });
});
