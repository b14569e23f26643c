/**
 * What the `tandem` executable starts before loading the CLI: the command's
 * `early` work (see CommandSpec.early), found from the command line alone. Loading
 * the CLI (the site's configuration, zod, the messages) takes a fifth of a second;
 * a fresh checkout's `tandem status` starts its worker threads first, so that they
 * load their code meanwhile rather than after.
 * @module
 */
import { commands } from './commands.ts';
import { firstPass, rootOf } from './first-pass.ts';

/**
 * Starts the early work of the command `argv` names, if it has any; never throws: a
 * command line that does not parse, or work that cannot start, is the run's to report.
 * @example await startEarly(['status', '--json'], process.env) // status threads started, on a large fresh checkout
 */
export async function startEarly(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  try {
    const { positionals, values } = firstPass(argv);
    const command = commands.find((c) => c.name === positionals[0]);
    if (command?.early && !values.help) await command.early(rootOf(values), env);
  } catch {
    // The run itself reads the same command line and environment, and says what is wrong with them.
  }
}
