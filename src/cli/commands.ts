import type { SiteConfig } from '../config/schema.ts';
import type { Translate } from '../i18n/create-i18n.ts';
import type { TranslationState } from '../translation/index.ts';
import type { CliKey } from './language.ts';
import type { Io } from './output.ts';

/** One option: its parseArgs type plus what `--help` says about it (as UI string keys). */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Placeholder shown in help for a string option, e.g. the key of `locale` for `<locale>`. */
  value?: CliKey;
  description: CliKey;
}

/** What a command receives once its arguments are parsed and checked. */
export interface CommandContext {
  /** Absolute project folder (holding content/). */
  root: string;
  config: SiteConfig;
  /** Positional arguments after the command name, as many as the command declares. */
  args: string[];
  values: Record<string, string | boolean | undefined>;
  io: Io;
  /** Translates the CLI's messages into the language chosen for this run. */
  t: Translate;
  /** The configured locale the messages are in (links to the site go to its pages). */
  language: string;
}

/** A command module: loaded only when its command runs. Returns the exit code. */
export interface CommandModule {
  run(context: CommandContext): Promise<number>;
}

/** Stands in a command's description for the table of translation states. */
export const STATES_TABLE = Symbol('states table');

/** An entry of the command table, which drives both dispatch and `--help`. */
export interface CommandSpec {
  name: string;
  summary: CliKey;
  /** Paragraphs shown by `tandem <command> --help`. */
  description: readonly (CliKey | typeof STATES_TABLE)[];
  /**
   * `name` is the key of the placeholder shown as `<name>`. `many`: the last argument
   * may be repeated; `optional`: it may be left out (the command checks what else it needs).
   */
  args: { name: CliKey; description: CliKey; many?: boolean; optional?: boolean }[];
  options: Record<string, OptionSpec>;
  /** Command lines (the same in every language) using `target`, a configured translation locale. */
  examples(target: string): string[];
  load(): Promise<CommandModule>;
  /**
   * Work started before the CLI loads its code (see early-start.ts), for a command
   * line naming this command without `--help`: it may never be used, so it must not
   * keep the process alive, and any failure is left to the run itself to report.
   */
  early?(root: string, env: NodeJS.ProcessEnv): Promise<void>;
}

/** The states `status --check` fails on unless `--fail-on` names others. */
export const DEFAULT_FAIL_ON: readonly TranslationState[] = ['outdated', 'missing'];

/** The `status --json` record and change shapes: a documented API, so never translated. */
export const JSON_SHAPES = {
  record: '{ slug, locale, sourceLocale, status, title: { source, translation? }, sourceFile, translationFile?, recordedAt?, workLeft: { unit, count }, size?, translator?, changes? }',
  change: '{ kind: changed|added|removed|moved, field?, oldIndex?, newIndex?, oldText?, newText? }',
};

/** Options every command accepts. */
export const globalOptions: Record<string, OptionSpec> = {
  root: { type: 'string', value: 'cli.placeholder.dir', description: 'cli.option.root' },
  lang: { type: 'string', value: 'cli.placeholder.locale', description: 'cli.option.lang' },
  help: { type: 'boolean', short: 'h', description: 'cli.option.help' },
};

const to: OptionSpec = { type: 'string', value: 'cli.placeholder.locale', description: 'cli.option.to' };
const date: OptionSpec = { type: 'string', value: 'cli.placeholder.date', description: 'cli.option.date' };
const slug = { name: 'cli.placeholder.slug', description: 'cli.arg.slug' } as const;

