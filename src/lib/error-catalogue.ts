/**
 * Every error and content problem Tandem reports, by code, with the names of the
 * parameters its text uses. The words live in `locales/<code>.json` under
 * `error.<code>.title`, `error.<code>.message` and `error.<code>.hint` (i18next
 * `{{name}}` placeholders), so every message is shown in the reader's language.
 *
 * Adding an error is one entry here plus its three strings in each locale file;
 * the UI strings test fails until every locale has them. Then report it:
 *
 * - a content problem: `problems.push(problem('my-code', { name }, { file, line, field }))`
 *   (src/content/problems.ts), or
 * - a typed error: `throw new TandemError('my-code', { name }, { file })`
 *   (src/lib/errors.ts), or a subclass when callers need to catch it by type.
 *
 * Parameters are data, never words: names, numbers, file paths, and lists
 * (arrays, joined in the reader's language). A `suggestion` parameter, allowed on
 * every code, is shown as "Did you mean …?" before the hint.
 */
export const errorCatalogue = {
  // Files and folders
  'posts-folder-missing': ['folder'],
  'file-missing': [],
  'file-unreadable': ['reason'],
  'file-is-folder': [],
  'file-permission': ['file'],
  'symlink-refused': ['target'],
  'folder-hidden': ['name'],
  'file-outside-post': [],
  'post-yaml-missing': ['file'],
  'language-file-extension': ['name', 'expected'],
  'language-file-case': ['name', 'expected'],
  'language-file-unknown': ['name', 'files'],
  'source-file-missing': ['source', 'files', 'file'],
  'post-no-files': ['source', 'file'],
  'source-draft': [],
  'slug-invalid': ['slug'],
  'slug-duplicate': ['slug', 'other'],
  'too-deep': ['limit'],
  // Encodings
  'encoding-utf16': [],
  'encoding-invalid': [],
  'encoding-invalid-line': ['line'],
  // YAML and frontmatter
  'frontmatter-missing': [],
  'frontmatter-unclosed': [],
  'yaml-malformed': ['detail'],
  'yaml-tab-indent': [],
  'yaml-colon-in-value': [],
  'yaml-not-closed': [],
  'yaml-duplicate-key': [],
  'yaml-alias-limit': ['limit'],
  'yaml-unknown-tag': ['tag'],
  'yaml-too-deep': [],
  'yaml-not-mapping': [],
  'field-unknown': ['field', 'allowed'],
  'field-missing': ['field'],
  'field-not-text': ['field'],
  'field-not-boolean': ['field'],
  'field-not-list': ['field'],
  'field-not-mapping': ['field'],
  'field-empty': ['field'],
  'field-invalid': ['field'],
  'date-format': ['field', 'value'],
  'date-not-real': ['field', 'value'],
  'date-too-early': ['field', 'value'],
  'date-too-late': ['field', 'value'],
  'datetime-format': ['field', 'value'],
  'datetime-not-real': ['field', 'value'],
  'time-zone-unknown': ['field', 'value'],
  'time-nonexistent': ['field', 'value', 'zone', 'earlier', 'later'],
  'time-ambiguous': ['field', 'value', 'zone', 'earlier', 'later'],
  'event-end-before-start': ['field'],
  'update-before-post': ['field', 'value', 'published'],
  'tag-slug-format': ['field', 'value'],
  'locale-not-configured': ['locale', 'codes'],
  'tag-unknown': ['tag'],
  'tag-label-missing': ['tag', 'locale'],
  'body-empty': [],
  // Theme: post types, lead images, static pages, site identity
  'post-type-unknown': ['type', 'types'],
  'image-format': ['field', 'value'],
  'image-not-in-folder': ['name', 'folder'],
  'image-alt-missing': [],
  'page-yaml-missing': ['file'],
  'page-slug-reserved': ['slug'],
  'page-source-missing': ['source', 'file'],
  'file-outside-page': [],
  'page-link-missing': ['slug', 'fields', 'folder'],
  'logo-missing': ['file'],
  'social-image-missing': ['file'],
  'lead-image-unloadable': ['file'],
  // Bodies: links, raw HTML, nesting
  'link-broken': ['link'],
  'fragment-broken': ['link', 'fragment', 'page'],
  'image-missing': ['image'],
  'image-remote': ['image'],
  'address-scheme-refused': ['link', 'scheme'],
  'control-character': ['character'],
  'link-label-undefined': ['link', 'label'],
  'text-lost-element': ['element'],
  'text-lost-comment': [],
  'html-unclosed': ['element'],
  'text-lost': [],
  'footnote-unused': ['label'],
  'id-duplicate': ['id'],
  'table-cells-dropped': ['cells', 'columns'],
  'html-removed': ['element'],
  'nesting-too-deep': ['depth', 'limit'],
  'render-failed': ['detail'],
  // Base records
  'base-not-json': ['command'],
  'base-shape': ['path', 'command'],
  'base-date': ['path', 'value', 'command'],
  'base-unreadable': ['reason', 'command'],
  // Aliases: old addresses in post.yaml and page.yaml
  'alias-format': ['field', 'value'],
  'alias-home': ['field', 'value'],
  'alias-one-locale': ['field', 'value'],
  'alias-duplicate': ['path', 'other'],
  'alias-own-address': ['path'],
  // WordPress import (nothing is written when one of these stops it)
  'import-unreadable': ['file', 'message'],
  'import-not-xml': ['file', 'line'],
  'import-not-wxr': ['file', 'line'],
  'import-truncated': ['file', 'line'],
  'import-malformed': ['file', 'line', 'message'],
  'import-encoding-declared': ['file', 'encoding'],
  'import-encoding-bytes': ['file', 'line', 'offset'],
  'import-unmapped-language': ['file', 'language', 'locales'],
  'import-pairs-file': ['file', 'found', 'locales'],
  'import-types-option': ['value', 'types'],
  'import-media-folder': ['file'],
  'import-archive': ['file', 'kind'],
  // Typed errors of the library
  'content-invalid': ['count'],
  'translation-exists': ['command'],
  'translation-missing': ['command'],
  'source-locale': ['slug', 'locale', 'targets'],
  'unknown-post': ['slug'],
  'unknown-locale': ['code', 'codes'],
  'invalid-date': ['value'],
  'no-source': ['slug', 'locale'],
  'render-lang': ['lang'],
  'render-excerpt-units': ['value'],
  'render-workers': ['value', 'max'],
  'rendered-body-missing': ['folder'],
  'write-permission': ['folder'],
  'write-no-space': ['folder'],
  'write-failed': ['folder', 'reason'],
  'ui-strings': ['detail'],
  // Git history (tandem baseline --from-git)
  'git-unavailable': ['detail'],
  'git-not-repository': ['dir'],
  'git-shallow': [],
  'git-failed': ['detail'],
  'site-config': ['detail'],
  'phrase-list': ['detail'],
  'search-index': ['detail'],
  'page-key': ['detail'],
} as const satisfies Record<string, readonly string[]>;

