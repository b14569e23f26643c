/**
 * Measuring a child process: wall time (performance.now() from spawn to exit), peak
 * memory, and when each line of its output arrived (to split a build into phases).
 *
 * Peak RSS: when GNU time is installed (/usr/bin/time), its %M is the kernel's
 * high-water mark of the largest process it waited for, exact however short the peak.
 * The process tree is also sampled every 50 ms through /proc (VmRSS of every
 * descendant, summed), which catches memory spread over several processes; the larger
 * of the two is reported. Without either (not Linux), peak RSS is reported as null.
 * GNU time also gives CPU time (user + system), which other work on a shared machine
 * inflates far less than wall time; the 1-minute load average at the start is kept too.
 * @module
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';

export const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME);
const hasProc = existsSync('/proc/self/status');

/** How peak memory is measured on this machine, for the report. */
export const rssMethod = hasGnuTime
  ? 'max(GNU time %M: kernel high-water RSS of the largest process; sum of VmRSS over the process tree sampled every 50 ms)'
  : hasProc
    ? 'sum of VmRSS over the process tree, sampled every 50 ms, and VmHWM of each process'
    : 'not available on this platform';

export interface Line {
  /** ms since spawn. */
  at: number;
  text: string;
}

export interface Measured {
  wallMs: number;
  /** CPU time (user + system) of the process and its waited-for children, from GNU time; null without it. */
  cpuMs: number | null;
  /** 1-minute load average of the machine when the run started: other work competing for the CPUs. */
  load: number;
  /** Bytes, or null when it cannot be measured here. */
  peakRss: number | null;
  /** Most processes seen at once in the tree (excluding the GNU time wrapper). */
  processes: number;
  exitCode: number | null;
  signal: string | null;
  lines: Line[];
  stderr: string;
}

/** Process groups of the commands running now, so an interrupted benchmark can stop them. */
const running = new Set<number>();

/** Kills every command `measure` is running (each with its whole process tree). */
export function killRunning(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Send stdout to this file instead of capturing it (large outputs such as status JSON). */
  stdoutFile?: string;
  timeoutMs?: number;
}

