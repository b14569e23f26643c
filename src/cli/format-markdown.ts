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

/**
 * The worklist as a compact Markdown table for a pull-request comment or a CI job
 * summary: a line of counts, then one row per translation (grouped by state), each
 * linking to its dashboard entry and, once there is a translation, its side-by-side review.
 */
export function formatMarkdown(groups: readonly WorklistGroup[], summaries: readonly LocaleSummary[], { config, t, language, site }: MarkdownFormat): string {
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
  if (groups.length === 0) return `${[...lines, t('cli.worklist.none')].join('\n')}\n`;
  lines.push(`| ${[t('dashboard.colPost'), t('dashboard.colLocale'), t('dashboard.colState'), t('dashboard.colWork'), t('dashboard.colLinks')].join(' | ')} |`, '| --- | --- | --- | --- | --- |');
  for (const group of groups) {
    for (const record of group.records) {
      const target = getLocale(config, record.locale);
      const state = [t(`status.${record.status}`), claimCell(record, t)].filter(Boolean).join(' — ');
      const review = record.status === 'missing' || record.status === 'derived' || record.kind === 'page' ? '' : link(t('review.open'), `${base}${localizedPath(target, { kind: 'review', slug: record.slug })}`);
      const title = link(record.title.source, `${dashboard}#${translationAnchor(record)}`);
      lines.push(`| ${title} | ${markdownCell(target.label)} | ${markdownCell(state)} | ${markdownCell(workCell(record, t))} | ${review} |`);
    }
    if (group.records.length < group.total) {
      lines.push(`| ${markdownCell(t('cli.worklist.moreIn', { count: group.total - group.records.length, state: t(`status.${group.state}`) }))} | | | | |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
