/**
 * `npm run bench`: builds synthetic bilingual corpora with Tandem and with a plain Astro
 * baseline, side by side, and times `tandem status --json`. Prints a table and writes
 * the figures to bench-results/<timestamp>.json. See tests/bench/README.md.
 *
 *   npm run bench -- --quick            50 posts, 1 run, status on 1,000 posts (< 1 minute)
 *   npm run bench                       200 and 2,000 posts, 3 runs, status on 10,000 posts
 *   npm run bench -- --sizes 500 --runs 5 --status-posts 2000 --out my.json --keep --profile
 * @module
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createBaseline } from './baseline.ts';
import { measureImport } from './import-bench.ts';
import { editOnePost, generateCorpus, type CorpusSummary, type TandemLibrary } from './corpus.ts';
import { formatDerivedAndSearch, measureConversion, searchIndexFigures, type ConversionFigures, type SearchIndexFigures } from './derived-and-search.ts';
import { distSize } from './dist-size.ts';
import { createGitHistory } from './git-history.ts';
import { assertOk, buildPhases, killRunning, measure, routeTimes, rssMethod, type Line } from './measure.ts';
import { formatParserStress, measureParserStress, type ParserStressFigures } from './parser-stress.ts';
import { summariseProfiles } from './profile.ts';
import { astroBuild, clearBuildCaches, copyProject, linkNodeModules } from './project.ts';
import { evaluateTargets, formatReport, secs, bytes, summarise, writeReport, type BenchReport, type GitBaselineResult, type RunRecord, type SiteResult, type SizeResult, type StatusResult } from './report.ts';

const HELP = `Usage: npm run bench -- [options]

Builds synthetic bilingual corpora with Tandem and with a plain Astro site (same posts,
Astro's glob loader and Markdown), and times \`tandem status --json\`.

Options:
  --quick              Everyday check: 50 posts, 1 run, status on 1,000 posts (under a minute).
  --runs <n>           Runs per measurement (default 3; --quick: 1). Medians are reported.
  --sizes <a,b>        Site-build corpus sizes in posts (default 200,2000; --quick: 50).
  --status-posts <n>   Posts in the status corpus (default 10000; --quick: 1000; 0 skips it).
  --git-commits <n>    Commits in the synthetic history timed with \`tandem baseline --from-git\`
                       (default 10000; --quick: 1000; 0 skips it).
  --out <file>         JSON results file (default bench-results/<timestamp>.json).
  --import-posts <n>   Posts in the WordPress import benchmark (default 2000; --quick: 200; 0 skips it).
  --profile            Also CPU-profile one Tandem build (largest size) and one status run,
                       and print where the time goes. Profiles are not used for timings.
  --keep               Keep the temporary projects (their path is printed).
  --seed <n>           Corpus seed (default 20210216).
  --workers <n>        Render worker threads for Tandem's builds (TANDEM_WORKERS; default: one
                       per CPU). 0 renders in the build process.
  --scaling <a,b>      Also build the largest corpus cold once per worker count listed
                       (e.g. 0,1,2) and report how the build scales with render workers.
  -h, --help           Show this help.
`;

const repo = fileURLToPath(new URL('../../', import.meta.url));
const repoModules = path.join(repo, 'node_modules');

function log(message: string): void {
  process.stderr.write(`› ${message}\n`);
}

function positiveInt(value: string | undefined, name: string, fallback: number, allowZero = false): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) throw new Error(`--${name} must be a ${allowZero ? 'non-negative' : 'positive'} whole number, not "${value}".`);
  return n;
}

function usageError(message: string): never {
  process.stderr.write(`npm run bench: ${message}\n\n${HELP}`);
  process.exit(2);
}

const options = {
  quick: { type: 'boolean', default: false },
  runs: { type: 'string' },
  sizes: { type: 'string' },
  'status-posts': { type: 'string' },
  'import-posts': { type: 'string' },
  'git-commits': { type: 'string' },
  out: { type: 'string' },
  keep: { type: 'boolean', default: false },
  profile: { type: 'boolean', default: false },
  seed: { type: 'string' },
  workers: { type: 'string' },
  scaling: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;
let values: ReturnType<typeof parseArgs<{ options: typeof options }>>['values'];
try {
  values = parseArgs({ options, strict: true }).values;
} catch (error) {
  usageError((error as Error).message);
}
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

const quick = values.quick === true;
let runs: number, sizes: number[], statusPosts: number, importPosts: number, gitCommits: number, seed: number, workers: number | undefined, scaling: number[];
try {
  workers = values.workers === undefined ? undefined : positiveInt(values.workers, 'workers', 0, true);
  scaling = values.scaling ? values.scaling.split(',').map((s) => positiveInt(s.trim(), 'scaling', 0, true)) : [];
  runs = positiveInt(values.runs, 'runs', quick ? 1 : 3);
  sizes = values.sizes ? values.sizes.split(',').map((s) => positiveInt(s.trim(), 'sizes', 0)) : quick ? [50] : [200, 2000];
  statusPosts = positiveInt(values['status-posts'], 'status-posts', quick ? 1000 : 10_000, true);
  importPosts = positiveInt(values['import-posts'], 'import-posts', quick ? 200 : 2000, true);
  gitCommits = positiveInt(values['git-commits'], 'git-commits', quick ? 1000 : 10_000, true);
  seed = positiveInt(values.seed, 'seed', 20210216);
} catch (error) {
  usageError((error as Error).message);
}
const custom = values.runs !== undefined || values.sizes !== undefined || values['status-posts'] !== undefined || values['import-posts'] !== undefined || values['git-commits'] !== undefined || workers !== undefined || scaling.length > 0;
const mode: BenchReport['mode'] = custom ? 'custom' : quick ? 'quick' : 'full';
const startedAt = new Date();
const outFile = path.resolve(values.out ?? path.join(repo, 'bench-results', `${startedAt.toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}.json`));
const buildEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(workers !== undefined && { TANDEM_WORKERS: String(workers) }) };
const BUILD_TIMEOUT = 30 * 60_000;

const work = await mkdtemp(path.join(os.tmpdir(), 'tandem-bench-'));
let keep = values.keep === true;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killRunning();
    if (!keep) void rm(work, { recursive: true, force: true }).finally(() => process.exit(130));
    else process.exit(130);
  });
}

// ---------------------------------------------------------------- the project under test

/** A snapshot of the working tree as it is now: what every build and status run uses. */
const snapshot = path.join(work, 'tandem');
await copyProject(repo, snapshot);
await linkNodeModules(repoModules, snapshot);
const cliBin = path.join(snapshot, 'src/cli/bin.js');

