import { loadPost, markDone, targetLocale } from '../../translation/index.ts';
import type { CommandContext } from '../commands.ts';
import { changeSummary } from '../format-status.ts';
import { dateOption, requireTo } from '../options.ts';

/** `tandem done <slug> --to <locale>`: record that the translation matches the current source. */
export async function run(context: CommandContext): Promise<number> {
  const { root, config, args, io } = context;
  const [slug = ''] = args;
  const code = requireTo(context, 'done');
  const date = dateOption(context);
  const post = await loadPost(root, config, slug);
  const locale = targetLocale(config, post, code);
  const { baseFile, acknowledged, draft } = await markDone(root, post, locale.code, date);
  const what = acknowledged === undefined ? '' : acknowledged.length === 0 ? ' (no source changes since the last record)' : ` (source changes now covered: ${changeSummary(acknowledged)})`;
  io.out.write(`${io.out.style('green', 'Recorded')} the ${locale.code} translation of ${post.slug} as matching the ${post.sourceLocale} source on ${date}${what}.\n  → ${baseFile}\n`);
  if (draft) io.out.write(`${io.out.style('yellow', 'Note:')} ${post.dir}/${locale.code}.md is still a draft; remove \`draft: true\` to publish it.\n`);
  return 0;
}
