/** What `lang` and `dir` attributes need: a locale's language tag and direction. */
export interface TextLocale {
  lang: string;
  dir: string;
}

/**
 * The `lang` and `dir` attributes for text in `text`'s language inside a page in `page`'s: each only
 * where it differs from what the element inherits, since the page's `<html>` already declares both.
 * @example textLanguage(zh, zh) // {}
 * @example textLanguage(en, zh) // { lang: 'en-GB' }
 */
export function textLanguage(text: TextLocale, page: TextLocale): { lang?: string; dir?: string } {
  return { ...(text.lang !== page.lang && { lang: text.lang }), ...(text.dir !== page.dir && { dir: text.dir }) };
}
