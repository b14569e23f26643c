import { markDone } from '../../translation/index.ts';
import type { CommandContext } from '../commands.ts';
import { changeSummary } from '../format-status.ts';
import { findPost, targetOption } from '../lookup.ts';
import { dateOption, requireTo } from '../options.ts';
import { labelled } from '../report.ts';

/** `tandem done <slug> --to <locale>`: record that the translation matches the current source. */
export async function run(context: CommandContext): Promise<number> {
  const { root, args, io, t } = context;
  const { out } = io;
  const [slug = ''] = args;
  const code = requireTo(context, 'done');
  const date = dateOption(context);
  const post = await findPost(context, slug);
  const locale = targetOption(context, post, code);
  const { baseFile, acknowledged, draft } = await markDone(root, post, locale.code, date);
  const detail = acknowledged === undefined ? '' : acknowledged.length === 0 ? t('cli.done.noChanges') : t('cli.done.covered', { summary: changeSummary(acknowledged, t) });
  const recorded = out.style('green', t('cli.done.recorded'));
  out.write(`${t('cli.done.message', { recorded, locale: locale.code, post: post.slug, source: post.sourceLocale, date, detail })}\n  → ${baseFile}\n`);
  if (draft) out.write(`${labelled(t, out, 'cli.label.note', t('cli.done.stillDraft', { file: `${post.dir}/${locale.code}.md` }))}\n`);
  return 0;
}
