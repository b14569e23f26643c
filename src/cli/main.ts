import { existsSync } from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { suggestName } from '../content/suggest.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import { commands, globalOptions, type CommandSpec, type OptionSpec } from './commands.ts';
import { firstPass, parseCommandLine, rootOf, type ParsedCommandLine } from './first-pass.ts';
import { commandHelp, overallHelp, usageOf } from './help.ts';
import { chooseLanguage, list, loadTranslator, placeholder, type LanguageEnv } from './language.ts';
import { processIo, type Io } from './output.ts';
import { report } from './report.ts';
import { UsageError } from './usage-error.ts';

function findCommand(name: string, t: Translate): CommandSpec {
  const command = commands.find((c) => c.name === name);
  if (command) return command;
  const suggestion = suggestName(name, commands.map((c) => c.name));
  const commandList = t('cli.usage.commandList', { commands: list(t, commands.map((c) => c.name)), help: 'tandem --help' });
  throw new UsageError(t('cli.usage.unknownCommand', { name }), suggestion ? t('cli.sentences', { first: t('cli.usage.didYouMean', { name: suggestion }), second: commandList }) : commandList);
}

/** Rewords parseArgs' errors, whose English also suggests `--` escapes: the option's name is what helps here. */
function optionError(error: unknown, command: CommandSpec, options: Record<string, OptionSpec>, t: Translate): unknown {
  const code = String((error as NodeJS.ErrnoException).code);
  if (!code.startsWith('ERR_PARSE_ARGS')) return error;
  const message = (error as Error).message;
  const hint = t('cli.usage.commandHint', { usage: usageOf(command, t), help: `tandem ${command.name} --help` });
  const unknown = /'(-[^']*)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) return new UsageError(t('cli.usage.unknownOption', { option: unknown, command: command.name }), hint);
  const name = /--([\w-]+)/.exec(message)?.[1];
  const spec = name === undefined ? undefined : options[name];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && spec) {
    return new UsageError(t(spec.type === 'string' ? 'cli.usage.optionNeedsValue' : 'cli.usage.optionTakesNoValue', { option: `--${name}` }), hint);
  }
  // Other parseArgs errors cannot happen with these options; Node's own (English) words are kept if one does.
  return new UsageError(message, hint);
}

async function dispatch(argv: readonly string[], first: ParsedCommandLine, io: Io, t: Translate, language: string, config: SiteConfig): Promise<number> {
  const help = { t, config };
  const [name, topic] = first.positionals;
  if (name === undefined || name === 'help') {
    const text = topic ? commandHelp(findCommand(topic, t), help) : overallHelp(help);
    if (first.values.help || name === 'help') return (io.out.write(text), 0);
    return (io.err.write(text), 2);
  }
  const command = findCommand(name, t);
  const options = { ...globalOptions, ...command.options };
  let parsed: ParsedCommandLine;
  try {
    parsed = parseCommandLine(argv, options, true);
  } catch (error) {
    throw optionError(error, command, options, t);
  }
  const { values, positionals } = parsed;
  if (values.help) return (io.out.write(commandHelp(command, help)), 0);
  const args = positionals.slice(1);
  const usage = t('cli.help.usage', { usage: usageOf(command, t) });
  const missing = command.args[args.length];
  const last = command.args.at(-1);
  if (missing && !missing.optional) throw new UsageError(t('cli.usage.missingArg', { command: command.name, arg: placeholder(t, missing.name), description: t(missing.description) }), usage);
  if (args.length > command.args.length && !last?.many) throw new UsageError(t('cli.usage.unexpectedArg', { arg: args[command.args.length] }), usage);
  const root = rootOf(values);
  if (!existsSync(path.join(root, 'content'))) throw new UsageError(t('cli.usage.noContent', { root }), t('cli.usage.noContentHint'));
  const module = await command.load();
  return module.run({ root, config, args, values, io, t, language });
}

/**
 * Runs `tandem` with command-line arguments (without `node` and the script) and
 * returns the exit code. The only place Tandem prints errors and chooses exit codes:
 * 0 success, 1 content problems or failing translations, 2 usage errors.
 * Messages are in the language `--lang` or the environment asks for (see chooseLanguage).
 */
export async function main(argv: readonly string[], io: Io = processIo(), env: LanguageEnv = process.env): Promise<number> {
  let t: Translate | undefined;
  try {
    // The language and the command's name, wherever options put them; the command's own options are checked later.
    const first = firstPass(argv);
    // Loaded here, not imported above: a configuration that does not validate is reported as any other error, not thrown at start-up with a stack trace.
    const { siteConfig } = await import('../config/site.ts');
    const language = chooseLanguage(typeof first.values.lang === 'string' ? first.values.lang : undefined, env, siteConfig);
    t = await loadTranslator(siteConfig, language.code);
    if (language.unknownOption !== undefined) {
      throw new UsageError(t('cli.usage.unknownLang', { value: language.unknownOption }), t('cli.usage.localeHint', { codes: list(t, siteConfig.locales.map((l) => l.code)) }));
    }
    return await dispatch(argv, first, io, t, language.code, siteConfig);
  } catch (error) {
    return report(error, io.err, t);
  }
}