async function loadLibrary(): Promise<TandemLibrary | undefined> {
  try {
    const url = (file: string) => pathToFileURL(path.join(snapshot, file)).href;
    const [content, translation, config] = await Promise.all([
      import(url('src/content/index.ts')) as Promise<typeof import('../../src/content/index.ts')>,
      import(url('src/translation/index.ts')) as Promise<typeof import('../../src/translation/index.ts')>,
      import(url('src/config/site.ts')) as Promise<typeof import('../../src/config/site.ts')>,
    ]);
    if (typeof translation.markDone !== 'function' || typeof content.readContent !== 'function') return undefined;
    return { readContent: content.readContent, markDone: translation.markDone, siteConfig: config.siteConfig };
  } catch (error) {
    log(`translation library not available: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

function run(args: string[], cwd: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

const library = await loadLibrary();
// The baseline's locales when the checkout measured cannot give its config (the first sites had these two).
const TWO_LOCALES = [
  { code: 'en', path: 'en', lang: 'en-GB' },
  { code: 'zh', path: 'zh', lang: 'zh-Hans' },
];
const cliAvailable = existsSync(cliBin) && (await run([cliBin, '--help'], snapshot)).code === 0;
log(`project snapshot in ${work}; translation library ${library ? 'loaded' : 'NOT available'}; tandem CLI ${cliAvailable ? 'available' : 'NOT available'}`);

const cliDone = cliAvailable
  ? async (root: string, slug: string, locale: string, date: string) => {
      const result = await run([cliBin, 'done', slug, '--to', locale, '--date', date, '--root', root], snapshot);
      if (result.code !== 0) throw new Error(`tandem done ${slug} --to ${locale} failed (${result.code}):\n${result.err || result.out}`);
    }
  : undefined;

async function corpus(root: string, posts: number): Promise<CorpusSummary> {
  const t = performance.now();
  const summary = await generateCorpus({ root, posts, seed, library, cliDone: cliDone && ((slug, locale, date) => cliDone(root, slug, locale, date)), cliSamples: quick ? 1 : 2 });
  // The sample config's menu and footer link to the sample site's static pages: a site without them fails its build.
  await cp(path.join(repo, 'content/pages'), path.join(root, 'content/pages'), { recursive: true });
  const s = summary.states;
  log(`  generated ${posts} posts in ${secs(performance.now() - t)}: ${s['up-to-date']} up to date, ${s.outdated} outdated, ${s.draft} draft, ${s.missing} missing; ${summary.chineseFirst} Chinese-first; ${bytes(summary.markdownBytes)} of Markdown; bases: ${summary.bases.cli} via CLI, ${summary.bases.library} via library`);
  return summary;
}

// ---------------------------------------------------------------- builds

const [buildCommand, buildArgs] = astroBuild(repoModules);

// The last build's log, for figures only its lines hold (the search index's).
let lastBuildLines: Line[] = [];
const searchFigures: SearchIndexFigures[] = [];

async function build(project: string, what: string, extraNodeArgs: string[] = [], env: NodeJS.ProcessEnv = buildEnv): Promise<RunRecord> {
  const result = await measure(buildCommand, [...extraNodeArgs, ...buildArgs], { cwd: project, env, timeoutMs: BUILD_TIMEOUT });
  assertOk(result, what);
  lastBuildLines = result.lines;
  const searchMs = result.lines.map((line) => /Search index: .* in (\d+) ms/.exec(line.text)?.[1]).find(Boolean);
  const phases = buildPhases(result.lines, result.wallMs);
  const record: RunRecord = { wallMs: result.wallMs, cpuMs: result.cpuMs, load: result.load, peakRss: result.peakRss, phases, routes: routeTimes(result.lines, phases?.pages), ...(searchMs && { searchMs: Number(searchMs) }) };
  log(`  ${what}: ${secs(record.wallMs)} (CPU ${record.cpuMs === null ? 'n/a' : secs(record.cpuMs)}, load ${record.load.toFixed(1)}), peak RSS ${record.peakRss === null ? 'n/a' : bytes(record.peakRss)}`);
  return record;
}

// The Pagefind CLI, as `npx pagefind` runs it (its extended build, which segments Chinese).
const pagefindCli = path.join(repoModules, 'pagefind', 'lib', 'runner', 'bin.cjs');

/**
 * Indexes the baseline's output with the Pagefind CLI, as a plain Astro site with search
 * (Starlight) does after its build: the reference Tandem's build, which indexes its pages
 * too, is also compared with. Written outside dist/, so the baseline's output figures stay those of its pages.
 */
async function searchReference(project: string, what: string): Promise<{ wallMs: number; cpuMs: number | null }> {
  const result = await measure(process.execPath, [pagefindCli, '--site', 'dist', '--output-path', 'search-reference'], { cwd: project, timeoutMs: BUILD_TIMEOUT });
  assertOk(result, what);
  log(`  ${what}: ${secs(result.wallMs)} (CPU ${result.cpuMs === null ? 'n/a' : secs(result.cpuMs)})`);
  return { wallMs: result.wallMs, cpuMs: result.cpuMs };
}

async function measureSize(posts: number): Promise<SizeResult> {
  log(`[${posts} posts] generating corpus`);
  const ours = path.join(work, `site-${posts}`);
  const base = path.join(work, `baseline-${posts}`);
  await copyProject(snapshot, ours);
  await linkNodeModules(repoModules, ours);
  const summary = await corpus(ours, posts);
  const pageSize = library?.siteConfig.postsPerPage ?? 6;
  await createBaseline(base, path.join(ours, 'content'), pageSize, library?.siteConfig.locales ?? TWO_LOCALES);
  await linkNodeModules(repoModules, base);
  if (!summary.editTarget) throw new Error('The corpus has no up-to-date English post to edit for the rebuild measurement.');
  const edit = summary.editTarget.file;

  const sites: Record<'ours' | 'baseline', { dir: string; label: string; result: Omit<SiteResult, 'dist' | 'pages'> & Partial<Pick<SiteResult, 'dist' | 'pages'>> }> = {
    ours: { dir: ours, label: 'Tandem', result: { cold: [], rebuild: [] } },
    baseline: { dir: base, label: 'baseline', result: { cold: [], rebuild: [] } },
  };
  for (let r = 0; r < runs; r++) {
    // Alternate which goes first, so neither always builds on a warmer machine.
    const order = r % 2 === 0 ? (['ours', 'baseline'] as const) : (['baseline', 'ours'] as const);
    for (const key of order) {
      const s = sites[key];
      await clearBuildCaches(s.dir);
      const cold = await build(s.dir, `run ${r + 1}/${runs} ${s.label} full build`);
      if (key === 'baseline') cold.withSearch = await searchReference(s.dir, `run ${r + 1}/${runs} baseline's search index (Pagefind CLI)`);
      s.result.cold.push(cold);
      if (!s.result.dist) {
        s.result.dist = await distSize(path.join(s.dir, 'dist'));
        s.result.pages = s.result.dist.pages;
        if (key === 'ours') searchFigures.push(await searchIndexFigures(posts, lastBuildLines, path.join(s.dir, 'dist')));
      }
      const restore = await editOnePost(path.join(s.dir, edit), r);
      try {
        s.result.rebuild.push(await build(s.dir, `run ${r + 1}/${runs} ${s.label} rebuild after editing ${summary.editTarget.slug}`));
      } finally {
        await restore();
      }
    }
  }
  const done = (key: 'ours' | 'baseline'): SiteResult => {
    const { cold, rebuild, dist, pages } = sites[key].result;
    if (!dist || pages === undefined) throw new Error('no build measured');
    return { cold, rebuild, dist, pages };
  };
  return { posts, corpus: summary, ours: done('ours'), baseline: done('baseline') };
}

