import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { logoReference, logoSvg } from '../../../src/site/assets.ts';

describe('the logo, drawn once per page', () => {
  const logo = logoSvg(siteConfig);
  const reference = logoReference(siteConfig);
  const attribute = (svg: string, name: string) => new RegExp(`^<svg\\b[^>]*\\s${name}="([^"]*)"`).exec(svg)?.[1];

  it('is inline, classed for the theme, hidden from assistive technology, with an id and no namespace declaration', () => {
    expect(logo).toMatch(/^<svg\b/);
    expect(attribute(logo, 'class')).toBe('logo');
    expect(attribute(logo, 'aria-hidden')).toBe('true');
    expect(attribute(logo, 'id')).toBeTruthy();
    expect(logo).not.toContain('xmlns=');
  });

  it('is referred to, not copied, the second time, at the same size', () => {
    expect(reference).toBe(`<svg class="logo" viewBox="${attribute(logo, 'viewBox')}" width="${attribute(logo, 'width')}" height="${attribute(logo, 'height')}" aria-hidden="true"><use href="#${attribute(logo, 'id')}"/></svg>`);
  });
});
