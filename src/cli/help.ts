import { commands, globalOptions, type CommandSpec, type OptionSpec } from './commands.ts';
import { table } from './output.ts';

const USAGE_PREFIX = 'npm run tandem --';

function optionRows(options: Record<string, OptionSpec>): string[][] {
  return Object.entries(options).map(([name, spec]) => [`${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${spec.value}` : ''}`, spec.description]);
}

/** The usage line of a command, e.g. `tandem new <slug> [options]`. */
export function usageOf(command: CommandSpec): string {
  return `tandem ${command.name}${command.args.map((a) => ` <${a.name}>`).join('')} [options]`;
}

/** `tandem --help`: every command from the command table. */
export function overallHelp(): string {
  return [
    'tandem: translation status and tools for Tandem\'s bilingual content',
    '',
    `Usage: tandem <command> [options]   (in this repository: ${USAGE_PREFIX} <command> [options])`,
    '',
    'Commands:',
    table(commands.map((c) => [c.name, c.summary]), undefined, '  ').trimEnd(),
    '',
    'Options:',
    table(optionRows(globalOptions), undefined, '  ').trimEnd(),
    '',
    'Run `tandem <command> --help` for a command\'s options.',
    'Exit codes: 0 success; 1 content problems or failing translations; 2 usage errors (unknown command, option, post or locale).',
    '',
  ].join('\n');
}

/** `tandem <command> --help`. */
export function commandHelp(command: CommandSpec): string {
  const lines = [`tandem ${command.name}: ${command.summary}`, '', `Usage: ${usageOf(command)}`, ''];
  if (command.args.length > 0) lines.push('Arguments:', table(command.args.map((a) => [`<${a.name}>`, a.description]), undefined, '  ').trimEnd(), '');
  for (const paragraph of command.description) lines.push(paragraph, '');
  lines.push('Options:', table(optionRows({ ...command.options, ...globalOptions }), undefined, '  ').trimEnd(), '');
  lines.push('Examples:', ...command.examples.map((e) => `  ${e.replace(/^tandem/, USAGE_PREFIX)}`), '');
  return lines.join('\n');
}