// ---------------------------------------------------------------- status

async function measureStatus(posts: number): Promise<{ result: StatusResult; root?: string }> {
  if (!cliAvailable) return { result: { available: false, reason: 'the tandem CLI (src/cli/bin.js) does not run in this checkout' } };
  if (!library) return { result: { available: false, reason: 'src/translation/index.ts does not export markDone, so no base files can be written' } };
  log(`[status] generating a ${posts}-post corpus`);
  const root = path.join(work, `status-${posts}`);
  const summary = await corpus(root, posts);
  const output = path.join(work, `status-${posts}.json`);
  const records: RunRecord[] = [];
  const warm: RunRecord[] = [];
  const single: RunRecord[] = [];
  const timed = async (what: string, args: string[], into: RunRecord[], stdoutFile = path.join(work, 'cli-output.txt')) => {
    const result = await measure(process.execPath, [cliBin, ...args, '--root', root], { cwd: snapshot, stdoutFile, timeoutMs: BUILD_TIMEOUT });
    assertOk(result, what);
    into.push({ wallMs: result.wallMs, cpuMs: result.cpuMs, load: result.load, peakRss: result.peakRss });
    log(`  ${what}: ${secs(result.wallMs)} (CPU ${result.cpuMs === null ? 'n/a' : secs(result.cpuMs)}, load ${result.load.toFixed(1)}), peak RSS ${result.peakRss === null ? 'n/a' : bytes(result.peakRss)}`);
  };
  for (let r = 0; r < runs; r++) {
    // Cold: as in a fresh checkout, no cache; then warm, with the caches that run left.
    await rm(path.join(root, 'node_modules'), { recursive: true, force: true });
    await timed(`run ${r + 1}/${runs} tandem status --json, cold`, ['status', '--json'], records, output);
    await timed(`run ${r + 1}/${runs} tandem status --json, warm`, ['status', '--json'], warm, output);
  }
  const outdated = (JSON.parse(await readFile(output, 'utf8')) as { slug: string; locale: string; status: string }[]).find((record) => record.status === 'outdated');
  for (let r = 0; outdated && r < runs; r++) await timed(`run ${r + 1}/${runs} tandem diff ${outdated.slug} --to ${outdated.locale}`, ['diff', outdated.slug, '--to', outdated.locale], single);
  const json = JSON.parse(await readFile(output, 'utf8')) as { status: string; kind?: string }[];
  const counts: Record<string, number> = {};
  // Converted (derived-locale) versions are the build's, not the generator's, and the static pages the sample's (copied so
  // that the configuration's links have their pages): compare the posts' written translations only.
  for (const record of json) if (record.status !== 'derived' && record.kind !== 'page') counts[record.status] = (counts[record.status] ?? 0) + 1;
  const expected: Record<string, number> = { ...summary.states };
  const matchesCorpus = Object.entries(expected).every(([k, v]) => (counts[k] ?? 0) === v) && Object.keys(counts).every((k) => k in expected);
  if (!matchesCorpus) log(`  WARNING: status found ${JSON.stringify(counts)}, the generator wrote ${JSON.stringify(expected)}`);
  return {
    root,
    result: { available: true, posts, translations: json.length, runs: records, warm, single, outputBytes: (await stat(output)).size, counts, expected, matchesCorpus, corpus: summary },
  };
}

