import type { ImageMetadata } from 'astro';
import type { SiteConfig } from '../config/schema.ts';
import { TandemError } from '../lib/errors.ts';

// Every SVG under src/assets/, as text, so the configured logo is inlined: no request, and it can follow the text colour.
const svgs = import.meta.glob<string>('/src/assets/**/*.svg', { eager: true, query: '?raw', import: 'default' });

/** The configured logo's SVG markup, hidden from assistive technology (the site name sits beside it). */
export function logoSvg(config: SiteConfig): string {
  const svg = svgs[`/${config.identity.logo}`];
  if (svg === undefined) {
    throw new TandemError('logo-missing', { file: config.identity.logo }, { file: 'src/config/site.ts', field: 'identity.logo' });
  }
  return svg.replace(/<svg\b(?![^>]*aria-hidden)/, '<svg aria-hidden="true" focusable="false"');
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
