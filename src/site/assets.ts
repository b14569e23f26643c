import type { ImageMetadata } from 'astro';
import type { SiteConfig } from '../config/schema.ts';
import { TandemError } from '../lib/errors.ts';

// Every SVG under src/assets/, as text, so the configured logo is inlined: no request, and it can follow the text colour.
const svgs = import.meta.glob<string>('/src/assets/**/*.svg', { eager: true, query: '?raw', import: 'default' });

/** The logo's file and the id it has on a page: its own, or one given to it for the footer's copy to refer to. */
function logoSource(config: SiteConfig): { svg: string; id: string } {
  const svg = svgs[`/${config.identity.logo}`]?.trim();
  if (svg === undefined) {
    throw new TandemError('logo-missing', { file: config.identity.logo }, { file: 'src/config/site.ts', field: 'identity.logo' });
  }
  return { svg, id: /<svg\b[^>]*?\sid="([^"]+)"/.exec(svg)?.[1] ?? 'site-logo' };
}

/**
 * The configured logo's SVG markup, classed `logo` and hidden from assistive technology (the site
 * name sits beside it). Inline in HTML an `<svg>` is SVG without naming its namespace, so that is left out.
 */
export function logoSvg(config: SiteConfig): string {
  const { svg, id } = logoSource(config);
  return svg
    .replace(/(<svg\b[^>]*?)\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"/, '$1')
    .replace(/<svg\b(?![^>]*aria-hidden)/, '<svg aria-hidden="true"')
    .replace(/<svg\b(?![^>]*\sid=)/, `<svg id="${id}"`)
    .replace(/<svg\b/, '<svg class="logo"');
}

/**
 * The logo a second time on a page that shows {@link logoSvg} (the footer's, below the header's):
 * a `<use>` of that one, at its size, rather than every page carrying the drawing twice.
 * @example logoReference(config) // '<svg class="logo" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true"><use href="#site-logo"/></svg>'
 */
export function logoReference(config: SiteConfig): string {
  const { svg, id } = logoSource(config);
  const opening = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const size = ['viewBox', 'width', 'height'].flatMap((name) => new RegExp(`\\s${name}="[^"]*"`).exec(opening)?.[0] ?? []).join('');
  return `<svg class="logo"${size} aria-hidden="true"><use href="#${id}"/></svg>`;
}

const rasters = import.meta.glob<ImageMetadata>('/src/assets/**/*.{png,jpg,jpeg}', { eager: true, import: 'default' });

/** The configured default social preview image (og:image for pages without a lead image). */
export function socialImage(config: SiteConfig): ImageMetadata {
  const image = rasters[`/${config.identity.socialImage}`];
  if (!image) {
    throw new TandemError('social-image-missing', { file: config.identity.socialImage }, { file: 'src/config/site.ts', field: 'identity.socialImage' });
  }
  return image;
}
