import { getImage } from 'astro:assets';
import { loadImage } from './images.ts';

/** A lead image resized for social previews (og:image): 1200 pixels wide at most, as JPEG, which every preview reads. */
export async function leadImageMeta(file: string, alt: string): Promise<{ src: string; width: number; height: number; alt: string }> {
  const source = await loadImage(file);
  const width = Math.min(1200, source.width);
  const image = await getImage({ src: source, width, format: 'jpg' });
  return { src: image.src, width, height: Math.round((source.height * width) / source.width), alt };
}
