/**
 * The benchmark's results: the JSON written to bench-results/ (raw figures of every run
 * plus median/min/max, so runs can be compared over time) and the terminal table.
 * @module
 */
import type { ConversionFigures, SearchIndexFigures } from './derived-and-search.ts';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusSummary } from './corpus.ts';
import type { DistSize } from './dist-size.ts';
import { summariseImport, type ImportResult } from './import-bench.ts';
import { stats, type BuildPhases, type RouteTimes, type Stats } from './measure.ts';
import type { ParserStressFigures } from './parser-stress.ts';
import type { ProfileSummary } from './profile.ts';

/** One measured process run. */
export interface RunRecord {
  wallMs: number;
  /** User + system CPU time, when GNU time is available. */
  cpuMs: number | null;
  /** 1-minute load average when the run started. */
  load: number;
  peakRss: number | null;
  phases?: BuildPhases | undefined;
  /** Builds: page-generation time per kind of route, from Astro's per-page log. */
  routes?: RouteTimes | undefined;
  /** Tandem's builds: wall time of the search index (Pagefind), from the build's log. */
  searchMs?: number;
  /** The baseline's cold builds: the Pagefind CLI run over the output afterwards (run.ts, searchReference). */
  withSearch?: { wallMs: number; cpuMs: number | null };
}

export interface SiteResult {
  pages: number;
  cold: RunRecord[];
  rebuild: RunRecord[];
  dist: DistSize;
}

export interface SizeResult {
  posts: number;
  corpus: CorpusSummary;
  ours: SiteResult;
  baseline: SiteResult;
}

export type StatusResult =
  | {
      available: true;
      posts: number;
      /** Records printed: one per post and locale it can be translated into. */
      translations: number;
      /** Cold: no cache (a fresh checkout). */
      runs: RunRecord[];
      /** Warm: right after a run, with its caches (node_modules/.astro/tandem). */
      warm: RunRecord[];
      /** `tandem diff <slug> --to <locale>` on one outdated post of the corpus. */
      single: RunRecord[];
      outputBytes: number;
      counts: Record<string, number>;
      expected: Record<string, number>;
      /** Whether the states found are the ones the generator wrote. */
      matchesCorpus: boolean;
      corpus: CorpusSummary;
    }
  | { available: false; reason: string };

/** `tandem baseline --from-git --dry-run` on a synthetic history, beside `git log` alone reading it. */
export type GitBaselineResult =
  | { available: true; commits: number; posts: number; translations: number; renames: number; gitLog: RunRecord[]; baseline: RunRecord[]; summaryLine: string }
  | { available: false; reason: string };

export interface Target {
  name: string;
  goal: string;
  value: string;
  pass: boolean | null;
  note?: string;
}

export interface BenchReport {
  schema: 1;
  mode: 'quick' | 'full' | 'custom';
  startedAt: string;
  durationS: number;
  options: { sizes: number[]; runs: number; statusPosts: number; importPosts?: number; gitCommits?: number; seed: number; workers?: number; scaling?: number[] };
  machine: { cpus: number; cpuModel: string; memoryGB: number; os: string; node: string; astro: string };
  project: { commit: string; uncommittedFiles: number };
  rssMethod: string;
  builds: SizeResult[];
  status: StatusResult;
  gitBaseline?: GitBaselineResult;
  /** `tandem import wordpress` on a synthetic bilingual export. */
  import?: ImportResult;
  profiles?: { build?: ProfileSummary & { posts: number }; status?: ProfileSummary & { posts: number } };
  /** `--scaling`: one cold build of the largest corpus per render-worker count. */
  workerScaling?: { posts: number; workers: number; run: RunRecord }[];
  targets: Target[];
  /** Derived figures, as printed. */
  summary: ReturnType<typeof summarise>;
  /** Traditional Chinese conversion cost and the search index (tests/bench/derived-and-search.ts). */
  derivedAndSearch?: { conversion: ConversionFigures | undefined; search: SearchIndexFigures[] };
  /** The Markdown pipeline on random and adversarial documents (tests/bench/parser-stress.ts). */
  parser?: ParserStressFigures;
}

// ---------------------------------------------------------------- derived figures

const walls = (runs: RunRecord[]) => stats(runs.map((r) => r.wallMs));
const cpus = (runs: RunRecord[]) => stats(runs.map((r) => r.cpuMs));
const rss = (runs: RunRecord[]) => stats(runs.map((r) => r.peakRss));

