import type { SiteConfig } from '../config/schema.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import { TRANSLATION_STATES } from '../translation/states.ts';
import { commands, DEFAULT_FAIL_ON, globalOptions, JSON_SHAPES, STATES_TABLE, type CommandSpec, type OptionSpec } from './commands.ts';
import { list, placeholder } from './language.ts';
import { table } from './output.ts';

const USAGE_PREFIX = 'npm run tandem --';

/** What help needs: the translate function, and the config its wording names (locale codes). */
export interface HelpContext {
  t: Translate;
  config: SiteConfig;
}

// Values any help string may interpolate: passing them all keeps the command table plain data.
function helpParams({ t, config }: HelpContext): Record<string, string> {
  return {
    codes: list(t, config.locales.map((l) => l.code)),
    defaultLocale: config.defaultLocale,
    defaultFailOn: DEFAULT_FAIL_ON.join(','),
    slug: placeholder(t, 'cli.placeholder.slug'),
    locale: placeholder(t, 'cli.placeholder.locale'),
    ...JSON_SHAPES,
  };
}

function optionRows(options: Record<string, OptionSpec>, context: HelpContext): string[][] {
  const { t } = context;
  const params = helpParams(context);
  return Object.entries(options).map(([name, spec]) => [
    `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${placeholder(t, spec.value)}` : ''}`,
    t(spec.description, params),
  ]);
}

/** The usage line of a command, e.g. `tandem new <slug> [options]`. */
export function usageOf(command: CommandSpec, t: Translate): string {
  const arg = (a: CommandSpec['args'][number]) => {
    const shown = `${placeholder(t, a.name)}${a.many ? '...' : ''}`;
    return a.optional ? `[${shown}]` : shown;
  };
  return `tandem ${command.name}${command.args.map((a) => ` ${arg(a)}`).join('')} [${t('cli.placeholder.options')}]`;
}

/** `tandem --help`: every command from the command table. */
export function overallHelp(context: HelpContext): string {
  const { t } = context;
  const usage = `<${t('cli.placeholder.command')}> [${t('cli.placeholder.options')}]`;
  return [
    t('cli.help.title'),
    '',
    t('cli.help.usageInRepo', { usage: `tandem ${usage}`, npm: `${USAGE_PREFIX} ${usage}` }),
    '',
    t('cli.help.commands'),
    table(commands.map((c) => [c.name, t(c.summary)]), undefined, '  ').trimEnd(),
    '',
    t('cli.help.options'),
    table(optionRows(globalOptions, context), undefined, '  ').trimEnd(),
    '',
    t('cli.help.more', { command: `tandem ${placeholder(t, 'cli.placeholder.command')} --help` }),
    t('cli.help.exitCodes'),
    '',
  ].join('\n');
}

// Ties the state names of `--fail-on` and `--json` to the words the status table shows.
function statesTable(t: Translate): string {
  const rows = TRANSLATION_STATES.map((state) => [state, t(`status.${state}`), t(`cli.state.${state}`)]);
  return `${t('cli.help.states')}\n${table(rows, undefined, '  ').trimEnd()}`;
}

/** `tandem <command> --help`. */
export function commandHelp(command: CommandSpec, context: HelpContext): string {
  const { t, config } = context;
  const params = helpParams(context);
  const lines = [t('cli.help.commandTitle', { command: command.name, summary: t(command.summary) }), '', t('cli.help.usage', { usage: usageOf(command, t) }), ''];
  if (command.args.length > 0) {
    const rows = command.args.map((a) => [placeholder(t, a.name), t(a.description, params)]);
    lines.push(t('cli.help.arguments'), table(rows, undefined, '  ').trimEnd(), '');
  }
  for (const paragraph of command.description) lines.push(paragraph === STATES_TABLE ? statesTable(t) : t(paragraph, params), '');
  lines.push(t('cli.help.options'), table(optionRows({ ...command.options, ...globalOptions }, context), undefined, '  ').trimEnd(), '');
  const target = config.locales.find((l) => l.code !== config.defaultLocale)?.code ?? config.defaultLocale;
  lines.push(t('cli.help.examples'), ...command.examples(target).map((e) => `  ${e.replace(/^tandem/, USAGE_PREFIX)}`), '');
  return lines.join('\n');
}
