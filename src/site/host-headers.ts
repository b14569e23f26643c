/**
 * Merges Content-Security-Policy values into one that allows what any of them allows,
 * directive by directive (sources are unioned), for a header that covers every page.
 * Each page keeps its own, stricter policy in its meta tag; a browser enforces both.
 * @example mergePolicies(["script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'"]) // "script-src 'self' 'sha256-a' 'sha256-b'"
 */
export function mergePolicies(policies: readonly string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The `_headers` file (Netlify and Cloudflare Pages format): the policy as a real header,
 * where `frame-ancestors` works, plus nosniff, a referrer policy, and a year's cache for
 * Astro's fingerprinted assets, whose names change whenever their content does.
 * @example hostHeaders("default-src 'self'").startsWith('/*\n') // true
 */
export function hostHeaders(policy: string): string {
  const csp = [policy, "frame-ancestors 'none'"].filter(Boolean).join('; ');
  return [
    '/*',
    `  Content-Security-Policy: ${csp}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
