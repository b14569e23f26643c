import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteConfig } from '../config/site.ts';
import { ContentValidationError, formatProblem } from '../content/index.ts';
import { suggestName } from '../content/suggest.ts';
import { TandemError } from '../lib/errors.ts';
import { commands, globalOptions, type CommandSpec, type OptionSpec } from './commands.ts';
import { commandHelp, overallHelp, usageOf } from './help.ts';
import { processIo, type Io } from './output.ts';
import { UsageError } from './usage-error.ts';

// Errors about what was asked for rather than the content: exit code 2.
const USAGE_CODES = new Set(['usage', 'unknown-post', 'unknown-locale', 'source-locale', 'invalid-date']);

function parse(argv: readonly string[], options: Record<string, OptionSpec>, strict: boolean) {
  const config = Object.fromEntries(Object.entries(options).map(([name, spec]) => [name, spec.short ? { type: spec.type, short: spec.short } : { type: spec.type }]));
  return parseArgs({ args: [...argv], options: config, strict, allowPositionals: true });
}

function findCommand(name: string): CommandSpec {
  const command = commands.find((c) => c.name === name);
  if (command) return command;
  const suggestion = suggestName(name, commands.map((c) => c.name));
  throw new UsageError(`Unknown command "${name}".`, `${suggestion ? `Did you mean "${suggestion}"? ` : ''}Commands: ${commands.map((c) => c.name).join(', ')}. Run \`tandem --help\` for more.`);
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  // A lenient first pass, knowing every command's options, finds the command name
  // wherever options put it (`--root x status`); the strict pass then checks its options.
  const allOptions = Object.assign({}, globalOptions, ...commands.map((c) => c.options)) as Record<string, OptionSpec>;
  const first = parse(argv, allOptions, false);
  const [name, topic] = first.positionals;
  if (name === undefined || name === 'help') {
    const help = topic ? commandHelp(findCommand(topic)) : overallHelp();
    if (first.values.help || name === 'help') return (io.out.write(help), 0);
    return (io.err.write(help), 2);
  }
  const command = findCommand(name);
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv, { ...globalOptions, ...command.options }, true);
  } catch (error) {
    const code = String((error as NodeJS.ErrnoException).code);
    if (!code.startsWith('ERR_PARSE_ARGS')) throw error;
    // parseArgs' own message suggests `--` escapes; the option's name is what helps here.
    const option = /'(-[^']*)'/.exec((error as Error).message)?.[1];
    const message = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option ? `Unknown option "${option}" for tandem ${command.name}.` : (error as Error).message;
    throw new UsageError(message, `Usage: ${usageOf(command)}. Run \`tandem ${command.name} --help\` for its options.`);
  }
  const { values, positionals } = parsed;
  if (values.help) return (io.out.write(commandHelp(command)), 0);
  const args = positionals.slice(1);
  const missing = command.args[args.length];
  if (missing) throw new UsageError(`tandem ${command.name} needs a <${missing.name}>: ${missing.description}`, `Usage: ${usageOf(command)}`);
  if (args.length > command.args.length) throw new UsageError(`Unexpected argument "${args[command.args.length]}".`, `Usage: ${usageOf(command)}`);
  const root = path.resolve(typeof values.root === 'string' ? values.root : process.cwd());
  if (!existsSync(path.join(root, 'content'))) {
    throw new UsageError(`There is no content/ folder in ${root}.`, 'Run tandem from the project folder, or point --root at it.');
  }
  const module = await command.load();
  return module.run({ root, config: siteConfig, args, values, io });
}

/** Prints an error the way a terminal user can act on, returning the exit code. */
function report(error: unknown, io: Io): number {
  const label = io.err.style(['red', 'bold'], 'error:');
  if (error instanceof ContentValidationError) {
    io.err.write(`${label} content has ${error.problems.length === 1 ? '1 problem' : `${error.problems.length} problems`}:\n${error.problems.map(formatProblem).join('\n')}\n`);
    return 1;
  }
  if (error instanceof TandemError) {
    io.err.write(`${label} ${error.message}\n`);
    return USAGE_CODES.has(error.code) ? 2 : 1;
  }
  io.err.write(`${label} unexpected failure, please report it:\n${error instanceof Error ? error.stack : String(error)}\n`);
  return 1;
}

/**
 * Runs `tandem` with command-line arguments (without `node` and the script) and
 * returns the exit code. The only place Tandem prints errors and chooses exit codes:
 * 0 success, 1 content problems or failing translations, 2 usage errors.
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return report(error, io);
  }
}
