import { createHash } from 'node:crypto';

/**
 * What every page allows besides its scripts: its own origin only, images also as data: URLs
 * (the empty favicon), no plugins, frames or foreign form targets.
 */
const SITE_DIRECTIVES = ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-src 'none'"] as const;

/** What a page runs and styles inline, and any other script sources it needs. */
export interface PagePolicy {
  /** The page's inline `<script>` bodies, exactly as written into it. */
  scripts?: readonly string[] | undefined;
  /** The page's inline `<style>` bodies. */
  styles?: readonly string[] | undefined;
  /** Script sources beyond the site's own files (e.g. `'wasm-unsafe-eval'` for Pagefind). */
  scriptSources?: readonly string[] | undefined;
}

/**
 * The CSP source that allows exactly this inline script or style.
 * @example cspHash('1') // 'sha256-a4ayc/80/OGda4BO/1o/V0etpOqiLx1JwB5S3beHW0s='
 */
export function cspHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}

/**
 * A page's Content-Security-Policy: the site's directives, and scripts and styles from the site's
 * files plus the hashes of this page's own inline ones, no others (Astro's built-in policy lists
 * every hash the whole site has on every page). A page with nothing inline leaves script-src and
 * style-src to default-src, the same 'self', rather than spell it out in every page.
 * src/site/integration.ts unions the pages' policies into `_headers`.
 * @example contentPolicy({ scripts: ['1'] }) // "default-src 'self'; …; frame-src 'none'; script-src 'self' 'sha256-a4ay…='"
 * @example contentPolicy({}) // "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-src 'none'"
 */
export function contentPolicy({ scripts = [], styles = [], scriptSources = [] }: PagePolicy): string {
  const directive = (name: string, own: readonly string[], inline: readonly string[]) => {
    const sources = [...new Set([...own, ...inline.map((code) => `'${cspHash(code)}'`)])];
    return sources.length === 0 ? [] : [`${name} 'self' ${sources.join(' ')}`];
  };
  return [...SITE_DIRECTIVES, ...directive('script-src', scriptSources, scripts), ...directive('style-src', [], styles)].join('; ');
}
