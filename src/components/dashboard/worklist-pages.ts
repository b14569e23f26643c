import type { PaginateFunction } from 'astro';
import { siteConfig } from '../../config/site.ts';
import { getPages, getPosts } from '../../site/collections.ts';
import { summarize, TRANSLATION_STATES, type LocaleSummary, type TranslationState, type TranslationStatus } from '../../translation/index.ts';

/**
 * Rows per dashboard page. One row is about 0.6–0.9 KB of HTML, so a page stays well
 * under 500 KB however many posts a site has; small sites fit on the first page.
 */
export const WORKLIST_PAGE_SIZE = 500;

/** One dashboard row: a translation's status and its post's date (none for a static page). */
export interface WorklistRowData {
  record: TranslationStatus;
  date?: Date | undefined;
}

/** What every dashboard page receives besides its rows. */
export type WorklistPageProps = {
  /** The state listed, or undefined for every translation. */
  state: TranslationState | undefined;
  /** Translations per state, over every page. */
  counts: Record<TranslationState, number>;
  total: number;
  /** Coverage per locale that has translations. */
  summaries: LocaleSummary[];
};

/**
 * The dashboard's pages in every locale: every translation (`state` undefined), then
 * one list per state, each paginated, newest post first, then static pages by slug
 * (as `tandem status` lists them).
 */
export async function worklistPaths(paginate: PaginateFunction, byState: boolean) {
  const [posts, pages] = await Promise.all([getPosts(), getPages()]);
  const rows: WorklistRowData[] = [
    ...posts.flatMap((post) => post.translations.map((record) => ({ record, date: post.date }))),
    ...[...pages.values()].toSorted((a, b) => a.slug.localeCompare(b.slug)).flatMap((page) => page.translations.map((record) => ({ record }))),
  ];
  const counts = Object.fromEntries(TRANSLATION_STATES.map((state) => [state, rows.filter((row) => row.record.status === state).length])) as Record<TranslationState, number>;
  const summaries = summarize(rows.map((row) => row.record), siteConfig).filter((summary) => summary.total > 0);
  const lists: (TranslationState | undefined)[] = byState ? [...TRANSLATION_STATES] : [undefined];
  return siteConfig.locales.flatMap((locale) =>
    lists.flatMap((state) => {
      const props: WorklistPageProps = { state, counts, total: rows.length, summaries };
      const listed = state ? rows.filter((row) => row.record.status === state) : rows;
      return paginate(listed, { params: { locale: locale.path, ...(state && { state }) }, pageSize: WORKLIST_PAGE_SIZE, props });
    }),
  );
}
