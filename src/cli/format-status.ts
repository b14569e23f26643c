import type { SiteConfig } from '../config/schema.ts';
import type { Change, LocaleSummary, TranslationState, TranslationStatus } from '../translation/index.ts';
import { table, type Output, type Style } from './output.ts';

const STATE_STYLE: Record<TranslationState, Style> = {
  missing: 'red',
  draft: 'cyan',
  review: 'magenta',
  outdated: 'yellow',
  'up-to-date': 'green',
};

/**
 * Counts changes by kind, for a table cell.
 * @example changeSummary([{ kind: 'changed', … }, { kind: 'added', … }]) // '1 changed, 1 added'
 */
export function changeSummary(changes: readonly Change[]): string {
  const kinds = ['changed', 'added', 'removed', 'moved'] as const;
  return kinds
    .map((kind) => [kind, changes.filter((c) => c.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
}

function workLeft(record: TranslationStatus): string {
  return record.workLeft.count === 0 ? '-' : `${record.workLeft.count} ${record.workLeft.unit}`;
}

/** The human-readable `tandem status`: one row per post and locale, coverage per locale, next steps. */
export function formatStatus(records: readonly TranslationStatus[], summaries: readonly LocaleSummary[], config: SiteConfig, out: Output): string {
  if (records.length === 0) return 'No translations to track: every post is only in its source language and no other locale is configured.\n';
  const rows = [
    ['POST', 'TO', 'STATUS', 'WORK LEFT', 'RECORDED', 'CHANGES'],
    ...records.map((r) => [r.slug, r.locale, r.status, workLeft(r), 'recordedAt' in r ? (r.recordedAt ?? '') : '', r.status === 'outdated' ? changeSummary(r.changes) : '']),
  ];
  const paint = (text: string, row: number, column: number) => {
    if (row === 0) return out.style('bold', text);
    const status = records[row - 1]?.status;
    return column === 2 && status ? out.style(STATE_STYLE[status], text) : text;
  };
  const coverage = summaries
    .filter((s) => s.total > 0)
    .map((s) => {
      const label = config.locales.find((l) => l.code === s.locale)?.label ?? s.locale;
      const counts = Object.entries(s.counts)
        .filter(([state, n]) => n > 0 && state !== 'up-to-date')
        .map(([state, n]) => out.style(STATE_STYLE[state as TranslationState], `${n} ${state}`))
        .join(' · ');
      return [`${s.locale} ${label}`, `${s.counts['up-to-date']} of ${s.total} up to date`, `${s.upToDatePercent}%`, counts];
    });
  return [table(rows, paint), out.style('bold', 'Coverage'), table(coverage, undefined, '  '), nextSteps(records)].join('\n');
}

function nextSteps(records: readonly TranslationStatus[]): string {
  const has = (state: TranslationState) => records.some((r) => r.status === state);
  const steps = [
    has('outdated') && 'outdated: see what changed with `npm run tandem -- diff <slug> --to <locale>`, update the translation, then run `done`.',
    has('review') && 'review: compare the translation with the source, then record it with `npm run tandem -- done <slug> --to <locale>`.',
    has('missing') && 'missing: start one with `npm run tandem -- new <slug> --to <locale>`.',
  ].filter((s): s is string => typeof s === 'string');
  return steps.length > 0 ? `Next steps\n${steps.map((s) => `  ${s}`).join('\n')}\n` : '';
}