async function status(pid: number): Promise<{ rss: number; hwm: number } | undefined> {
  try {
    const text = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

async function children(pid: number): Promise<number[]> {
  try {
    const tasks = await readdir(`/proc/${pid}/task`);
    const lists = await Promise.all(tasks.map((t) => readFile(`/proc/${pid}/task/${t}/children`, 'utf8').catch(() => '')));
    return lists.join(' ').split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

async function tree(root: number): Promise<number[]> {
  const all: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    all.push(pid);
    queue.push(...(await children(pid)));
  }
  return all;
}

/** Runs a command to completion, measuring it. Never rejects on a non-zero exit: check exitCode. */
export async function measure(command: string, args: readonly string[], options: RunOptions): Promise<Measured> {
  const timeFile = path.join(tmpdir(), `tandem-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const [file, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]] : [command, [...args]];
  const load = os.loadavg()[0] ?? 0;
  const out = options.stdoutFile ? openSync(options.stdoutFile, 'w') : undefined;
  const lines: Line[] = [];
  let stderr = '';
  let peakTree = 0;
  let processes = 0;
  const hwm = new Map<number, number>();

  const start = performance.now();
  // Its own process group, so a timeout or an interrupt stops the whole tree (GNU time, Node, esbuild).
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', out ?? 'pipe', 'pipe'], detached: true });
  if (child.pid !== undefined) running.add(child.pid);
  let partial = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const at = performance.now() - start;
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const text of parts) lines.push({ at, text });
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    if (stderr.length > 200_000) stderr = stderr.slice(-100_000);
  });

  let sampling = false;
  const sample = async () => {
    if (!hasProc || sampling || child.pid === undefined) return;
    sampling = true;
    try {
      const pids = await tree(child.pid);
      // Under GNU time, the wrapper itself is not what we measure.
      const measured = hasGnuTime ? pids.slice(1) : pids;
      const stats = await Promise.all(measured.map(async (pid) => [pid, await status(pid)] as const));
      let sum = 0;
      for (const [pid, s] of stats) {
        if (!s) continue;
        sum += s.rss;
        hwm.set(pid, Math.max(hwm.get(pid) ?? 0, s.hwm));
      }
      peakTree = Math.max(peakTree, sum);
      processes = Math.max(processes, stats.filter(([, s]) => s).length);
    } finally {
      sampling = false;
    }
  };
  const timer = setInterval(() => void sample(), 50);
  const killer = options.timeoutMs
    ? setTimeout(() => {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      }, options.timeoutMs)
    : undefined;

  const [exitCode, signal] = await new Promise<[number | null, string | null]>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, sig) => resolve([code, sig]));
  });
  const wallMs = performance.now() - start;
  if (child.pid !== undefined) running.delete(child.pid);
  clearInterval(timer);
  if (killer) clearTimeout(killer);
  if (out !== undefined) closeSync(out);
  if (partial) lines.push({ at: wallMs, text: partial });

  let kernelPeak = 0;
  let cpuMs: number | null = null;
  if (hasGnuTime) {
    const text = await readFile(timeFile, 'utf8').catch(() => '');
    // The file holds "Command exited with non-zero status N" first when the command failed.
    const m = /(\d+) ([\d.]+) ([\d.]+)\s*$/.exec(text.trim());
    if (m) {
      kernelPeak = Number(m[1]) * 1024;
      cpuMs = (Number(m[2]) + Number(m[3])) * 1000;
    }
    await rm(timeFile, { force: true });
  }
  // With one process at a time, its own high-water mark (read while it ran) is exact too.
  const hwmPeak = processes <= 1 ? Math.max(0, ...hwm.values()) : 0;
  const peak = Math.max(kernelPeak, peakTree, hwmPeak);
  return { wallMs, cpuMs, load, peakRss: peak > 0 ? peak : null, processes, exitCode, signal, lines, stderr };
}

/** Throws with the tail of the output when a measured command failed. */
export function assertOk(result: Measured, what: string): void {
  if (result.exitCode === 0) return;
  const tail = [...result.lines.slice(-30).map((l) => l.text), result.stderr.slice(-4000)].join('\n');
  throw new Error(`${what} failed (exit ${result.exitCode ?? result.signal}):\n${tail}`);
}

/** The median, min and max of some numbers (nulls ignored). */
export interface Stats {
  median: number;
  min: number;
  max: number;
  values: number[];
}

export function stats(values: readonly (number | null)[]): Stats | null {
  const v = values.filter((x): x is number => x !== null && Number.isFinite(x));
  if (v.length === 0) return null;
  const sorted = [...v].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted.at(-1) as number, values: v };
}

/** Phases of an `astro build`, in ms, from when its log lines arrived. */
export interface BuildPhases {
  /** Node and Astro start-up, loading astro.config.mjs (ours reads all content there, for the sitemap). */
  startup: number;
  /** Content layer: loaders run, Markdown rendered, data store written. */
  content: number;
  /** Type generation, build info and the Vite/Rolldown bundles. */
  bundle: number;
  /** Rendering every page to HTML. */
  pages: number;
  /** After the pages: integrations (sitemap), clean-up, exit. */
  finish: number;
}

/** Splits a build into phases from its log; undefined when the log lacks the markers. */
export function buildPhases(lines: readonly Line[], wallMs: number): BuildPhases | undefined {
  const find = (re: RegExp, from = 0) => lines.findIndex((l, k) => k >= from && re.test(l.text));
  const contentStart = find(/\[content\] Syncing content/);
  const contentEnd = find(/\[content\] Synced content/, contentStart);
  const pagesStart = find(/generating static routes/, contentEnd);
  const pagesEnd = find(/✓ Completed in/, pagesStart + 1);
  if ([contentStart, contentEnd, pagesStart, pagesEnd].some((k) => k < 0)) return undefined;
  const at = (k: number) => (lines[k] as Line).at;
  return {
    startup: at(contentStart),
    content: at(contentEnd) - at(contentStart),
    bundle: at(pagesStart) - at(contentEnd),
    pages: at(pagesEnd) - at(pagesStart),
    finish: wallMs - at(pagesEnd),
  };
}

/** Page-generation time per kind of route, from Astro's per-page "(+12ms)" log. */
export type RouteTimes = Record<string, { pages: number; ms: number }>;

/** What kind of page a built path is, for grouping its render time. */
export function routeKind(file: string): string {
  if (/\/posts\/[^/]+\//.test(file)) return 'post pages';
  if (/\/404(\/|\.html)/.test(file)) return 'other (/, 404, robots.txt)';
  if (/^\/[a-z-]+\/(\d+\/)?index\.html$/.test(file)) return 'home pages (paginated)';
  if (/\/tags\//.test(file)) return 'tag pages';
  if (/\/translations\//.test(file)) return 'translations dashboard';
  if (/rss\.xml$/.test(file)) return 'RSS feeds';
  return 'other (/, 404, robots.txt)';
}

/**
 * Sums the time Astro logs for each page it generates, per kind of route; pages an
 * incremental build copied from the previous one (logged "(cached)" or "(restored)",
 * without a time) are counted apart. Pages generated several at a time
 * (`build.concurrency`) log overlapping times: given the pages phase's wall time, the
 * sums are scaled to add up to it, so each kind's figure is its share of that phase.
 */
export function routeTimes(lines: readonly Line[], pagesPhaseMs?: number): RouteTimes | undefined {
  const times: RouteTimes = {};
  for (const { text } of lines) {
    const copied = /[├└]─ (\S+) \((?:cached|restored)\)/.exec(text);
    if (copied) {
      const entry = (times[`${routeKind(copied[1] ?? '')}, copied`] ??= { pages: 0, ms: 0 });
      entry.pages++;
      continue;
    }
    const m = /[├└]─ (\S+) \(\+(?:(\d+)m ?)?([\d.]+)(ms|s)\)/.exec(text);
    if (!m) continue;
    const ms = Number(m[3]) * (m[4] === 's' ? 1000 : 1) + Number(m[2] ?? 0) * 60_000;
    const kind = routeKind(m[1] ?? '');
    const entry = (times[kind] ??= { pages: 0, ms: 0 });
    entry.pages++;
    entry.ms += ms;
  }
  const logged = Object.values(times).reduce((sum, entry) => sum + entry.ms, 0);
  if (pagesPhaseMs !== undefined && logged > pagesPhaseMs && logged > 0) for (const entry of Object.values(times)) entry.ms *= pagesPhaseMs / logged;
  return Object.keys(times).length > 0 ? times : undefined;
}