// ---------------------------------------------------------------- baseline from git history

async function measureGitBaseline(commits: number): Promise<GitBaselineResult> {
  if (!cliAvailable || !library) return { available: false, reason: 'the tandem CLI or translation library does not run in this checkout' };
  log(`[baseline] generating a ${commits}-commit history`);
  const root = path.join(work, `git-${commits}`);
  const [source, target] = library.siteConfig.locales.map((l) => l.code);
  if (!source || !target) return { available: false, reason: 'needs two configured locales' };
  const t = performance.now();
  const history = await createGitHistory(root, commits, seed, source, target);
  log(`  generated in ${secs(performance.now() - t)}: ${history.posts} posts, ${history.translations} translations, ${history.renames} renames`);
  const gitLog: RunRecord[] = [];
  const baseline: RunRecord[] = [];
  for (let r = 0; r < runs; r++) {
    // The floor: git alone reading the same history, as the command asks it to.
    const floor = await measure('git', ['log', '--raw', '--no-abbrev', '-M', '-z', '--date-order', '--format=%x01%H %ct %cI', '--', 'content/posts'], { cwd: root, stdoutFile: '/dev/null' });
    assertOk(floor, 'git log');
    gitLog.push({ wallMs: floor.wallMs, cpuMs: floor.cpuMs, load: floor.load, peakRss: floor.peakRss });
    const result = await measure(process.execPath, [cliBin, 'baseline', '--from-git', '--dry-run', '--root', root], { cwd: snapshot, stdoutFile: path.join(work, 'baseline.txt'), timeoutMs: BUILD_TIMEOUT });
    assertOk(result, 'tandem baseline --from-git');
    baseline.push({ wallMs: result.wallMs, cpuMs: result.cpuMs, load: result.load, peakRss: result.peakRss });
    log(`  run ${r + 1}/${runs}: git log ${secs(floor.wallMs)}, tandem baseline --from-git --dry-run ${secs(result.wallMs)} (CPU ${result.cpuMs === null ? 'n/a' : secs(result.cpuMs)})`);
  }
  const summaryLine = (await readFile(path.join(work, 'baseline.txt'), 'utf8')).trim().split('\n').at(-1) ?? '';
  return { available: true, ...history, gitLog, baseline, summaryLine };
}

