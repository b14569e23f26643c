import type { SiteConfig } from '../config/schema.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import { getLocale, localizedPath, translationAnchor } from '../i18n/urls.ts';
import type { LocaleSummary } from '../translation/summary.ts';
import type { TranslationStatus } from '../translation/status.ts';
import type { WorklistGroup } from '../translation/worklist.ts';
import { claimCell, stateCount, workCell } from './format-status.ts';

/** What the Markdown worklist needs besides the records. */
export interface MarkdownFormat {
  config: SiteConfig;
  t: Translate;
  /** The locale the table is written in; links go to its dashboard. */
  language: string;
  /** The site's public address, so links work in a pull request or CI summary; root-relative links without it. */
  site?: string | undefined;
  /** Whether the states were asked for (--state): else only those with work left are listed. */
  filtered: boolean;
}

/**
 * Escapes text for a Markdown table cell: pipes end cells, newlines end rows, and
 * brackets, asterisks, underscores, backticks and angle brackets would format or link.
 * @example markdownCell('A | B *now*') // 'A \\| B \\*now\\*'
 */
export function markdownCell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\|[\]*_`<>#]/g, (c) => `\\${c}`);
}

function link(text: string, href: string): string {
  return `[${markdownCell(text)}](${href.replace(/[()\s]/g, encodeURIComponent)})`;
}

// GitHub refuses a job summary over 1 MiB ("upload aborted"): the table stops short of it, with what was left out counted.
const MAX_BYTES = 1_000_000;

/**
 * The worklist as a compact Markdown table for a pull-request comment or a CI job
 * summary: a line of counts, then one row per translation (grouped by state), each
 * linking to its dashboard entry and, once there is a translation, its side-by-side review.
 * Rows stop before the text would pass `maxBytes` (UTF-8); the rest are counted per state.
 */
export function formatMarkdown(groups: readonly WorklistGroup[], summaries: readonly LocaleSummary[], { config, t, language, site, filtered }: MarkdownFormat, maxBytes = MAX_BYTES): string {
  const ui = getLocale(config, language);
  const base = site?.replace(/\/+$/, '') ?? '';
  const dashboard = `${base}${localizedPath(ui, { kind: 'dashboard' })}`;
  const counts = summaries
    .filter((s) => s.total > 0)
    .map((s) => {
      const states = Object.entries(s.counts).filter(([, n]) => n > 0).map(([state, n]) => stateCount(t, state as TranslationStatus['status'], n));
      return `**${markdownCell(getLocale(config, s.locale).label)}** — ${t('dashboard.upToDateSummary', { count: s.current, total: s.total, percent: s.upToDatePercent })} · ${states.join(' · ')}`;
    });
  const lines = [`### ${link(t('dashboard.title'), dashboard)}`, '', ...counts.map((c) => `- ${c}`), ''];
  if (groups.length === 0) return `${[...lines, t(filtered ? 'cli.worklist.none' : 'cli.worklist.allDone')].join('\n')}\n`;
  lines.push(`| ${[t('dashboard.colPost'), t('dashboard.colLocale'), t('dashboard.colState'), t('dashboard.colWork'), t('dashboard.colLinks')].join(' | ')} |`, '| --- | --- | --- | --- | --- |');
  const more = (count: number, state: TranslationStatus['status']) => `| ${markdownCell(t('cli.worklist.moreIn', { count, state: t(`status.${state}`) }))} | | | | |`;
  // Room kept for a "… and N more" line per state, the longest such line can be.
  const footer = groups.length * Buffer.byteLength(more(Number.MAX_SAFE_INTEGER, 'up-to-date'));
  let bytes = Buffer.byteLength(lines.join('\n')) + footer;
  let full = bytes > maxBytes;
  for (const group of groups) {
    let shown = 0;
    for (const record of full ? [] : group.records) {
      const target = getLocale(config, record.locale);
      const state = [t(`status.${record.status}`), claimCell(record, t)].filter(Boolean).join(' — ');
      const review = record.status === 'missing' || record.status === 'derived' || record.kind === 'page' ? '' : link(t('review.open'), `${base}${localizedPath(target, { kind: 'review', slug: record.slug })}`);
      const title = link(record.title.source, `${dashboard}#${translationAnchor(record)}`);
      const row = `| ${title} | ${markdownCell(target.label)} | ${markdownCell(state)} | ${markdownCell(workCell(record, t))} | ${review} |`;
      bytes += Buffer.byteLength(row) + 1;
      if ((full = bytes > maxBytes)) break;
      lines.push(row);
      shown++;
    }
    if (shown < group.total) lines.push(more(group.total - shown, group.state));
  }
  return `${lines.join('\n')}\n`;
}