function phaseMedians(runs: RunRecord[]): BuildPhases | undefined {
  const with_ = runs.map((r) => r.phases).filter((p): p is BuildPhases => p !== undefined);
  if (with_.length === 0) return undefined;
  const keys = Object.keys(with_[0] as BuildPhases) as (keyof BuildPhases)[];
  return Object.fromEntries(keys.map((k) => [k, stats(with_.map((p) => p[k]))?.median ?? 0])) as unknown as BuildPhases;
}

function routeMedians(runs: RunRecord[]): RouteTimes | undefined {
  const with_ = runs.map((r) => r.routes).filter((r): r is RouteTimes => r !== undefined);
  if (with_.length === 0) return undefined;
  const kinds = [...new Set(with_.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(kinds.map((k) => [k, { pages: with_[0]?.[k]?.pages ?? 0, ms: stats(with_.map((r) => r[k]?.ms ?? 0))?.median ?? 0 }]));
}

function site(result: SiteResult) {
  const cold = walls(result.cold);
  return {
    pages: result.pages,
    build: cold,
    cpu: cpus(result.cold),
    pagesPerSecond: cold ? result.pages / (cold.median / 1000) : null,
    peakRss: rss([...result.cold, ...result.rebuild]),
    rebuild: walls(result.rebuild),
    rebuildCpu: cpus(result.rebuild),
    rebuildPeakRss: rss(result.rebuild),
    phases: phaseMedians(result.cold),
    routes: routeMedians(result.cold),
    rebuildPhases: phaseMedians(result.rebuild),
    /** Wall time without the search index, which the baseline has no counterpart of. */
    searchMs: result.cold.map((r) => r.searchMs ?? null),
    rebuildSearchMs: result.rebuild.map((r) => r.searchMs ?? null),
    buildWithoutSearch: stats(result.cold.map((r) => (r.searchMs === undefined ? null : r.wallMs - r.searchMs))),
    /** The baseline: its build and then the Pagefind CLI over its output, wall and CPU. */
    buildWithSearch: stats(result.cold.map((r) => (r.withSearch ? r.wallMs + r.withSearch.wallMs : null))),
    cpuWithSearch: stats(result.cold.map((r) => (r.withSearch && r.cpuMs !== null && r.withSearch.cpuMs !== null ? r.cpuMs + r.withSearch.cpuMs : null))),
    rebuildWithoutSearch: stats(result.rebuild.map((r) => (r.searchMs === undefined ? null : r.wallMs - r.searchMs))),
  };
}

export function summarise(builds: SizeResult[], status: StatusResult) {
  return {
    builds: builds.map((b) => {
      const ours = site(b.ours);
      const baseline = site(b.baseline);
      return {
        posts: b.posts,
        ours,
        baseline,
        ratio: ours.build && baseline.build ? ours.build.median / baseline.build.median : null,
        cpuRatio: ours.cpu && baseline.cpu ? ours.cpu.median / baseline.cpu.median : null,
        rebuildRatio: ours.rebuild && baseline.rebuild ? ours.rebuild.median / baseline.rebuild.median : null,
        ratioWithoutSearch: ours.buildWithoutSearch && baseline.build ? ours.buildWithoutSearch.median / baseline.build.median : null,
        ratioWithSearch: ours.build && baseline.buildWithSearch ? ours.build.median / baseline.buildWithSearch.median : null,
        cpuRatioWithSearch: ours.cpu && baseline.cpuWithSearch ? ours.cpu.median / baseline.cpuWithSearch.median : null,
        rebuildRatioWithoutSearch: ours.rebuildWithoutSearch && baseline.rebuild ? ours.rebuildWithoutSearch.median / baseline.rebuild.median : null,
      };
    }),
    status: status.available
      ? { posts: status.posts, translations: status.translations, wall: walls(status.runs), cpu: cpus(status.runs), peakRss: rss(status.runs), warmWall: walls(status.warm), warmCpu: cpus(status.warm), singleWall: walls(status.single), singleCpu: cpus(status.single) }
      : null,
    /** Load average of the machine at the start of each measured run: above the CPU count, others were competing. */
    load: stats([...builds.flatMap((b) => [...b.ours.cold, ...b.ours.rebuild, ...b.baseline.cold, ...b.baseline.rebuild]), ...(status.available ? status.runs : [])].map((r) => r.load)),
  };
}

const KB = 1024;
const MB = KB * 1024;
const GB = MB * 1024;

export function evaluateTargets(summary: ReturnType<typeof summarise>, builds: SizeResult[]): Target[] {
  const at2000 = summary.builds.find((b) => b.posts === 2000) ?? summary.builds.at(-1);
  const note = at2000 && at2000.posts !== 2000 ? `measured at ${at2000.posts} posts; the target is for 2,000` : undefined;
  const targets: Target[] = [];
  const ratioTarget = (name: string, value: number | null, goal: number) =>
    targets.push({ name, goal: `≤ ${goal}×`, value: value === null ? 'n/a' : `${value.toFixed(2)}×`, pass: value === null ? null : value <= goal, ...(note && { note }) });
  ratioTarget('build wall time vs plain Astro at 2,000 posts', at2000?.ratio ?? null, 1.5);
  ratioTarget('build CPU time vs plain Astro at 2,000 posts', at2000?.cpuRatio ?? null, 1.5);
  ratioTarget('rebuild after one edit vs plain Astro\'s rebuild', at2000?.rebuildRatio ?? null, 1);
  const peak = at2000?.ours.peakRss?.max ?? null;
  targets.push({ name: 'peak RSS of the build at 2,000 posts', goal: '< 2 GB', value: peak === null ? 'n/a' : bytes(peak), pass: peak === null ? null : peak < 2 * GB, ...(note && { note }) });
  const st = summary.status;
  const stNote = st && st.posts !== 10_000 ? `measured at ${st.posts.toLocaleString('en')} posts; the target is for 10,000` : undefined;
  const timeTarget = (name: string, spread: { median: number } | null | undefined, goalMs: number) =>
    targets.push({ name, goal: `< ${goalMs / 1000} s`, value: spread ? secs(spread.median) : 'not available', pass: spread ? spread.median < goalMs : null, ...(stNote && { note: stNote }) });
  timeTarget('`tandem status --json` on 10,000 posts, cold', st?.wall, 2000);
  timeTarget('`tandem status --json` on 10,000 posts, warm', st?.warmWall, 1000);
  timeTarget('`tandem diff` on one post of that corpus', st?.singleWall, 500);
  const dist2000 = at2000 ? builds.find((b) => b.posts === at2000.posts)?.ours.dist : undefined;
  const html = dist2000?.page.postHtml?.median;
  const allHtml = dist2000 ? `; all pages ${bytes(dist2000.page.html.median)}` : '';
  targets.push({ name: 'HTML per post page (median)', goal: '≤ 8 KB', value: html === undefined ? 'n/a' : bytes(html), pass: html === undefined ? null : html <= 8 * KB, note: `median over post pages${allHtml}` });
  const js = Math.max(0, ...builds.map((b) => b.ours.dist.page.js.max));
  const jsPage = builds.map((b) => b.ours.dist.page.js).sort((a, b) => b.max - a.max)[0];
  const later = builds.map((b) => b.ours.dist.onDemandJs).filter((d) => d !== undefined).sort((a, b) => b.bytes - a.bytes)[0];
  const laterNote = later?.bytes ? `not counted: ${bytes(later.bytes)} of Pagefind's runtime, which ${later.page} imports when a query runs` : undefined;
  targets.push({ name: 'JavaScript per page (largest page)', goal: '≤ 2 KB', value: `${bytes(js)}${jsPage?.maxPage ? ` (${jsPage.maxPage})` : ''}`, pass: js <= 2 * KB, ...(laterNote && { note: laterNote }) });
  return targets;
}

// ---------------------------------------------------------------- formatting

export function bytes(n: number): string {
  if (n >= GB) return `${(n / GB).toFixed(2)} GB`;
  if (n >= MB) return `${(n / MB).toFixed(n >= 100 * MB ? 0 : 1)} MB`;
  if (n >= KB) return `${(n / KB).toFixed(1)} KB`;
  return `${Math.round(n)} B`;
}

export function secs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`;
}

const range = (s: Stats | null, f: (n: number) => string) => (s ? (s.values.length > 1 ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : f(s.median)) : 'n/a');
const num = (n: number) => Math.round(n).toLocaleString('en');

function table(rows: string[][], head?: string[]): string {
  const all = head ? [head, ...rows] : rows;
  const widths = all[0]?.map((_, c) => Math.max(...all.map((r) => [...(r[c] ?? '')].length))) ?? [];
  const line = (r: string[]) => r.map((cell, c) => cell + ' '.repeat(Math.max(0, (widths[c] ?? 0) - [...cell].length))).join('  ').trimEnd();
  const out = all.map(line);
  if (head) out.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  '));
  return out.map((l) => `  ${l}`).join('\n');
}

/** The terminal report. */
export function formatReport(report: BenchReport): string {
  const { summary, machine } = report;
  const out: string[] = [];
  const runs = report.options.runs;
  out.push('');
  out.push(`Tandem benchmark (${report.mode}) · ${runs} run${runs === 1 ? '' : 's'} per figure: median (min–max) · ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB · Node ${machine.node} · Astro ${machine.astro}`);
  out.push('');
  if (summary.builds.length > 0) {
    const head = ['astro build', ...summary.builds.map((b) => `${num(b.posts)} posts`)];
    const row = (label: string, f: (b: (typeof summary.builds)[number], k: number) => string) => [label, ...summary.builds.map(f)];
    const phase = (b: (typeof summary.builds)[number], which: 'ours' | 'baseline') => {
      const p = b[which].phases;
      return p ? `${secs(p.startup)} / ${secs(p.content)} / ${secs(p.bundle)} / ${secs(p.pages)} / ${secs(p.finish)}` : 'n/a';
    };
    const dist = (k: number, which: 'ours' | 'baseline') => (report.builds[k] as SizeResult)[which].dist;
    out.push(
      table(
        [
          row('pages built: Tandem / baseline', (b) => `${num(b.ours.pages)} / ${num(b.baseline.pages)}`),
          row('Tandem: full build', (b) => range(b.ours.build, secs)),
          row('baseline (plain Astro): full build', (b) => range(b.baseline.build, secs)),
          row('ratio Tandem / baseline (wall time)', (b) => (b.ratio === null ? 'n/a' : `${b.ratio.toFixed(2)}×`)),
          row('CPU time (user+sys): Tandem', (b) => range(b.ours.cpu, secs)),
          row('CPU time (user+sys): baseline', (b) => range(b.baseline.cpu, secs)),
          row('ratio Tandem / baseline (CPU time)', (b) => (b.cpuRatio === null ? 'n/a' : `${b.cpuRatio.toFixed(2)}×`)),
          row('pages/s: Tandem / baseline', (b) => `${b.ours.pagesPerSecond?.toFixed(0) ?? 'n/a'} / ${b.baseline.pagesPerSecond?.toFixed(0) ?? 'n/a'}`),
          row('peak RSS: Tandem', (b) => range(b.ours.peakRss, bytes)),
          row('peak RSS: baseline', (b) => range(b.baseline.peakRss, bytes)),
          row('rebuild after editing 1 post: Tandem', (b) => range(b.ours.rebuild, secs)),
          row('rebuild after editing 1 post: baseline', (b) => range(b.baseline.rebuild, secs)),
          row('rebuild ratio Tandem / baseline (wall)', (b) => (b.rebuildRatio === null ? 'n/a' : `${b.rebuildRatio.toFixed(2)}×`)),
          row('search index (Pagefind): cold / rebuild', (b) => `${range(stats(b.ours.searchMs), secs)} / ${range(stats(b.ours.rebuildSearchMs), secs)}`),
          row('wall ratios less the search time after the pages: build / rebuild', (b) => `${b.ratioWithoutSearch?.toFixed(2) ?? 'n/a'}× / ${b.rebuildRatioWithoutSearch?.toFixed(2) ?? 'n/a'}×`),
          row('baseline, then the Pagefind CLI: wall / CPU', (b) => `${range(b.baseline.buildWithSearch, secs)} / ${range(b.baseline.cpuWithSearch, secs)}`),
          row('ratio Tandem / that, both with search: wall / CPU', (b) => `${b.ratioWithSearch?.toFixed(2) ?? 'n/a'}× / ${b.cpuRatioWithSearch?.toFixed(2) ?? 'n/a'}×`),
          row('phases, Tandem: start / content / bundle / pages / end', (b) => phase(b, 'ours')),
          row('phases, baseline', (b) => phase(b, 'baseline')),
          row('Tandem rebuild phases', (b) => {
            const p = b.ours.rebuildPhases;
            return p ? `${secs(p.startup)} / ${secs(p.content)} / ${secs(p.bundle)} / ${secs(p.pages)} / ${secs(p.finish)}` : 'n/a';
          }),
          row('bytes/page in dist, Tandem: HTML / CSS / JS', (_, k) => {
            const d = dist(k, 'ours');
            return `${bytes(d.perPage.html)} / ${bytes(d.perPage.css)} / ${bytes(d.perPage.js)}`;
          }),
          row('bytes/page in dist, baseline', (_, k) => {
            const d = dist(k, 'baseline');
            return `${bytes(d.perPage.html)} / ${bytes(d.perPage.css)} / ${bytes(d.perPage.js)}`;
          }),
          row('per page loads, Tandem: HTML med/max', (_, k) => `${bytes(dist(k, 'ours').page.html.median)} / ${bytes(dist(k, 'ours').page.html.max)} (${dist(k, 'ours').page.html.maxPage})`),
          row('  post pages: HTML med/max', (_, k) => `${bytes(dist(k, 'ours').page.postHtml.median)} / ${bytes(dist(k, 'ours').page.postHtml.max)}`),
          row('  CSS (inline + linked) med/max', (_, k) => `${bytes(dist(k, 'ours').page.css.median)} / ${bytes(dist(k, 'ours').page.css.max)}`),
          row('  JS (inline + linked) med/max', (_, k) => `${bytes(dist(k, 'ours').page.js.median)} / ${bytes(dist(k, 'ours').page.js.max)}`),
          row('  JS imported when used (Pagefind on search)', (_, k) => `${bytes(dist(k, 'ours').onDemandJs.bytes)}`),
          row('per page loads, baseline: JS med/max', (_, k) => `${bytes(dist(k, 'baseline').page.js.median)} / ${bytes(dist(k, 'baseline').page.js.max)}`),
          row('corpus: Markdown / Chinese-first / EN words / ZH chars', (_, k) => {
            const c = (report.builds[k] as SizeResult).corpus;
            return `${bytes(c.markdownBytes)} / ${c.chineseFirst} / ${num(c.sourceUnits.enWords)} / ${num(c.sourceUnits.zhChars)}`;
          }),
          row('corpus: up to date / outdated / draft / missing', (_, k) => {
            const s = (report.builds[k] as SizeResult).corpus.states;
            return `${s['up-to-date']} / ${s.outdated} / ${s.draft} / ${s.missing}`;
          }),
        ],
        head,
      ),
    );
    out.push('');
    const largest = summary.builds.at(-1);
    if (largest?.ours.routes) {
      const kinds = [...new Set([...Object.keys(largest.ours.routes), ...Object.keys(largest.baseline.routes ?? {})])].sort((a, b) => (largest.ours.routes?.[b]?.ms ?? 0) - (largest.ours.routes?.[a]?.ms ?? 0));
      const cell = (r: RouteTimes | undefined, k: string) => {
        const e = r?.[k];
        return e ? `${num(e.pages)} × ${(e.ms / e.pages).toFixed(1)} ms = ${secs(e.ms)}` : '—';
      };
      out.push(table(kinds.map((k) => [k, cell(largest.ours.routes, k), cell(largest.baseline.routes, k)]), [`page generation at ${num(largest.posts)} posts (median)`, 'Tandem: pages × ms/page = total', 'baseline']));
      out.push('');
    }
  }
  const st = report.status;
  if (st.available) {
    const s = summary.status;
    const states = Object.entries(st.counts).map(([k, v]) => `${num(v)} ${k}`).join(', ');
    out.push(
      table(
        [
          ['corpus', `${num(st.posts)} posts, ${num(st.translations)} translations (${states})${st.matchesCorpus ? '' : ' — DIFFERS from what was generated!'}`],
          ['wall time, cold (no cache)', range(s?.wall ?? null, secs)],
          ['CPU time (user+sys), cold', range(s?.cpu ?? null, secs)],
          ['wall time / CPU, warm (cached)', `${range(s?.warmWall ?? null, secs)} / ${range(s?.warmCpu ?? null, secs)}`],
          ['`tandem diff` one post: wall / CPU', `${range(s?.singleWall ?? null, secs)} / ${range(s?.singleCpu ?? null, secs)}`],
          ['peak RSS', range(s?.peakRss ?? null, bytes)],
          ['JSON printed', bytes(st.outputBytes)],
        ],
        ['tandem status --json', ''],
      ),
    );
  } else {
    out.push(`  tandem status --json: not available (${st.reason})`);
  }
  if (report.import) {
    const i = summariseImport(report.import);
    const e = report.import.export;
    out.push('');
    out.push(
      table(
        [
          ['export', `${num(e.posts)} posts, ${num(e.items)} items, ${bytes(e.bytes)}; ${num(report.import.filesWritten)} files written`],
          ['import: wall time', range(i.import, secs)],
          ['import: peak RSS', range(i.rss, bytes)],
          ['baseline (parse the export only): wall time', range(i.parse, secs)],
          ['baseline: peak RSS', range(i.parseRss, bytes)],
          ['ratio import / parse only (wall time)', i.ratio === null ? 'n/a' : `${i.ratio.toFixed(1)}×`],
        ],
        ['tandem import wordpress', ''],
      ),
    );
  }
  out.push('');
  const gb = report.gitBaseline;
  if (gb?.available) {
    const ours = walls(gb.baseline);
    const floor = walls(gb.gitLog);
    out.push(
      table(
        [
          ['history', `${num(gb.commits)} commits, ${num(gb.posts)} posts, ${num(gb.translations)} translations without a base record, ${num(gb.renames)} folder renames`],
          ['git log alone (same pass)', range(floor, secs)],
          ['tandem baseline (wall)', range(ours, secs)],
          ['tandem baseline (CPU)', range(cpus(gb.baseline), secs)],
          ['ratio to git log alone', ours && floor ? `${(ours.median / floor.median).toFixed(1)}×` : 'n/a'],
          ['result', gb.summaryLine],
        ],
        ['tandem baseline --from-git --dry-run', ''],
      ),
    );
  } else if (gb) out.push(`  tandem baseline --from-git: not available (${gb.reason})`);
  out.push('');
  out.push(table(report.targets.map((t) => [t.pass === null ? '?' : t.pass ? '✓' : '✗', t.name, t.goal, t.value, t.note ?? '']), ['', 'target (reported, not asserted)', 'goal', 'measured', '']));
  if (report.workerScaling?.length) {
    const first = report.workerScaling[0];
    out.push('');
    out.push(
      table(
        report.workerScaling.map(({ workers, run }) => [
          `${workers}`,
          secs(run.wallMs),
          run.cpuMs === null ? 'n/a' : secs(run.cpuMs),
          run.phases ? secs(run.phases.content) : 'n/a',
          first && first.run.wallMs > 0 ? `${(first.run.wallMs / run.wallMs).toFixed(2)}×` : 'n/a',
          run.peakRss === null ? 'n/a' : bytes(run.peakRss),
        ]),
        [`render workers (${num(first?.posts ?? 0)} posts, cold)`, 'wall', 'CPU', 'content phase', `speed-up vs ${first?.workers ?? '?'}`, 'peak RSS'],
      ),
    );
  }
  for (const [label, p] of Object.entries(report.profiles ?? {})) {
    if (!p) continue;
    out.push('');
    out.push(`  Where the time goes: CPU profile of ${label === 'build' ? 'one Tandem build' : 'one `tandem status --json`'} at ${num(p.posts)} posts (${secs(p.totalMs)} sampled, self time)`);
    out.push(table(p.areas.slice(0, 12).map((a) => [secs(a.ms), `${(a.share * 100).toFixed(0)}%`, a.area])));
    out.push('  hottest functions:');
    out.push(table(p.functions.slice(0, 10).map((f) => [secs(f.ms), f.fn])));
  }
  out.push('');
  const load = summary.load;
  if (load) {
    // The benchmark's own builds count towards the load too, hence the margin.
    const busy = load.max > machine.cpus * 1.5;
    out.push(`  Machine load (1-min average) at the start of the runs: ${load.min.toFixed(1)}–${load.max.toFixed(1)} on ${machine.cpus} CPUs.${busy ? ' Other work was competing for the CPUs: wall times are inflated; CPU times and ratios are steadier.' : ''}`);
  }
  out.push(`  Phases come from when Astro's log lines arrive: start = Node start-up and astro.config.mjs; content = content layer`);
  out.push(`  (loaders, Markdown rendering, data store); bundle = types, build info, Vite/Rolldown; pages = generating static routes.`);
  out.push(`  Peak RSS: ${report.rssMethod}.`);
  return out.join('\n');
}

/** Writes the JSON report, creating its folder. */
export async function writeReport(file: string, report: BenchReport): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
}