// ---------------------------------------------------------------- main

function machine(): BenchReport['machine'] {
  const astro = JSON.parse(execFileSync(process.execPath, ['-p', 'JSON.stringify(require("astro/package.json").version)'], { cwd: repo, encoding: 'utf8' })) as string;
  return { cpus: os.availableParallelism(), cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown', memoryGB: Math.round(os.totalmem() / 2 ** 30), os: `${os.type()} ${os.release()}`, node: process.versions.node, astro };
}

function project(): BenchReport['project'] {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8' }).split('\n').filter(Boolean).length;
    return { commit, uncommittedFiles: dirty };
  } catch {
    return { commit: 'unknown', uncommittedFiles: 0 };
  }
}

let failed = false;
try {
  const builds: SizeResult[] = [];
  for (const posts of sizes) builds.push(await measureSize(posts));
  const gitBaseline = gitCommits > 0 ? await measureGitBaseline(gitCommits) : ({ available: false, reason: 'skipped (--git-commits 0)' } as GitBaselineResult);
  const { result: status, root: statusRoot } = statusPosts > 0 ? await measureStatus(statusPosts) : { result: { available: false, reason: 'skipped (--status-posts 0)' } as StatusResult, root: undefined };

  const imported = importPosts > 0 ? await measureImport({ work, snapshot, posts: importPosts, runs, seed, log }) : undefined;

  const workerScaling: NonNullable<BenchReport['workerScaling']> = [];
  const largestBuilt = builds.at(-1);
  for (const count of largestBuilt ? scaling : []) {
    const dir = path.join(work, `site-${largestBuilt?.posts}`);
    await clearBuildCaches(dir);
    const record = await build(dir, `cold build with ${count} render worker${count === 1 ? '' : 's'}`, [], { ...buildEnv, TANDEM_WORKERS: String(count) });
    workerScaling.push({ posts: largestBuilt?.posts ?? 0, workers: count, run: record });
  }

  const profiles: NonNullable<BenchReport['profiles']> = {};
  if (values.profile) {
    const largest = builds.at(-1);
    if (largest) {
      const dir = path.join(work, `site-${largest.posts}`);
      const profDir = path.join(work, 'profile-build');
      await clearBuildCaches(dir);
      log(`[profile] CPU-profiling a Tandem build at ${largest.posts} posts`);
      await build(dir, 'profiled build', ['--cpu-prof', `--cpu-prof-dir=${profDir}`]);
      profiles.build = { posts: largest.posts, ...(await summariseProfiles(profDir, 25)) };
    }
    if (statusRoot) {
      const profDir = path.join(work, 'profile-status');
      log(`[profile] CPU-profiling tandem status --json at ${statusPosts} posts`);
      const result = await measure(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profDir}`, cliBin, 'status', '--json', '--root', statusRoot], { cwd: snapshot, stdoutFile: path.join(work, 'status-profiled.json') });
      assertOk(result, 'profiled tandem status');
      profiles.status = { posts: statusPosts, ...(await summariseProfiles(profDir, 25)) };
    }
  }

  const largestSite = path.join(work, `site-${Math.max(...sizes)}`);
  log('[conversion] rendering the largest corpus\'s Chinese versions with and without conversion');
  const conversion: ConversionFigures | undefined = library ? await measureConversion(largestSite, library.siteConfig, snapshot) : undefined;
  log('[parser] rendering random and adversarial Markdown and a 5 MB post');
  const parser: ParserStressFigures = measureParserStress({ repo, seed, docs: quick ? 150 : 1500, runs: Math.max(runs, 3) });
  const summary = summarise(builds, status);
  const report: BenchReport = {
    schema: 1,
    mode,
    startedAt: startedAt.toISOString(),
    durationS: Math.round((Date.now() - startedAt.getTime()) / 1000),
    options: { sizes, runs, statusPosts, importPosts, gitCommits, seed, ...(workers !== undefined && { workers }), ...(scaling.length > 0 && { scaling }) },
    machine: machine(),
    project: project(),
    rssMethod,
    builds,
    status,
    gitBaseline,
    ...(imported && { import: imported }),
    ...(values.profile && { profiles }),
    ...(workerScaling.length > 0 && { workerScaling }),
    targets: evaluateTargets(summary, builds),
    summary,
    derivedAndSearch: { conversion, search: searchFigures },
    parser,
  };
  await writeReport(outFile, report);
  process.stdout.write(`${formatReport(report)}${formatDerivedAndSearch(conversion, searchFigures, { secs, bytes })}${formatParserStress(parser, { secs })}\n\n  Results: ${path.relative(process.cwd(), outFile) || outFile} · took ${report.durationS} s\n`);
} catch (error) {
  failed = true;
  keep = true;
  process.stderr.write(`\nbench failed: ${(error as Error).stack ?? String(error)}\n\nTemporary projects kept in ${work}\n`);
  process.exitCode = 1;
} finally {
  if (!keep) await rm(work, { recursive: true, force: true });
  else if (!failed) log(`kept temporary projects in ${work}`);
}
