import type { SiteConfig } from '../config/schema.ts';
import { BACKGROUNDS } from '../config/contrast.ts';

/** The site's one stylesheet (imported by the layouts), which the configured colours are appended to. */
export const SITE_STYLESHEET = '/src/styles/global.css';

// White as an SVG fill or stroke writes it: the parts of a logo that show the page through.
const WHITE = /(fill|stroke)="(?:#fff|#ffffff|white)"/gi;

/**
 * The logo (SVG markup) in one colour scheme, as an image: `currentColor` takes the brand
 * colour and white the page's background, as a logo drawn inline with the text colour would.
 * @example paintLogo('<svg><circle fill="currentColor"/><path fill="#fff"/></svg>', '#00628f', '#15171a') // '<svg><circle fill="#00628f"/><path fill="#15171a"/></svg>'
 */
export function paintLogo(svg: string, brand: string, background: string): string {
  return svg.replace(/currentColor/gi, brand).replace(WHITE, `$1="${background}"`);
}

/**
 * An SVG as a CSS `url()`: a data URL, allowed by the pages' img-src, with no request of its own.
 * An image, unlike inline markup, must name the SVG namespace: it is added where missing.
 * @example svgUrl('<svg/>') // 'url("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=")'
 */
export function svgUrl(svg: string): string {
  const named = svg.trim().replace(/<svg\b(?![^>]*\sxmlns=)/, '<svg xmlns="http://www.w3.org/2000/svg"');
  return `url("data:image/svg+xml;base64,${Buffer.from(named).toString('base64')}")`;
}

/**
 * The configured brand colours as CSS custom properties, light and dark, and the logo painted
 * in each as `--logo`, which the masthead and footer show beside the campaign's name. In the
 * stylesheet every page shares, not in each page: the logo costs no page any bytes, and the
 * Content-Security-Policy needs no 'unsafe-inline'.
 * @example themeCss({ identity: { brandColour: '#00628f', brandColourDark: '#7cc8f0' } }, logo) // ':root{--brand:#00628f;--logo:url("data:image/svg+xml;base64,…")}…'
 */
export function themeCss(config: Pick<SiteConfig, 'identity'>, logo: string): string {
  const { brandColour, brandColourDark } = config.identity;
  const scheme = (brand: string, background: string) => `:root{--brand:${brand};--logo:${svgUrl(paintLogo(logo, brand, background))}}`;
  return `${scheme(brandColour, BACKGROUNDS.light)}\n@media (prefers-color-scheme: dark){${scheme(brandColourDark, BACKGROUNDS.dark)}}\n`;
}
