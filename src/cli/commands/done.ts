import { readContent, readOnePost, type ContentReport } from '../../content/read-content.ts';
import { computeStatuses, translatables } from '../../translation/compute.ts';
import { markDone } from '../../translation/workflow.ts';
import { tandemCommand } from '../../translation/base-file.ts';
import { TranslationMissingError } from '../../translation/errors.ts';
import type { Translatable, TranslationState } from '../../translation/status.ts';
import type { CommandContext } from '../commands.ts';
import { changeSummary } from '../format-status.ts';
import { placeholder } from '../language.ts';
import { findPosts, targetOption } from '../lookup.ts';
import { dateOption, localeOption, requireTo, statesOption } from '../options.ts';
import { labelled, report } from '../report.ts';
import { table } from '../output.ts';
import { UsageError } from '../usage-error.ts';

// `done` on a missing translation has nothing to record.
const RECORDABLE: readonly TranslationState[] = ['draft', 'review', 'outdated', 'up-to-date'];

interface Job {
  post: Translatable;
  locale: string;
  state?: TranslationState;
}

/** The translations `--all --state <states>` names: every one in those states (into `--to`, if given). */
async function selectAll(context: CommandContext, contentRead: Awaited<ReturnType<typeof readContent>>): Promise<Job[]> {
  const { root, config, values, t } = context;
  const states = statesOption(values.state, '--state', t);
  if (!states) throw new UsageError(t('cli.doneMany.needsState'), t('cli.usage.forExample', { command: `npm run tandem -- done --all --state review --to ${placeholder(t, 'cli.placeholder.locale')}` }));
  const refused = [...states].filter((s) => !RECORDABLE.includes(s));
  if (refused.length > 0) throw new UsageError(t('cli.doneMany.notRecordable', { states: refused.join(',') }), t('cli.states.hint', { states: RECORDABLE.join(',') }));
  const only = typeof values.to === 'string' ? localeOption(context, values.to).code : undefined;
  const items = translatables(contentRead.content);
  const byKey = new Map(items.map((item) => [`${item.kind ?? 'post'}:${item.slug}`, item]));
  const records = await computeStatuses({ root, config, content: contentRead.content });
  return records.flatMap((r) => (states.has(r.status) && (!only || r.locale === only) ? [{ post: byKey.get(`${r.kind ?? 'post'}:${r.slug}`) as Translatable, locale: r.locale, state: r.status }] : []));
}

/**
 * The content `done <slug>...` needs: each named post's own folder (a few files
 * whatever the size of the site), or all content when a slug is not a post folder
 * (a page, a grouped post, a typo to suggest a slug for).
 */
async function readNamed(context: CommandContext, slugs: readonly string[]): Promise<ContentReport> {
  const { root, config } = context;
  const reports = await Promise.all(slugs.map((slug) => readOnePost({ root, config }, slug)));
  if (reports.some((report) => report === undefined)) return readContent({ root, config });
  const read = reports as ContentReport[];
  return {
    content: { posts: read.flatMap((r) => r.content.posts), pages: [], tags: read[0]?.content.tags ?? {} },
    problems: read.flatMap((r) => r.problems),
    rejected: read.flatMap((r) => r.rejected),
  };
}

async function confirm(context: CommandContext, jobs: readonly Job[]): Promise<boolean> {
  const { values, io, t } = context;
  const rows = jobs.map((job) => [job.post.slug, job.locale, job.state ? t(`status.${job.state}`) : '']);
  io.err.write(`${t('cli.doneMany.willRecord', { count: jobs.length })}\n${table(rows, undefined, '  ')}`);
  if (values.yes === true) return true;
  if (!io.ask) throw new UsageError(t('cli.doneMany.notInteractive', { count: jobs.length }), t('cli.doneMany.notInteractiveHint'));
  const answer = (await io.ask(`${t('cli.doneMany.ask', { count: jobs.length })} `)).trim().toLowerCase();
  return t('cli.doneMany.yesAnswers').split('|').includes(answer);
}

/**
 * `tandem done <slug>... --to <locale>` or `tandem done --all --state <states>`: record
 * that translations match the current source. Content is read once for all of them, and
 * every slug is checked before anything is written.
 */
export async function run(context: CommandContext): Promise<number> {
  const { root, config, args, values, io, t } = context;
  const { out } = io;
  const date = dateOption(context);
  let jobs: Job[];
  if (values.all === true) {
    if (args.length > 0) throw new UsageError(t('cli.doneMany.allAndSlugs'), t('cli.doneMany.allAndSlugsHint'));
    jobs = await selectAll(context, await readContent({ root, config }));
    if (jobs.length === 0) return (out.write(`${t('cli.doneMany.nothing')}\n`), 0);
    if (!(await confirm(context, jobs))) return (io.err.write(`${t('cli.doneMany.cancelled')}\n`), 1);
  } else {
    if (args.length === 0) throw new UsageError(t('cli.usage.missingArg', { command: 'done', arg: placeholder(t, 'cli.placeholder.slug'), description: t('cli.arg.slug') }), t('cli.doneMany.slugOrAll'));
    const code = requireTo(context, 'done');
    const slugs = [...new Set(args)];
    jobs = findPosts(await readNamed(context, slugs), slugs, t).map((post) => ({ post, locale: targetOption(context, post, code).code }));
    const missing = jobs.filter((job) => !job.post.versions[job.locale]);
    // Every slug without a translation is reported, and nothing is recorded.
    for (const job of missing) report(new TranslationMissingError(`${job.post.dir}/${job.locale}.md`, tandemCommand('new', job.post.slug, job.locale)), io.err, t);
    if (missing.length > 0) return 1;
  }
  for (const { post, locale } of jobs) {
    const { baseFile, acknowledged, draft } = await markDone(root, post, locale, date);
    const detail = acknowledged === undefined ? '' : acknowledged.length === 0 ? t('cli.done.noChanges') : t('cli.done.covered', { summary: changeSummary(acknowledged, t) });
    const recorded = out.style('green', t('cli.done.recorded'));
    out.write(`${t('cli.done.message', { recorded, locale, post: post.slug, source: post.sourceLocale, date, detail })}\n  → ${baseFile}\n`);
    if (draft) out.write(`${labelled(t, out, 'cli.label.note', t('cli.done.stillDraft', { file: `${post.dir}/${locale}.md` }))}\n`);
  }
  if (jobs.length > 1) out.write(`${t('cli.doneMany.summary', { count: jobs.length })}\n`);
  return 0;
}
