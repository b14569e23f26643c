// Its own module so that `tandem --help` and option checks load no more than this list.
/**
 * The states of a translation, in the order a translator deals with them.
 * - `missing`: there is no `<locale>.md`; readers get the source under a notice. Start with `tandem new`.
 * - `draft`: `<locale>.md` has `draft: true`: started, not shown to readers yet.
 * - `review`: published, but no base record says which source it matches (translated
 *   before Tandem tracked it, base file deleted, or the post's source language changed).
 *   Nothing is known to be wrong; someone should compare it with the source and run `tandem done`.
 * - `outdated`: published, and the source changed in meaning (a field or a body block)
 *   since the translation was last brought up to date. `tandem diff` shows what.
 * - `up-to-date`: published, and the source means the same as when it was last recorded
 *   (formatting-only edits to the source do not count).
 * - `derived`: no `<locale>.md`, and the locale is derived from another (Traditional from
 *   Simplified Chinese): readers get that locale's version, converted. Nothing to do here;
 *   it is as current as the record of the locale it is derived from. Writing `<locale>.md`
 *   makes it an ordinary translation.
 */
export const TRANSLATION_STATES = ['missing', 'draft', 'review', 'outdated', 'up-to-date', 'derived'] as const;

/** One of {@link TRANSLATION_STATES}. */
export type TranslationState = (typeof TRANSLATION_STATES)[number];

/**
 * The states that leave someone work to do: what a summary lists row by row, while the
 * others (nothing to do) are counted only.
 */
export const WORK_STATES: readonly TranslationState[] = TRANSLATION_STATES.filter((state) => state !== 'up-to-date' && state !== 'derived');
