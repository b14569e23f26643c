import { createTranslation } from '../../translation/workflow.ts';
import { tandemCommand } from '../../translation/base-file.ts';
import type { CommandContext } from '../commands.ts';
import { findPost, targetOption } from '../lookup.ts';
import { dateOption, requireTo } from '../options.ts';

/** `tandem new <slug> --to <locale>`: scaffold a draft translation and record its source. */
export async function run(context: CommandContext): Promise<number> {
  const { root, args, io, t } = context;
  const [slug = ''] = args;
  const code = requireTo(context, 'new');
  const date = dateOption(context);
  const post = await findPost(context, slug);
  const locale = targetOption(context, post, code);
  const translator = typeof context.values.translator === 'string' && context.values.translator.trim() !== '' ? context.values.translator.trim() : undefined;
  const { file, baseFile } = await createTranslation(root, post, locale.code, date, { translator });
  io.out.write(
    [
      t('cli.new.message', { created: io.out.style('green', t('cli.new.created')), file, source: post.sourceLocale }),
      t('cli.new.recorded', { baseFile }),
      ...(translator ? [t('cli.worklist.claimedBy', { name: translator })] : []),
      '',
      t('cli.new.next'),
      `  ${tandemCommand('done', post.slug, locale.code)}`,
      '',
    ].join('\n'),
  );
  return 0;
}
