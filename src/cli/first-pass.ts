/**
 * Reading the command line before the CLI has loaded anything else: the command
 * named and the global options, wherever options put them (`--root x status`).
 * @module
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { commands, globalOptions, type OptionSpec } from './commands.ts';

/**
 * parseArgs with the options of a command table; `strict` rejects unknown options and missing values.
 * @example parseCommandLine(['status', '--json'], { json: { type: 'boolean', description: 'cli.option.json' } }, true).values // { json: true }
 */
export function parseCommandLine(argv: readonly string[], options: Record<string, OptionSpec>, strict: boolean) {
  const config = Object.fromEntries(Object.entries(options).map(([name, spec]) => [name, spec.short ? { type: spec.type, short: spec.short } : { type: spec.type }]));
  return parseArgs({ args: [...argv], options: config, strict, allowPositionals: true });
}

/** What parseCommandLine gives. */
export type ParsedCommandLine = ReturnType<typeof parseCommandLine>;

/**
 * A lenient pass knowing every command's options, so that an option's value is
 * never taken for the command's name; the command's own strict pass checks them later.
 * @example firstPass(['--root', 'site', 'status']) // { positionals: ['status'], values: { root: 'site' } }
 */
export function firstPass(argv: readonly string[]): ParsedCommandLine {
  return parseCommandLine(argv, Object.assign({}, globalOptions, ...commands.map((c) => c.options)) as Record<string, OptionSpec>, false);
}

/**
 * The project folder a command line names (`--root`), absolute; else the current one.
 * @example rootOf({ root: 'site' }) // path.resolve('site')
 */
export function rootOf(values: ParsedCommandLine['values']): string {
  return path.resolve(typeof values.root === 'string' ? values.root : process.cwd());
}
