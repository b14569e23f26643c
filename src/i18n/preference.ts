import { matchLocale, type MatchableLocale } from './match-locale.ts';

/** localStorage key holding the reader's explicit language choice. */
export const PREFERENCE_KEY = 'tandem-locale';

/**
 * Remembers a language picked in the switcher (any link marked `data-tandem-locale`),
 * so the root page opens it next time. Inline and tiny: pages need no script file.
 */
export const rememberLocaleScript = `addEventListener('click',function(e){var a=e.target.closest&&e.target.closest('a[data-tandem-locale]');if(a)try{localStorage.setItem(${JSON.stringify(PREFERENCE_KEY)},a.dataset.tandemLocale)}catch(x){}})`;

/**
 * The root page's chooser: the remembered language, else the browser's best match, else
 * the default. The matcher is inlined from its tested source so both run the same logic.
 */
export function chooseLocaleScript(locales: readonly (MatchableLocale & { href: string })[], defaultCode: string): string {
  return `(function(){var matchLocale=${matchLocale.toString()};var locales=${JSON.stringify(locales)};var saved;try{saved=localStorage.getItem(${JSON.stringify(PREFERENCE_KEY)})}catch(e){}var code=locales.some(function(l){return l.code===saved})?saved:matchLocale(navigator.languages||[navigator.language],locales);var target=locales.find(function(l){return l.code===(code||${JSON.stringify(defaultCode)})});document.documentElement.className+=' choosing';location.replace(target.href)})();`;
}
