import { describe, expect, it } from 'vitest';
import { contentPolicy, cspHash } from '../../../src/site/content-policy.ts';

const directive = (policy: string, name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `));

describe('a page\'s Content-Security-Policy', () => {
  it('hashes exactly the inline code it is given', () => {
    expect(cspHash('1')).toBe('sha256-a4ayc/80/OGda4BO/1o/V0etpOqiLx1JwB5S3beHW0s=');
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  // undefined: no directive of its own, so default-src 'self' governs it (files from the site only).
  it.each([
    ['no inline code', {}, undefined, undefined],
    ['one inline script', { scripts: ['1'] }, `script-src 'self' '${cspHash('1')}'`, undefined],
    ['the same script twice', { scripts: ['1', '1'] }, `script-src 'self' '${cspHash('1')}'`, undefined],
    ['an inline style and a script source', { styles: ['a{}'], scriptSources: ["'wasm-unsafe-eval'"] }, "script-src 'self' 'wasm-unsafe-eval'", `style-src 'self' '${cspHash('a{}')}'`],
  ])('%s', (_name, page, script, style) => {
    const policy = contentPolicy(page);
    expect(directive(policy, 'default-src')).toBe("default-src 'self'");
    expect(directive(policy, 'script-src')).toBe(script);
    expect(directive(policy, 'style-src')).toBe(style);
  });

  it('keeps the site\'s own directives, and never allows inline code wholesale', () => {
    const policy = contentPolicy({ scripts: ['1'] });
    for (const part of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-src 'none'", "img-src 'self' data:"]) expect(policy).toContain(part);
    expect(policy).not.toContain('unsafe-inline');
  });
});
