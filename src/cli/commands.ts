import type { SiteConfig } from '../config/schema.ts';
import type { Io } from './output.ts';

/** One option: its parseArgs type plus what `--help` says about it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Placeholder shown in help for a string option, e.g. `<locale>`. */
  value?: string;
  description: string;
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
}

/** A command module: loaded only when its command runs. Returns the exit code. */
export interface CommandModule {
  run(context: CommandContext): Promise<number>;
}

/** An entry of the command table, which drives both dispatch and `--help`. */
export interface CommandSpec {
  name: string;
  summary: string;
  /** Paragraphs shown by `tandem <command> --help`. */
  description: string[];
  args: { name: string; description: string }[];
  options: Record<string, OptionSpec>;
  examples: string[];
  load(): Promise<CommandModule>;
}

/** Options every command accepts. */
export const globalOptions: Record<string, OptionSpec> = {
  root: { type: 'string', value: '<dir>', description: 'Project folder holding content/ (default: the current folder).' },
  help: { type: 'boolean', short: 'h', description: 'Show help.' },
};

const to: OptionSpec = { type: 'string', value: '<locale>', description: 'The translation\'s locale code, e.g. the language you translate into.' };
const date: OptionSpec = { type: 'string', value: '<YYYY-MM-DD>', description: 'Date to record (default: today).' };
const slug = { name: 'slug', description: 'The post\'s folder name under content/posts.' };

const states = [
  'States:',
  '  missing     no translation file yet; readers see the original with a notice',
  '  draft       started (draft: true), not shown to readers',
  '  review      published, but never recorded against the source: check it, then run `done`',
  '  outdated    published, and the source changed in meaning since `done`: see `diff`',
  '  up-to-date  published and matches the source (formatting-only source edits are ignored)',
].join('\n');

/** Every command, in the order help lists them. */
export const commands: readonly CommandSpec[] = [
  {
    name: 'status',
    summary: 'Show the state of every translation and the coverage per language',
    description: [
      'Lists every post in every language other than the one it was written in, with what is left to translate, then the share up to date per language.',
      states,
      'With --json, prints an array of records: { slug, locale, sourceLocale, status, title: { source, translation? }, sourceFile, translationFile?, recordedAt?, workLeft: { unit, count }, changes? }. changes (outdated only) lists { kind: changed|added|removed|moved, field?, oldIndex?, newIndex?, oldText?, newText? }.',
    ],
    args: [],
    options: {
      json: { type: 'boolean', description: 'Print the records as JSON instead of a table.' },
      check: { type: 'boolean', description: 'Exit with code 1 if any translation is in a failing state.' },
      'fail-on': { type: 'string', value: '<states>', description: 'Comma-separated failing states for --check (default: outdated,missing); implies --check.' },
      to: { ...to, description: 'Only show translations into this locale.' },
    },
    examples: ['tandem status', 'tandem status --json', 'tandem status --check --fail-on outdated,missing,review'],
    load: () => import('./commands/status.ts'),
  },
  {
    name: 'new',
    summary: 'Start a translation: a draft file carrying the source text',
    description: [
      'Writes content/posts/<slug>/<locale>.md with the source\'s title, summary, notes and text and draft: true, and records the source it starts from in <locale>.base.json. Never overwrites an existing translation.',
      'Translate the file in place, remove draft: true to publish it, then run `done`.',
    ],
    args: [slug],
    options: { to, date },
    examples: ['tandem new soas-students-vote-solidarity --to zh'],
    load: () => import('./commands/new.ts'),
  },
  {
    name: 'diff',
    summary: 'Show what changed in the source since a translation was brought up to date',
    description: [
      'Lists the source\'s changed, added, removed and moved blocks and fields, with the old and new source text of each, word changes highlighted. Works without git: the old text is kept in <locale>.base.json.',
      'Without colour (NO_COLOR, or not a terminal), removed words are marked [-like this-] and added words {+like this+}.',
    ],
    args: [slug],
    options: { to },
    examples: ['tandem diff soas-students-vote-solidarity --to zh'],
    load: () => import('./commands/diff.ts'),
  },
  {
    name: 'done',
    summary: 'Record that a translation matches the current source',
    description: ['Run it after bringing the translation up to date (or after checking a translation in review). Writes <locale>.base.json; the translation\'s draft flag is left as it is.'],
    args: [slug],
    options: { to, date },
    examples: ['tandem done soas-students-vote-solidarity --to zh', 'tandem done soas-students-vote-solidarity --to zh --date 2021-03-01'],
    load: () => import('./commands/done.ts'),
  },
  {
    name: 'check',
    summary: 'Validate all content, listing every problem',
    description: ['Reads content/ exactly as the build does and reports every problem found (not only the first), plus unreadable base records. Exits with code 1 if there is any.'],
    args: [],
    options: {},
    examples: ['tandem check'],
    load: () => import('./commands/check.ts'),
  },
];
