import type { LocaleConfig } from '../config/schema.ts';
import type { ContentReport } from '../content/read-content.ts';
import type { Post } from '../content/model.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import { suggestName } from '../content/suggest.ts';
import { loadPost, pickPost } from '../translation/lookup.ts';
import { targetsOf } from '../translation/compute.ts';
import { UnknownPostError } from '../translation/errors.ts';
import type { Translatable } from '../translation/status.ts';
import type { CommandContext } from './commands.ts';
import { list } from './language.ts';
import { localeOption } from './options.ts';
import { UsageError } from './usage-error.ts';

type Context = Pick<CommandContext, 'root' | 'config' | 't'>;

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

/** Loads one post or static page (see loadPost), reporting an unknown slug in the reader's language. */
export async function findPost(context: Context, slug: string): Promise<Translatable> {
  const { root, config, t } = context;
  try {
    return await loadPost(root, config, slug);
  } catch (error) {
    throw inReadersLanguage(error, t);
  }
}

/** Picks posts out of content read once (see pickPost), reporting unknown slugs in the reader's language. */
export function findPosts(report: ContentReport, slugs: readonly string[], t: Translate): Translatable[] {
  return slugs.map((slug) => {
    try {
      return pickPost(report, slug);
    } catch (error) {
      throw inReadersLanguage(error, t);
    }
  });
}

function inReadersLanguage(error: unknown, t: Translate): unknown {
  if (!(error instanceof UnknownPostError)) return error;
  return new UsageError(
    t('cli.usage.unknownPost', { slug: String(error.params.slug) }),
    error.params.suggestion ? t('cli.usage.didYouMean', { name: String(error.params.suggestion) }) : t('cli.usage.postHint', { command: 'npm run tandem -- status' }),
  );
}
