import type { SiteConfig } from '../config/schema.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import type { Change } from '../translation/diff-blocks.ts';
import type { LocaleSummary } from '../translation/summary.ts';
import type { TranslationStatus } from '../translation/status.ts';
import { TRANSLATION_STATES, WORK_STATES, type TranslationState } from '../translation/states.ts';
import type { WorklistGroup } from '../translation/worklist.ts';
import { list, placeholder } from './language.ts';
import { table, type Output, type Style } from './output.ts';

/** The colour of each state, in tables and counts. */
export const STATE_STYLE: Record<TranslationState, Style> = {
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

/**
 * What is left to do, as the work column shows it: source text to translate, or for a
 * translation to review, its own length.
 * @example workCell(reviewRecord, t) // '420 characters to review' in English
 */
export function workCell(record: TranslationStatus, t: Translate): string {
  if (record.status === 'review' && record.size) return t('cli.worklist.toReview', { size: t(`dashboard.${record.size.unit}`, { count: record.size.count }) });
  return record.workLeft.count === 0 ? '-' : t(`dashboard.${record.workLeft.unit}`, { count: record.workLeft.count });
}

/**
 * A claim as the worklist shows it: someone is on it, or (once up to date) did it.
 * @example claimCell({ status: 'draft', translator: 'Mei' }, t) // 'in progress — Mei' in English
 */
export function claimCell(record: TranslationStatus, t: Translate): string {
  if (record.translator === undefined) return '';
  return t(record.status === 'up-to-date' ? 'cli.worklist.translatedBy' : 'cli.worklist.claimed', { name: record.translator });
}

/** What `formatStatus` needs besides the records. */
export interface StatusFormat {
  config: SiteConfig;
  out: Output;
  t: Translate;
  /** Whether only some states were asked for (an empty result then says so). */
  filtered: boolean;
}

function groupTable(group: WorklistGroup, { out, t }: StatusFormat): string {
  const { state, records, total } = group;
  const columns: [string, (r: TranslationStatus) => string][] = [
    [t('cli.status.colPost'), (r) => (r.kind === 'page' ? t('worklist.pageSlug', { slug: r.slug }) : r.slug)],
    [t('cli.status.colTo'), (r) => r.locale],
    [t('cli.status.colWork'), (r) => workCell(r, t)],
  ];
  if (records.some((r) => r.translator !== undefined)) columns.push([t('cli.worklist.colClaim'), (r) => claimCell(r, t)]);
  if (records.some((r) => 'recordedAt' in r && r.recordedAt)) columns.push([t('cli.status.colRecorded'), (r) => ('recordedAt' in r ? (r.recordedAt ?? '') : '')]);
  if (state === 'outdated') columns.push([t('cli.status.colChanges'), (r) => (r.status === 'outdated' ? changeSummary(r.changes, t) : '')]);
  const rows = [columns.map(([title]) => title), ...records.map((r) => columns.map(([, cell]) => cell(r)))];
  const heading = out.style(['bold', STATE_STYLE[state] as Extract<Style, string>], t(records.length < total ? 'cli.worklist.headingLimited' : 'cli.worklist.heading', { state: t(`status.${state}`), count: total, shown: records.length }));
  const more = records.length < total ? `  ${t('cli.worklist.more', { count: total - records.length })}\n` : '';
  return `${heading}\n${table(rows, (text, row) => (row === 0 ? out.style('dim', text) : text), '  ')}${more}`;
}

/** The human-readable `tandem status`: a table per state, coverage per locale, next steps. */
export function formatStatus(groups: readonly WorklistGroup[], summaries: readonly LocaleSummary[], format: StatusFormat): string {
  const { config, out, t } = format;
  if (summaries.every((s) => s.total === 0)) return `${t('cli.status.none')}\n`;
  const tables = groups.length > 0 ? groups.map((group) => groupTable(group, format)).join('\n') : `${t(format.filtered ? 'cli.worklist.none' : 'cli.worklist.allDone')}\n`;
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
  return [tables + unlisted(summaries, format), out.style('bold', t('dashboard.coverage')), table(coverage, undefined, '  '), nextSteps(groups, t)].join('\n');
}

// The translations with nothing left to do, counted by state, and how to list them; nothing when --state chose what to list.
function unlisted(summaries: readonly LocaleSummary[], { out, t, filtered }: StatusFormat): string {
  const done = TRANSLATION_STATES.filter((state) => !WORK_STATES.includes(state))
    .map((state) => [state, summaries.reduce((sum, s) => sum + s.counts[state], 0)] as const)
    .filter(([, count]) => count > 0);
  if (filtered || done.length === 0) return '';
  const counts = done.map(([state, count]) => out.style(STATE_STYLE[state], stateCount(t, state, count))).join(' · ');
  return `\n${t('cli.status.notListed', { counts, command: `npm run tandem -- status --state ${done.map(([state]) => state).join(',')}` })}\n`;
}

function nextSteps(groups: readonly WorklistGroup[], t: Translate): string {
  const has = (state: TranslationState) => groups.some((g) => g.state === state);
  const command = (name: string) => `npm run tandem -- ${name} ${placeholder(t, 'cli.placeholder.slug')} --to ${placeholder(t, 'cli.placeholder.locale')}`;
  const steps = [
    has('outdated') && t('cli.status.nextOutdated', { state: t('status.outdated'), command: command('diff') }),
    has('review') && t('cli.status.nextReview', { state: t('status.review'), command: command('done') }),
    has('review') && t('cli.worklist.nextReviewAll', { command: `npm run tandem -- done --all --state review --to ${placeholder(t, 'cli.placeholder.locale')}` }),
    (has('review') || has('outdated')) && t('cli.worklist.nextSideBySide', { path: `/${placeholder(t, 'cli.placeholder.locale')}/translations/compare/${placeholder(t, 'cli.placeholder.slug')}/` }),
    has('missing') && t('cli.status.nextMissing', { state: t('status.missing'), command: command('new') }),
  ].filter((s): s is string => typeof s === 'string');
  return steps.length > 0 ? `${t('cli.status.nextSteps')}\n${steps.map((s) => `  ${s}`).join('\n')}\n` : '';
}
