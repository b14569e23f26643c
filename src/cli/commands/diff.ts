import { getLocale } from '../../i18n/urls.ts';
import { basePath, changesSince, loadPost, readBase, statusOf, tandemCommand, targetLocale } from '../../translation/index.ts';
import type { CommandContext } from '../commands.ts';
import { formatChanges } from '../format-diff.ts';
import { changeSummary } from '../format-status.ts';
import { requireTo } from '../options.ts';

/** `tandem diff <slug> --to <locale>`: what changed in the source since the translation was brought up to date. */
export async function run(context: CommandContext): Promise<number> {
  const { root, config, args, io } = context;
  const { out } = io;
  const [slug = ''] = args;
  const post = await loadPost(root, config, slug);
  const locale = targetLocale(config, post, requireTo(context, 'diff'));
  const base = await readBase(root, post, locale.code);
  const record = statusOf(post, locale.code, base, { config });
  const done = tandemCommand('done', post.slug, locale.code);
  out.write(`${out.style('bold', `${post.slug} → ${locale.code}`)}: ${record.status}\n`);

  if (record.status === 'missing') {
    out.write(`There is no ${locale.code} translation yet, so nothing to compare. Start one with \`${tandemCommand('new', post.slug, locale.code)}\`.\n`);
    return 0;
  }
  if (!base || base.sourceLocale !== post.sourceLocale) {
    out.write(
      `${basePath(post, locale.code)} does not say which source text this translation was made from, so Tandem cannot tell what changed.\n` +
        `Compare ${record.translationFile} with ${record.sourceFile} as a whole; once it matches, run \`${done}\`.\n`,
    );
    return 0;
  }
  const changes = changesSince(post, base);
  if (changes.length === 0) {
    out.write(`The source has not changed in meaning since ${base.recordedAt}${record.status === 'draft' ? ', when this draft was last recorded' : ''}.\n`);
    return 0;
  }
  const sourceLang = getLocale(config, post.sourceLocale).lang;
  const work = record.status === 'outdated' ? ` · ${record.workLeft.count} ${record.workLeft.unit} to translate` : '';
  out.write(
    `The source ${record.sourceFile} changed since the translation was last brought up to date on ${base.recordedAt}:\n` +
      `${changes.length} change${changes.length === 1 ? '' : 's'} (${changeSummary(changes)})${work}\n\n`,
  );
  out.write(formatChanges(changes, sourceLang, out));
  out.write(`\nWhen ${'translationFile' in record ? record.translationFile : 'the translation'} matches the source again, run \`${done}\`.\n`);
  return 0;
}
