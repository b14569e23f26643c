import type { SiteConfig } from '../config/schema.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import type { Change, LocaleSummary, TranslationState, TranslationStatus } from '../translation/index.ts';
import { list, placeholder } from './language.ts';
import { table, type Output, type Style } from './output.ts';

const STATE_STYLE: Record<TranslationState, Style> = {
  missing: 'red',
  draft: 'cyan',
  review: 'magenta',
  outdated: 'yellow',
  'up-to-date': 'green',
  derived: 'dim',
};

/**
 * Counts changes by kind, for a table cell or a sentence.
 * @example changeSummary([{ kind: 'changed', … }, { kind: 'added', … }], t) // '1 changed, 1 added' in English
 */
export function changeSummary(changes: readonly Change[], t: Translate): string {
  const kinds = ['changed', 'added', 'removed', 'moved'] as const;
  const counts = kinds
    .map((kind) => [kind, changes.filter((c) => c.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => t(`cli.changeCount.${kind}`, { count: n }));
  return list(t, counts);
}

/**
 * A state's name and a count of translations in it, e.g. for coverage.
 * @example stateCount(t, 'missing', 2) // 'Missing: 2' in English
 */
export function stateCount(t: Translate, state: TranslationState, count: number): string {
  return t('cli.stateCount', { state: t(`status.${state}`), count });
}

function workLeft(record: TranslationStatus, t: Translate): string {
  return record.workLeft.count === 0 ? '-' : t(`dashboard.${record.workLeft.unit}`, { count: record.workLeft.count });
}

/** The human-readable `tandem status`: one row per post and locale, coverage per locale, next steps. */
export function formatStatus(records: readonly TranslationStatus[], summaries: readonly LocaleSummary[], config: SiteConfig, out: Output, t: Translate): string {
  if (records.length === 0) return `${t('cli.status.none')}\n`;
  const rows = [
    [t('cli.status.colPost'), t('cli.status.colTo'), t('cli.status.colStatus'), t('cli.status.colWork'), t('cli.status.colRecorded'), t('cli.status.colChanges')],
    ...records.map((r) => [
      r.slug,
      r.locale,
      t(`status.${r.status}`),
      workLeft(r, t),
      'recordedAt' in r ? (r.recordedAt ?? '') : '',
      r.status === 'outdated' ? changeSummary(r.changes, t) : '',
    ]),
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
        .map(([state, n]) => out.style(STATE_STYLE[state as TranslationState], stateCount(t, state as TranslationState, n)))
        .join(' · ');
      return [`${s.locale} ${label}`, t('dashboard.upToDateSummary', { count: s.current, total: s.total, percent: s.upToDatePercent }), counts];
    });
  return [table(rows, paint), out.style('bold', t('dashboard.coverage')), table(coverage, undefined, '  '), nextSteps(records, t)].join('\n');
}

function nextSteps(records: readonly TranslationStatus[], t: Translate): string {
  const has = (state: TranslationState) => records.some((r) => r.status === state);
  const command = (name: string) => `npm run tandem -- ${name} ${placeholder(t, 'cli.placeholder.slug')} --to ${placeholder(t, 'cli.placeholder.locale')}`;
  const steps = [
    has('outdated') && t('cli.status.nextOutdated', { state: t('status.outdated'), command: command('diff') }),
    has('review') && t('cli.status.nextReview', { state: t('status.review'), command: command('done') }),
    has('missing') && t('cli.status.nextMissing', { state: t('status.missing'), command: command('new') }),
  ].filter((s): s is string => typeof s === 'string');
  return steps.length > 0 ? `${t('cli.status.nextSteps')}\n${steps.map((s) => `  ${s}`).join('\n')}\n` : '';
}