/** The code of an error or content problem, such as `field-unknown`. */
export type ErrorCode = keyof typeof errorCatalogue;

/** A parameter value: text, a number, or a list shown joined in the reader's language. */
export type ParamValue = string | number | readonly string[];

/** Parameters of any code, as errors and problems store them. */
export type AnyErrorParams = Readonly<Record<string, ParamValue | undefined>>;

/** The parameters code `C`'s text uses, by name, plus an optional "did you mean" suggestion. */
export type ErrorParams<C extends ErrorCode> = { readonly [K in (typeof errorCatalogue)[C][number]]: ParamValue } & { readonly suggestion?: string | undefined };

/** The three texts of every code. */
export const ERROR_TEXT_PARTS = ['title', 'message', 'hint'] as const;

/** A UI string key of the catalogue, such as `error.field-unknown.hint`. */
export type ErrorKey = `error.${ErrorCode}.${(typeof ERROR_TEXT_PARTS)[number]}`;

/**
 * Every catalogue key the locale files must hold.
 * @example errorKeys().includes('error.field-unknown.hint') // true
 */
export function errorKeys(): ErrorKey[] {
  return (Object.keys(errorCatalogue) as ErrorCode[]).flatMap((code) => ERROR_TEXT_PARTS.map((part) => `error.${code}.${part}` as const));
}

/**
 * Whether text names a code of the catalogue, for messages (zod refinements) that carry codes.
 * @example isErrorCode('date-not-real') // true
 * @example isErrorCode('is empty') // false
 */
export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(errorCatalogue, value);
}
