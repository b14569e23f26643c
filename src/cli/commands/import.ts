import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { importWordPress, normalisePhrase } from '../../import/index.ts';
import { writeFileAtomic } from '../../lib/write-file.ts';
import type { CommandContext } from '../commands.ts';
import { formatPlan, formatReport, formatSummary, progressLine } from '../format-import.ts';
import { list, loadTranslator } from '../language.ts';
import { UsageError } from '../usage-error.ts';

const PLATFORMS = ['wordpress'];

// Each locale's strings list the link texts that name a version in that language ("中文版"), so a new locale brings its own;
// a derived locale's texts ("繁體中文版") name its parent's version, which is what the importer writes.
async function pairPhrases(context: CommandContext): Promise<Map<string, string>> {
  const phrases = new Map<string, string>();
  for (const locale of context.config.locales) {
    const t = await loadTranslator(context.config, locale.code);
    for (const phrase of t('import.pairLinkTexts').split('|')) if (phrase.trim()) phrases.set(normalisePhrase(phrase), locale.derivedFrom ?? locale.code);
  }
  return phrases;
}

/** `tandem import wordpress <export.xml>`: bring a WordPress site's content into the project. */
export async function run(context: CommandContext): Promise<number> {
  const { root, config, args, values, io, t } = context;
  const [platform = '', file = ''] = args;
  if (!PLATFORMS.includes(platform)) throw new UsageError(t('import.usage.unknownPlatform', { platform }), t('import.usage.platformHint', { platforms: list(t, PLATFORMS) }));
  const exportFile = path.resolve(file);
  if (!existsSync(exportFile) || !statSync(exportFile).isFile()) throw new UsageError(t('import.usage.noFile', { file }), t('import.usage.noFileHint'));
  const dryRun = values['dry-run'] === true;
  const tty = io.err.tty === true;
  let lastDraw = 0;
  // The first pass counts the items, so the second can show how far it is.
  let items = 0;
  const options = {
    root,
    config,
    file: exportFile,
    media: typeof values.media === 'string' ? path.resolve(values.media) : undefined,
    pairs: typeof values.pairs === 'string' ? path.resolve(values.pairs) : undefined,
    types: typeof values.types === 'string' ? values.types : undefined,
    dryRun,
    trustDates: values['no-trust-dates'] !== true,
    fetchMedia: values['fetch-media'] === true,
    pairPhrases: await pairPhrases(context),
    onProgress: tty
      ? (phase: 'read' | 'convert', done: number) => {
          if (phase === 'read') items = done;
          const now = Date.now();
          if (now - lastDraw > 100) io.err.write(`\r${progressLine(t, phase, done, phase === 'convert' ? items : undefined)}`);
          lastDraw = now;
        }
      : undefined,
  };
  // The progress line is cleared before the summary, or the error, is printed.
  const result = await importWordPress(options).finally(() => tty && io.err.write('\r\x1b[K'));
  if (dryRun) io.out.write(formatPlan(result, config, t));
  const reportFile = 'import-report.md';
  if (!dryRun) await writeFileAtomic(path.join(root, reportFile), formatReport(result, t), { overwrite: true });
  io.out.write(formatSummary(result, t, io.out, dryRun ? undefined : reportFile));
  return 0;
}
