/** The function the search page defines for its script to import Pagefind through. */
export const PAGEFIND_LOADER = 'tandemPagefind';

/**
 * Imports a module from a URL (Pagefind's runtime, from this language's bundle). An inline
 * script on the search page, allowed by its hash: the search script then has no `import()`
 * of its own, around which the bundler would add a 2 KB preload helper that an import from
 * a URL has no use for.
 */
export const pagefindLoaderScript = `window.${PAGEFIND_LOADER}=function(u){return import(u)};`;
