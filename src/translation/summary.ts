import type { SiteConfig } from '../config/schema.ts';
import { TRANSLATION_STATES, type TranslationState } from './states.ts';
import type { TranslationStatus } from './status.ts';

/** How far one locale's translations are: counts per state and the share up to date. */
export interface LocaleSummary {
  locale: string;
  /** Translations expected in this locale: posts written in another locale. */
  total: number;
  counts: Record<TranslationState, number>;
  /** Versions that need no work: up to date, or derived (as current as the version they are converted from). */
  current: number;
  /** `current` in whole percent of `total`, rounded down so 100 means truly everything. 100 when there is nothing to translate. */
  upToDatePercent: number;
}

/**
 * Coverage per configured locale, in config order.
 * @example summarize(records, config)[0] // { locale: code, total: 1, counts: { …, outdated: 1 }, upToDatePercent: 0 }
 */
export function summarize(records: readonly TranslationStatus[], config: SiteConfig): LocaleSummary[] {
  return config.locales.map((locale) => {
    const counts = Object.fromEntries(TRANSLATION_STATES.map((state) => [state, 0])) as Record<TranslationState, number>;
    let total = 0;
    for (const record of records) {
      if (record.locale !== locale.code) continue;
      counts[record.status]++;
      total++;
    }
    // A derived version is as current as its parent, whose own record counts the work.
    const current = counts['up-to-date'] + counts.derived;
    const upToDatePercent = total === 0 ? 100 : Math.floor((current / total) * 100);
    return { locale: locale.code, total, counts, current, upToDatePercent };
  });
}
