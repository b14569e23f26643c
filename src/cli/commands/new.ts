import { createTranslation, loadPost, tandemCommand, targetLocale } from '../../translation/index.ts';
import type { CommandContext } from '../commands.ts';
import { dateOption, requireTo } from '../options.ts';

/** `tandem new <slug> --to <locale>`: scaffold a draft translation and record its source. */
export async function run(context: CommandContext): Promise<number> {
  const { root, config, args, io } = context;
  const [slug = ''] = args;
  const code = requireTo(context, 'new');
  const date = dateOption(context);
  const post = await loadPost(root, config, slug);
  const locale = targetLocale(config, post, code);
  const { file, baseFile } = await createTranslation(root, post, locale.code, date);
  io.out.write(
    [
      `${io.out.style('green', 'Created')} ${file} (draft), carrying the ${post.sourceLocale} text to translate in place.`,
      `Recorded the source it starts from in ${baseFile}.`,
      '',
      'Next: translate the title, summary, notes and text; remove `draft: true` to publish; then run',
      `  ${tandemCommand('done', post.slug, locale.code)}`,
      '',
    ].join('\n'),
  );
  return 0;
}
