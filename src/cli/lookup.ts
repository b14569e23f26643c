import type { LocaleConfig } from '../config/schema.ts';
import type { Post } from '../content/index.ts';
import { suggestName } from '../content/suggest.ts';
import { loadPost, targetsOf, UnknownPostError } from '../translation/index.ts';
import type { CommandContext } from './commands.ts';
import { list } from './language.ts';
import { UsageError } from './usage-error.ts';

type Context = Pick<CommandContext, 'root' | 'config' | 't'>;

/**
 * The configured locale a `--to` names. Checked here rather than left to the library,
 * so that a mistyped code is reported in the reader's language.
 */
export function localeOption({ config, t }: Context, code: string): LocaleConfig {
  const locale = config.locales.find((l) => l.code === code);
  if (locale) return locale;
  const codes = config.locales.map((l) => l.code);
  const suggestion = suggestName(code, codes);
  const hint = t('cli.usage.localeHint', { codes: list(t, codes) });
  throw new UsageError(t('cli.usage.unknownLocale', { code }), suggestion ? t('cli.sentences', { first: t('cli.usage.didYouMean', { name: suggestion }), second: hint }) : hint);
}

/** The locale a post is to be translated into: a configured one, and not the post's own. */
export function targetOption(context: Context, post: Post, code: string): LocaleConfig {
  const { config, t } = context;
  const locale = localeOption(context, code);
  if (code !== post.sourceLocale) return locale;
  const targets = targetsOf(post, config);
  throw new UsageError(
    t('cli.usage.sourceLocale', { locale: code, post: post.slug }),
    targets.length > 0 ? t('cli.usage.localeHint', { codes: list(t, targets) }) : t('cli.usage.noTargets'),
  );
}

/** Loads one post (see loadPost), reporting an unknown slug in the reader's language. */
export async function findPost(context: Context, slug: string): Promise<Post> {
  const { root, config, t } = context;
  try {
    return await loadPost(root, config, slug);
  } catch (error) {
    if (!(error instanceof UnknownPostError)) throw error;
    throw new UsageError(
      t('cli.usage.unknownPost', { slug }),
      error.params.suggestion ? t('cli.usage.didYouMean', { name: error.params.suggestion }) : t('cli.usage.postHint', { command: 'npm run tandem -- status' }),
    );
  }
}
