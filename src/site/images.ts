import type { ImageMetadata } from 'astro';
import { TandemError } from '../lib/errors.ts';

// Lead images sit in their post's folder; Vite loads only the ones a page asks for.
const files = import.meta.glob<ImageMetadata>('/content/**/*.{jpg,jpeg,png,webp,avif,gif,tif,tiff,JPG,JPEG,PNG,WEBP}', { import: 'default' });

/**
 * The image file of a post's `image:` (a path relative to the project root, as content reading stores it),
 * for Astro's image service to resize and convert at build time.
 */
export async function loadImage(file: string): Promise<ImageMetadata> {
  const load = files[`/${file}`];
  if (!load) throw new TandemError('lead-image-unloadable', { file }, { file });
  return load();
}
