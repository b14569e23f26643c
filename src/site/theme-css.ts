import type { SiteConfig } from '../config/schema.ts';

/** The site's one stylesheet (imported by the layouts), which the configured colours are appended to. */
export const SITE_STYLESHEET = '/src/styles/global.css';

/**
 * The configured brand colours as CSS custom properties, light and dark. A stylesheet
 * rather than an inline style, so the Content-Security-Policy needs no 'unsafe-inline'.
 * @example themeCss({ identity: { brandColour: '#00628f', brandColourDark: '#7cc8f0' } }) // ':root{--brand:#00628f}…'
 */
export function themeCss(config: Pick<SiteConfig, 'identity'>): string {
  const { brandColour, brandColourDark } = config.identity;
  return `:root{--brand:${brandColour}}\n@media (prefers-color-scheme: dark){:root{--brand:${brandColourDark}}}\n`;
}
