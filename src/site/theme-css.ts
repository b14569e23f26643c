import type { SiteConfig } from '../config/schema.ts';

/** The module id BaseLayout imports to get the configured colours into the site's one stylesheet. */
export const THEME_CSS_ID = 'virtual:tandem/theme.css';

/**
 * The configured brand colours as CSS custom properties, light and dark. A stylesheet
 * rather than an inline style, so the Content-Security-Policy needs no 'unsafe-inline'.
 * @example themeCss({ identity: { brandColour: '#00628f', brandColourDark: '#7cc8f0' } }) // ':root{--brand:#00628f}…'
 */
export function themeCss(config: Pick<SiteConfig, 'identity'>): string {
  const { brandColour, brandColourDark } = config.identity;
  return `:root{--brand:${brandColour}}\n@media (prefers-color-scheme: dark){:root{--brand:${brandColourDark}}}\n`;
}
