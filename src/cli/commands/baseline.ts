import { readContent } from '../../content/index.ts';
import { baselinesFromGit, writeBase } from '../../translation/index.ts';
import type { CommandContext } from '../commands.ts';
import { changeSummary } from '../format-status.ts';
import { localeOption } from '../options.ts';
import { table } from '../output.ts';
import { UsageError } from '../usage-error.ts';

/** `tandem baseline --from-git`: base records for translations that have none, from git history. */
export async function run(context: CommandContext): Promise<number> {
  const { root, config, values, io, t } = context;
  const { out } = io;
  if (values['from-git'] !== true) throw new UsageError(t('cli.baseline.needsSource'), t('cli.usage.forExample', { command: 'npm run tandem -- baseline --from-git' }));
  const only = typeof values.to === 'string' ? [localeOption(context, values.to).code] : undefined;
  const dryRun = values['dry-run'] === true;
  const { content } = await readContent({ root, config });
  // A shallow clone or a folder outside git is reported from the error catalogue, in the reader's language.
  const entries = await baselinesFromGit({ root, config, content, locales: only });
  if (entries.length === 0) return (out.write(`${t('cli.baseline.nothing')}\n`), 0);
  const posts = new Map(content.posts.map((post) => [post.slug, post]));
  const rows: string[][] = [];
  for (const entry of entries) {
    const what = `${entry.slug} → ${entry.locale}`;
    if (entry.outcome === 'skipped') {
      rows.push([out.style('yellow', t('cli.baseline.skipped')), what, t(`cli.baseline.reason.${entry.reason}`)]);
      continue;
    }
    const post = posts.get(entry.slug);
    if (!dryRun && post) await writeBase(root, post, entry.locale, entry.record);
    const state = entry.status.status === 'outdated' ? `${t('status.outdated')} (${changeSummary(entry.status.changes, t)})` : t(`status.${entry.status.status}`);
    const dates = t('cli.baseline.asOf', { translation: `${entry.translationCommit.hash.slice(0, 7)} ${entry.translationCommit.date}`, source: `${entry.sourceCommit.hash.slice(0, 7)} ${entry.sourceCommit.date}` });
    rows.push([out.style('green', t(dryRun ? 'cli.baseline.wouldRecord' : 'cli.baseline.recorded')), what, `${dates} → ${state}`]);
  }
  out.write(table(rows));
  const recorded = entries.filter((e) => e.outcome === 'recorded');
  const outdated = recorded.filter((e) => e.outcome === 'recorded' && e.status.status === 'outdated').length;
  const summary = t(dryRun ? 'cli.baseline.summaryDryRun' : 'cli.baseline.summary', { count: recorded.length, outdated, skipped: entries.length - recorded.length });
  out.write(`\n${summary}\n`);
  return 0;
}