/** Every command, in the order help lists them. */
export const commands: readonly CommandSpec[] = [
  {
    name: 'status',
    summary: 'cli.command.status.summary',
    description: ['cli.command.status.about', STATES_TABLE, 'cli.command.status.json'],
    args: [],
    options: {
      json: { type: 'boolean', description: 'cli.option.json' },
      check: { type: 'boolean', description: 'cli.option.check' },
      'fail-on': { type: 'string', value: 'cli.placeholder.states', description: 'cli.option.failOn' },
      to: { ...to, description: 'cli.option.statusTo' },
      state: { type: 'string', value: 'cli.placeholder.states', description: 'cli.option.state' },
      sort: { type: 'string', value: 'cli.placeholder.order', description: 'cli.option.sort' },
      limit: { type: 'string', value: 'cli.placeholder.number', description: 'cli.option.limit' },
      format: { type: 'string', value: 'cli.placeholder.format', description: 'cli.option.format' },
      site: { type: 'string', value: 'cli.placeholder.url', description: 'cli.option.site' },
    },
    examples: (target) => [
      'tandem status',
      `tandem status --state missing,review --to ${target} --sort work --limit 10`,
      'tandem status --format markdown --site https://example.org >> "$GITHUB_STEP_SUMMARY"',
      'tandem status --json',
      'tandem status --check --fail-on outdated,missing,review',
    ],
    load: () => import('./commands/status.ts'),
    // A fresh checkout of a large site: the threads that compute its posts load their code while the CLI loads its own.
    early: async (root, env) => {
      const [{ postCacheFile }, { startThreadsEarly, statusParallelism }] = await Promise.all([import('../translation/post-cache.ts'), import('../translation/status-parallelism.ts')]);
      startThreadsEarly(root, statusParallelism(env.TANDEM_WORKERS), postCacheFile(root));
    },
  },
  {
    name: 'new',
    summary: 'cli.command.new.summary',
    description: ['cli.command.new.about', 'cli.command.new.next'],
    args: [slug],
    options: { to, date, translator: { type: 'string', value: 'cli.placeholder.name', description: 'cli.option.translator' } },
    examples: (target) => [`tandem new soas-students-vote-solidarity --to ${target}`, `tandem new soas-students-vote-solidarity --to ${target} --translator Mei`],
    load: () => import('./commands/new.ts'),
  },
  {
    name: 'diff',
    summary: 'cli.command.diff.summary',
    description: ['cli.command.diff.about', 'cli.command.diff.colour'],
    args: [slug],
    options: { to },
    examples: (target) => [`tandem diff soas-students-vote-solidarity --to ${target}`],
    load: () => import('./commands/diff.ts'),
  },
  {
    name: 'done',
    summary: 'cli.command.done.summary',
    description: ['cli.command.done.about', 'cli.command.done.many'],
    args: [{ ...slug, many: true, optional: true }],
    options: {
      to,
      date,
      all: { type: 'boolean', description: 'cli.option.all' },
      state: { type: 'string', value: 'cli.placeholder.states', description: 'cli.option.doneState' },
      yes: { type: 'boolean', short: 'y', description: 'cli.option.yes' },
    },
    examples: (target) => [
      `tandem done soas-students-vote-solidarity --to ${target}`,
      `tandem done soas-students-vote-solidarity --to ${target} --date 2021-03-01`,
      `tandem done trade-bill-genocide-amendment cotton-supply-chain-statement --to ${target}`,
      `tandem done --all --state review --to ${target}`,
    ],
    load: () => import('./commands/done.ts'),
  },
  {
    name: 'import',
    summary: 'import.command.summary',
    description: ['import.command.about', 'import.command.pairing', 'import.command.rerun'],
    args: [
      { name: 'import.placeholder.platform', description: 'import.arg.platform' },
      { name: 'import.placeholder.file', description: 'import.arg.file' },
    ],
    options: {
      media: { type: 'string', value: 'import.placeholder.folder', description: 'import.option.media' },
      pairs: { type: 'string', value: 'import.placeholder.csv', description: 'import.option.pairs' },
      types: { type: 'string', value: 'import.placeholder.types', description: 'import.option.types' },
      'dry-run': { type: 'boolean', description: 'import.option.dryRun' },
      'no-trust-dates': { type: 'boolean', description: 'import.option.noTrustDates' },
      'fetch-media': { type: 'boolean', description: 'import.option.fetchMedia' },
    },
    examples: () => ['tandem import wordpress export.xml --media wp-content/uploads --dry-run', 'tandem import wordpress export.xml --media wp-content/uploads --pairs pairs.csv'],
    load: () => import('./commands/import.ts'),
  },
  {
    name: 'baseline',
    summary: 'cli.command.baseline.summary',
    description: ['cli.command.baseline.about', 'cli.command.baseline.rule'],
    args: [],
    options: {
      'from-git': { type: 'boolean', description: 'cli.option.fromGit' },
      to: { ...to, description: 'cli.option.baselineTo' },
      'dry-run': { type: 'boolean', description: 'cli.option.dryRun' },
    },
    examples: (target) => ['tandem baseline --from-git --dry-run', `tandem baseline --from-git --to ${target}`],
    load: () => import('./commands/baseline.ts'),
  },
  {
    name: 'check',
    summary: 'cli.command.check.summary',
    description: ['cli.command.check.about'],
    args: [],
    options: {},
    examples: () => ['tandem check'],
    load: () => import('./commands/check.ts'),
  },
];
