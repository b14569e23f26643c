/**
 * WCAG 2 relative luminance of an sRGB colour written as #rrggbb.
 * @example relativeLuminance('#ffffff') // 1
 * @example relativeLuminance('#000000') // 0
 */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * WCAG 2 contrast ratio between two #rrggbb colours, from 1 to 21.
 * @example contrastRatio('#000000', '#ffffff') // 21
 * @example contrastRatio('#777777', '#ffffff') // ≈ 4.48, just short of the 4.5 body text needs
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Page backgrounds the brand colour is checked against (src/styles/tokens.css uses the same values). */
export const BACKGROUNDS = { light: '#ffffff', dark: '#15171a' } as const;

/** Contrast WCAG AA asks of body-size text, which links in the brand colour are. */
export const MIN_TEXT_CONTRAST = 4.5;
