import type { APIRoute } from 'astro';
import { getRedirects } from '../site/aliased-items.ts';
import { netlifyRedirects, nginxMap } from '../site/redirects.ts';

// `_redirects` cannot be a file name here (Astro skips pages starting with "_"), so both files come from one route.
const FILES = { _redirects: netlifyRedirects, 'nginx-redirects.conf': nginxMap };

export function getStaticPaths() {
  return Object.keys(FILES).map((redirects) => ({ params: { redirects } }));
}

export const GET: APIRoute = async ({ params }) => {
  const write = FILES[params.redirects as keyof typeof FILES];
  return new Response(write(await getRedirects()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
