/** The function the search page defines for its script to import Pagefind through. */
export const PAGEFIND_LOADER = 'tandemPagefind';

/**
 * Imports Pagefind from the bundle the page names (`data-bundle`, this language's index).
 * An inline script on the search page, allowed by its hash: the search script then has no
 * `import()` of its own, around which the bundler would add a 2 KB preload helper that an
 * import from a URL has no use for.
 */
export const pagefindLoaderScript = `window.${PAGEFIND_LOADER}=function(){return import(document.querySelector('[data-search]').dataset.bundle+'pagefind.js')};`;
