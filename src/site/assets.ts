import type { ImageMetadata } from 'astro';
import type { SiteConfig } from '../config/schema.ts';
import { TandemError } from '../lib/errors.ts';

const rasters = import.meta.glob<ImageMetadata>('/src/assets/**/*.{png,jpg,jpeg}', { eager: true, import: 'default' });

/** The configured default social preview image (og:image for pages without a lead image). */
export function socialImage(config: SiteConfig): ImageMetadata {
  const image = rasters[`/${config.identity.socialImage}`];
  if (!image) {
    throw new TandemError('social-image-missing', { file: config.identity.socialImage }, { file: 'src/config/site.ts', field: 'identity.socialImage' });
  }
  return image;
}
