import type { SiteConfig } from '../config/schema.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import type { UIKey } from '../i18n/ui-schema.ts';
import type { ImportNote, ImportResult, PairRule } from '../import/index.ts';
import { table, type Output } from './output.ts';

const RULES: readonly PairRule[] = ['polylang', 'wpml', 'body-link', 'pairs-file', 'single'];
const BAR = 24;

/**
 * The progress line shown on a terminal while a long export is read and converted.
 * @example progressLine(t, 'convert', 50, 100) // '[############------------] Converting… 50/100 items'
 */
export function progressLine(t: Translate, phase: 'read' | 'convert', done: number, total?: number): string {
  // With a total, a bar that fills; without one (the first pass), a marker that moves.
  const filled = total ? Math.min(BAR, Math.round((done / total) * BAR)) : Math.floor(done / 50) % BAR;
  const bar = total ? `${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}` : `${'-'.repeat(filled)}#${'-'.repeat(BAR - 1 - filled)}`;
  const count = total ? `${done}/${total}` : String(done);
  return `[${bar}] ${t(phase === 'read' ? 'import.progress.read' : 'import.progress.convert', { count })}`;
}

const noteReason = (t: Translate, note: ImportNote) => t(`import.note.${note.reason}` as UIKey);

/** `--dry-run`: every item that would be written, where, in which languages, paired by what. */
export function formatPlan(result: ImportResult, config: SiteConfig, t: Translate): string {
  const rows = [[t('import.plan.colFolder'), t('import.plan.colLocales'), t('import.plan.colRule'), t('import.plan.colTitle')]];
  for (const item of result.items) {
    const locales = config.locales.map((l) => l.code).filter((code) => item.members.has(code));
    const source = item.members.get(item.source);
    rows.push([`${item.dir}${item.existing ? ' *' : ''}`, locales.map((code) => (code === item.source ? `${code}*` : code)).join(' '), t(`import.rule.${item.rule}`), source?.title ?? '']);
  }
  return `${t('import.plan.heading')}\n${table(rows, undefined, '  ')}${t('import.plan.legend')}\n\n`;
}

/** The summary printed after an import (or a dry run). */
export function formatSummary(result: ImportResult, t: Translate, out: Output, reportFile: string | undefined): string {
  const posts = result.items.filter((i) => i.kind === 'post').length;
  const pages = result.items.length - posts;
  const translations = result.items.reduce((n, i) => n + Math.max(0, i.members.size - 1), 0);
  const lines = [
    out.style('bold', t(reportFile ? 'import.summary.done' : 'import.summary.dryRun')),
    t('import.summary.items', { total: result.total, posts, pages, translations }),
    t('import.summary.rules', { list: RULES.map((rule) => `${t(`import.rule.${rule}`)} ${result.rules[rule]}`).join(t('cli.listSeparator')) }),
  ];
  if (reportFile) lines.push(t('import.summary.status', { upToDate: result.status.upToDate, review: result.status.review }));
  const skipped = Map.groupBy(result.skipped, (s) => s.reason);
  if (skipped.size > 0) lines.push(t('import.summary.skipped', { list: [...skipped].map(([reason, items]) => `${t(`import.skip.${reason}`)} ${items.length}`).join(t('cli.listSeparator')) }));
  lines.push(t('import.summary.media', { copied: result.media.copied, missing: result.media.missing }), t('import.summary.tags', { count: result.tagsAdded.length }));
  if (reportFile) lines.push(t('import.summary.files', { written: result.commit.written.length, same: result.commit.same.length, differs: result.commit.differs.length }));
  if (result.notes.length > 0) lines.push(out.style('yellow', t('import.summary.notes', { count: result.notes.length })));
  if (reportFile) lines.push(t('import.summary.report', { file: reportFile }), t('import.summary.next'));
  return `${lines.join('\n')}\n`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** `import-report.md`: every item left out and every construct not converted, with WordPress id, title and reason. */
export function formatReport(result: ImportResult, t: Translate): string {
  const lines = [`# ${t('import.report.title')}`, '', t('import.report.intro'), ''];
  const section = (heading: string, header: string[], rows: string[][]) => {
    lines.push(`## ${heading} (${rows.length})`, '');
    if (rows.length === 0) return void lines.push(t('import.report.none'), '');
    lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`), '');
  };
  const idHeader = [t('import.report.colId'), t('import.report.colTitle')];
  section(t('import.report.notes'), [...idHeader, t('import.report.colWhat'), t('import.report.colWhy')], result.notes.map((n) => [n.id > 0 ? String(n.id) : '', n.title, `\`${n.construct}\``, noteReason(t, n)]));
  section(t('import.report.skipped'), [...idHeader, t('import.report.colType'), t('import.report.colWhy')], result.skipped.map((s) => [String(s.id), s.title, s.type, t(`import.skip.${s.reason}`)]));
  section(t('import.report.items'), [t('import.plan.colFolder'), t('import.plan.colRule'), t('import.report.colIds')], result.items.map((i) => [i.dir, t(`import.rule.${i.rule}`), [...i.members].map(([locale, c]) => `${locale}: ${c.id > 0 ? c.id : '–'}`).join(', ')]));
  return `${lines.join('\n').trimEnd()}\n`;
}
