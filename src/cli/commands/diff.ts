import { getLocale, localizedPath } from '../../i18n/urls.ts';
import { basePath, readBase, tandemCommand } from '../../translation/base-file.ts';
import { changesSince, statusOf } from '../../translation/status.ts';
import type { CommandContext } from '../commands.ts';
import { formatChanges } from '../format-diff.ts';
import { changeSummary } from '../format-status.ts';
import { findPost, targetOption } from '../lookup.ts';
import { requireTo } from '../options.ts';

/** `tandem diff <slug> --to <locale>`: what changed in the source since the translation was brought up to date. */
export async function run(context: CommandContext): Promise<number> {
  const { root, config, args, io, t } = context;
  const { out } = io;
  const [slug = ''] = args;
  const code = requireTo(context, 'diff');
  const post = await findPost(context, slug);
  const locale = targetOption(context, post, code);
  const base = await readBase(root, post, locale.code);
  const record = statusOf(post, locale.code, base, { config });
  const done = tandemCommand('done', post.slug, locale.code);
  out.write(`${t('cli.diff.title', { title: out.style('bold', `${post.slug} → ${locale.code}`), status: t(`status.${record.status}`) })}\n`);

  if (record.status === 'missing') {
    out.write(`${t('cli.diff.missing', { locale: locale.code, command: tandemCommand('new', post.slug, locale.code) })}\n`);
    return 0;
  }
  if (record.status === 'derived') {
    // Converted from the source itself, it matches the source by construction: `diff --to <source>` would refuse.
    const message = record.derivedFrom === post.sourceLocale
      ? t('cli.diff.derivedFromSource', { locale: locale.code, parent: record.derivedFrom })
      : t('cli.diff.derived', { locale: locale.code, parent: record.derivedFrom, command: tandemCommand('diff', post.slug, record.derivedFrom) });
    out.write(`${message}\n`);
    return 0;
  }
  // Static pages have no side-by-side review page.
  if (post.kind !== 'page') {
    const review = `${(process.env.SITE_URL ?? '').replace(/\/+$/, '')}${localizedPath(locale, { kind: 'review', slug: post.slug })}`;
    out.write(`${t('cli.worklist.sideBySide', { url: review })}\n`);
  }
  if (!base || base.sourceLocale !== post.sourceLocale) {
    out.write(
      `${t('cli.diff.noBase', { baseFile: basePath(post, locale.code) })}\n` +
        `${t('cli.diff.compareWhole', { translationFile: record.translationFile, sourceFile: record.sourceFile, command: done })}\n`,
    );
    return 0;
  }
  const changes = changesSince(post, base);
  if (changes.length === 0) {
    out.write(`${t(record.status === 'draft' ? 'cli.diff.unchangedDraft' : 'cli.diff.unchanged', { date: base.recordedAt })}\n`);
    return 0;
  }
  const sourceLang = getLocale(config, post.sourceLocale).lang;
  const count = t('cli.diff.changeCount', { count: changes.length, summary: changeSummary(changes, t) });
  const work = record.status === 'outdated' ? ` · ${t('cli.diff.workLeft', { work: t(`dashboard.${record.workLeft.unit}`, { count: record.workLeft.count }) })}` : '';
  out.write(`${t('cli.diff.changedSince', { file: record.sourceFile, date: base.recordedAt })}\n${count}${work}\n\n`);
  out.write(formatChanges(changes, sourceLang, out, t));
  out.write(`\n${t('cli.diff.whenMatches', { file: record.translationFile, command: done })}\n`);
  return 0;
}
