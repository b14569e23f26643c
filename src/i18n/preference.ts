import { matchLocale, type MatchableLocale } from './match-locale.ts';

/** localStorage key holding the reader's explicit language choice. */
export const PREFERENCE_KEY = 'tandem-locale';

// Links that pick a language: the switcher's, and others that name their locale (the root page's, a converted page's notice).
const CHOICE = '.language-switcher a, a[data-tandem-locale]';

/**
 * Remembers a language picked in the switcher, or with a link marked `data-tandem-locale`, so the
 * root page opens it next time: the locale's code, or for a switcher link (which carries no more
 * than its address, every page over) the first segment of its address, the locale's path.
 * Run in the browser from one cached script file (components/RememberLocale.astro), not inline:
 * no bytes or policy hash in every page.
 * @example rememberLocaleChoices(window) // a click on <a data-tandem-locale="zh"> stores 'zh'; on the switcher's <a href="/zh-hant/posts/x/">, 'zh-hant'
 */
export function rememberLocaleChoices(target: Pick<Window, 'addEventListener' | 'localStorage'>): void {
  target.addEventListener('click', (event) => {
    // The target may be the document itself, which has no closest().
    const link = (event.target as Partial<Pick<Element, 'closest'>> | null)?.closest?.(CHOICE) as HTMLAnchorElement | null | undefined;
    if (!link) return;
    const choice = link.dataset.tandemLocale ?? new URL(link.href).pathname.split('/')[1];
    if (!choice) return;
    try {
      target.localStorage.setItem(PREFERENCE_KEY, choice);
    } catch {
      // Storage refused (private mode, quota): the choice is simply not remembered.
    }
  });
}

/**
 * The root page's chooser: the remembered language (a locale's code or path, as
 * {@link rememberLocaleChoices} stores them), else the browser's best match, else the default.
 * The matcher is inlined from its tested source so both run the same logic.
 */
export function chooseLocaleScript(locales: readonly (MatchableLocale & { href: string })[], defaultCode: string): string {
  return `(function(){var matchLocale=${matchLocale.toString()};var locales=${JSON.stringify(locales)};var saved;try{saved=localStorage.getItem(${JSON.stringify(PREFERENCE_KEY)})}catch(e){}var hit=locales.find(function(l){return l.code===saved||l.href==='/'+saved+'/'});var code=hit?hit.code:matchLocale(navigator.languages||[navigator.language],locales);var target=locales.find(function(l){return l.code===(code||${JSON.stringify(defaultCode)})});document.documentElement.className+=' choosing';location.replace(target.href)})();`;
}
