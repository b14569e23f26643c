import { YamlCache, yamlCacheFile, type Post } from '../../content/index.ts';
import { computeStatuses, StatusCache, statusCacheFile, summarize, TRANSLATION_STATES, type TranslationState } from '../../translation/index.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import { DEFAULT_FAIL_ON, type CommandContext } from '../commands.ts';
import { formatStatus, stateCount } from '../format-status.ts';
import { list } from '../language.ts';
import { localeOption } from '../lookup.ts';
import { labelled } from '../report.ts';
import { UsageError } from '../usage-error.ts';

function failingStates(value: string | boolean | undefined, t: Translate): Set<TranslationState> {
  if (typeof value !== 'string') return new Set(DEFAULT_FAIL_ON);
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(TRANSLATION_STATES as readonly string[]).includes(n));
  if (unknown.length > 0 || names.length === 0) {
    // State names are option values, typed as they are in every language, hence joined as the option takes them.
    const message = unknown.length > 0 ? t('cli.failOn.unknown', { count: unknown.length, states: unknown.join(',') }) : t('cli.failOn.empty');
    throw new UsageError(message, t('cli.failOn.hint', { states: TRANSLATION_STATES.join(',') }));
  }
  return new Set(names as TranslationState[]);
}

/** `tandem status`: the table (or JSON) of every translation, and with --check, an exit code. */
export async function run(context: CommandContext): Promise<number> {
  const { root, config, values, io, t } = context;
  const check = values.check === true || values['fail-on'] !== undefined;
  const failOn = failingStates(values['fail-on'], t);
  const only = typeof values.to === 'string' ? localeOption(context, values.to).code : undefined;
  // Caches of earlier runs: only what changed since is parsed and counted again.
  const yamlCache = new YamlCache(yamlCacheFile(root));
  const cache = new StatusCache(statusCacheFile(root));
  const blocksOf = (post: Post) => cache.blocksOf(post.versions[post.sourceLocale]?.body ?? '');
  const records = (await computeStatuses({ root, config, yamlCache, blocksOf, unitsOf: cache.unitsOf })).filter((r) => !only || r.locale === only);
  yamlCache.save();
  await cache.save();
  // The JSON is a documented API: the same in every language, never translated.
  if (values.json) io.out.write(`${JSON.stringify(records, null, 2)}\n`);
  else io.out.write(formatStatus(records, summarize(records, config).filter((s) => !only || s.locale === only), config, io.out, t));
  if (!check) return 0;
  const failing = records.filter((r) => failOn.has(r.status));
  if (failing.length === 0) return 0;
  const counts = list(t, [...failOn].map((state) => stateCount(t, state, failing.filter((r) => r.status === state).length)));
  io.err.write(`${labelled(t, io.err, 'cli.label.checkFailed', t('cli.check.failed', { count: failing.length, counts }))}\n`);
  return 1;
}
