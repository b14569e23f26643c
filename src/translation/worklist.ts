import { TRANSLATION_STATES, type TranslationState } from './states.ts';
import type { TranslationStatus } from './status.ts';

/** How `tandem status` and the dashboard can order a worklist. */
export const WORKLIST_SORTS = ['date', 'work', 'title'] as const;
export type WorklistSort = (typeof WORKLIST_SORTS)[number];

/** Which translations to list, in which order, and how many per state. */
export interface WorklistOptions {
  /** Only these states; all when absent or empty. */
  states?: readonly TranslationState[];
  /** `date`: newest post first (the order records come in); `work`: most effort first; `title`: by source title. */
  sort?: WorklistSort;
  /** At most this many records per state. */
  limit?: number;
  /** Collation for `title`, e.g. the reader's language. */
  lang?: string;
}

/** One state's part of a worklist. */
export interface WorklistGroup {
  state: TranslationState;
  /** Records in this state before the limit. */
  total: number;
  records: TranslationStatus[];
}

/**
 * The effort a translation asks for, to put the biggest jobs first: source text left
 * to translate, or for a translation to review, its own length (what has to be read).
 * @example effortOf({ status: 'review', workLeft: { count: 0 }, size: { count: 420 } }) // 420
 */
export function effortOf(record: Pick<TranslationStatus, 'workLeft' | 'size'>): number {
  return record.workLeft.count || (record.size?.count ?? 0);
}

/**
 * Filters and orders status records (as computeStatuses returns them, newest post
 * first), without grouping.
 * @example selectRecords(records, { states: ['review'], sort: 'work' }) // reviews, longest first
 */
export function selectRecords(records: readonly TranslationStatus[], options: WorklistOptions = {}): TranslationStatus[] {
  const wanted = options.states && options.states.length > 0 ? new Set(options.states) : undefined;
  const kept = wanted ? records.filter((r) => wanted.has(r.status)) : [...records];
  if (options.sort === 'work') return kept.sort((a, b) => effortOf(b) - effortOf(a));
  if (options.sort === 'title') {
    const collator = new Intl.Collator(options.lang, { numeric: true });
    return kept.sort((a, b) => collator.compare(a.title.source, b.title.source) || a.locale.localeCompare(b.locale));
  }
  return kept;
}

/**
 * A worklist: records grouped by state in the order a translator deals with them
 * (see TRANSLATION_STATES), each group sorted and cut to `limit`. Empty groups are left out.
 * @example worklist(records, { states: ['missing', 'review'], limit: 10 }).map((g) => g.state) // ['missing', 'review']
 */
export function worklist(records: readonly TranslationStatus[], options: WorklistOptions = {}): WorklistGroup[] {
  const selected = Map.groupBy(selectRecords(records, options), (record) => record.status);
  return TRANSLATION_STATES.flatMap((state) => {
    const all = selected.get(state) ?? [];
    if (all.length === 0) return [];
    return [{ state, total: all.length, records: options.limit === undefined ? all : all.slice(0, options.limit) }];
  });
}
