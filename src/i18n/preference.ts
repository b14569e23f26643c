import { matchLocale, type MatchableLocale } from './match-locale.ts';

/** localStorage key holding the reader's explicit language choice. */
export const PREFERENCE_KEY = 'tandem-locale';

/**
 * Remembers a language picked in the switcher (any link marked `data-tandem-locale`), so the
 * root page opens it next time. Run in the browser from one cached script file
 * (components/RememberLocale.astro), not inline: no bytes or policy hash in every page.
 * @example rememberLocaleChoices(window) // a click on <a data-tandem-locale="zh"> stores 'zh'
 */
export function rememberLocaleChoices(target: Pick<Window, 'addEventListener' | 'localStorage'>): void {
  target.addEventListener('click', (event) => {
    // The target may be the document itself, which has no closest().
    const link = (event.target as Partial<Pick<Element, 'closest'>> | null)?.closest?.('a[data-tandem-locale]') as HTMLElement | null | undefined;
    const code = link?.dataset.tandemLocale;
    if (code === undefined) return;
    try {
      target.localStorage.setItem(PREFERENCE_KEY, code);
    } catch {
      // Storage refused (private mode, quota): the choice is simply not remembered.
    }
  });
}

/**
 * The root page's chooser: the remembered language, else the browser's best match, else
 * the default. The matcher is inlined from its tested source so both run the same logic.
 */
export function chooseLocaleScript(locales: readonly (MatchableLocale & { href: string })[], defaultCode: string): string {
  return `(function(){var matchLocale=${matchLocale.toString()};var locales=${JSON.stringify(locales)};var saved;try{saved=localStorage.getItem(${JSON.stringify(PREFERENCE_KEY)})}catch(e){}var code=locales.some(function(l){return l.code===saved})?saved:matchLocale(navigator.languages||[navigator.language],locales);var target=locales.find(function(l){return l.code===(code||${JSON.stringify(defaultCode)})});document.documentElement.className+=' choosing';location.replace(target.href)})();`;
}
