import { readContent } from '../../content/read-content.ts';
import { summarize } from '../../translation/summary.ts';
import { selectRecords, worklist, WORKLIST_SORTS, type WorklistSort } from '../../translation/worklist.ts';
import { WORK_STATES } from '../../translation/states.ts';
import { PostCache, postCacheFile } from '../../translation/post-cache.ts';
import { statusParallelism } from '../../translation/status-parallelism.ts';
import { recordsJson } from '../../translation/records-json.ts';
import { DEFAULT_FAIL_ON, type CommandContext } from '../commands.ts';
import { formatStatus, stateCount } from '../format-status.ts';
import { formatMarkdown } from '../format-markdown.ts';
import { list } from '../language.ts';
import { choiceOption, limitOption, localeOption, statesOption } from '../options.ts';
import { labelled } from '../report.ts';
import type { Output } from '../output.ts';

const FORMATS = ['text', 'markdown', 'json'] as const;

// The JSON array, a line of its own, written piece by piece.
function writePieces(out: Output, pieces: Iterable<string>): void {
  for (const piece of pieces) out.write(piece);
  out.write('\n');
}

/** `tandem status`: the worklist (a table per state, Markdown or JSON), and with --check, an exit code. */
export async function run(context: CommandContext): Promise<number> {
  const { root, config, values, io, t, language } = context;
  const check = values.check === true || values['fail-on'] !== undefined;
  const failOn = statesOption(values['fail-on'], '--fail-on', t) ?? new Set(DEFAULT_FAIL_ON);
  const states = statesOption(values.state, '--state', t);
  const sort = choiceOption<WorklistSort>(values.sort, '--sort', WORKLIST_SORTS, t) ?? 'date';
  const format = values.json === true ? 'json' : (choiceOption(values.format, '--format', FORMATS, t) ?? 'text');
  const limit = limitOption(values.limit, t);
  const only = typeof values.to === 'string' ? localeOption(context, values.to).code : undefined;
  // Records of posts whose files did not change since an earlier run: only the others are read, parsed and counted.
  const known = new PostCache(postCacheFile(root), root, config, statusParallelism(process.env.TANDEM_WORKERS));
  const report = await readContent({ root, config, known });
  // Nothing read and nothing wrong: every record is known, and the code that computes them (the Markdown parser with it) is not even loaded.
  const settled = report.problems.length === 0 && report.content.posts.length === 0 && report.content.pages.length === 0;
  if (settled && format === 'json' && !check && !states && sort === 'date' && limit === undefined && !only) {
    // Every record, in order: printed as kept.
    writePieces(io.out, known.printedAll(report));
    await known.save();
    return 0;
  }
  const all = settled ? known.recordsOfAll(report) : await (await import('../../translation/compute.ts')).computeStatuses({ root, config, known, report });
  const records = all.filter((r) => !only || r.locale === only);
  // The worklist (as text or as a Markdown summary) lists the translations with work left, as git status leaves out
  // unchanged files: on a large site the others are most of the rows (20,000 at 10,000 posts). They are in its counts.
  const listed = states ? [...states] : format === 'json' ? undefined : [...WORK_STATES];
  const groups = worklist(records, { states: listed, sort, limit, lang: language });
  if (format === 'json') {
    // The JSON is a documented API, the same in every language: one array, which the worklist options filter, order and limit.
    const kept = new Set(groups.flatMap((group) => group.records));
    writePieces(io.out, recordsJson(selectRecords(records, { sort, lang: language }).filter((r) => kept.has(r))));
  } else if (format === 'markdown') {
    const site = typeof values.site === 'string' ? values.site : process.env.SITE_URL;
    io.out.write(formatMarkdown(groups, summarize(records, config).filter((s) => !only || s.locale === only), { config, t, language, site, filtered: states !== undefined }));
  } else {
    io.out.write(formatStatus(groups, summarize(records, config).filter((s) => !only || s.locale === only), { config, out: io.out, t, filtered: states !== undefined }));
  }
  // Kept for the next run once this one's answer is out: serialising 10,000 posts' records takes a few tenths of a second.
  await known.save();
  if (!check) return 0;
  const failing = records.filter((r) => failOn.has(r.status));
  if (failing.length === 0) return 0;
  const counts = list(t, [...failOn].map((state) => stateCount(t, state, failing.filter((r) => r.status === state).length)));
  io.err.write(`${labelled(t, io.err, 'cli.label.checkFailed', t('cli.check.failed', { count: failing.length, counts }))}\n`);
  return 1;
}
