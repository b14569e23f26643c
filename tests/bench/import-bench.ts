/**
 * `npm run bench` part: imports a synthetic bilingual WordPress export (see
 * wxr-corpus.ts) into an empty project with `tandem import wordpress`, against a
 * baseline measured in the same run: the same file only parsed (wxr-parse.ts).
 * @module
 */
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { assertOk, measure, stats, type Stats } from './measure.ts';
import { generateWxr, type WxrSummary } from './wxr-corpus.ts';

/** One import size's measurements. */
export interface ImportResult {
  posts: number;
  export: WxrSummary;
  import: { wallMs: number; cpuMs: number | null; peakRss: number | null; load: number }[];
  parse: { wallMs: number; cpuMs: number | null; peakRss: number | null; load: number }[];
  filesWritten: number;
}

/** Medians for the report. */
export function summariseImport(result: ImportResult): { import: Stats | null; parse: Stats | null; ratio: number | null; rss: Stats | null; parseRss: Stats | null } {
  const wall = stats(result.import.map((r) => r.wallMs));
  const parse = stats(result.parse.map((r) => r.wallMs));
  return { import: wall, parse, ratio: wall && parse ? wall.median / parse.median : null, rss: stats(result.import.map((r) => r.peakRss)), parseRss: stats(result.parse.map((r) => r.peakRss)) };
}

async function countFiles(dir: string): Promise<number> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
}

/** Generates the export, then times `runs` imports (each into a fresh empty project) and as many plain parses. */
export async function measureImport(options: { work: string; snapshot: string; posts: number; runs: number; seed: number; log: (message: string) => void }): Promise<ImportResult> {
  const { work, snapshot, posts, runs, log } = options;
  const file = path.join(work, `wordpress-${posts}.xml`);
  const summary = await generateWxr(file, posts, options.seed);
  log(`[import] generated a ${posts}-post bilingual WordPress export: ${summary.items} items, ${(summary.bytes / 2 ** 20).toFixed(1)} MB`);
  const result: ImportResult = { posts, export: summary, import: [], parse: [], filesWritten: 0 };
  for (let r = 0; r < runs; r++) {
    const parse = await measure(process.execPath, [path.join(import.meta.dirname, 'wxr-parse.ts'), file], { cwd: snapshot, timeoutMs: 30 * 60_000 });
    assertOk(parse, 'parsing the export');
    result.parse.push({ wallMs: parse.wallMs, cpuMs: parse.cpuMs, peakRss: parse.peakRss, load: parse.load });
    const root = path.join(work, `import-${posts}-${r}`);
    await mkdir(path.join(root, 'content'), { recursive: true });
    const run = await measure(process.execPath, [path.join(snapshot, 'src/cli/bin.js'), 'import', 'wordpress', file, '--root', root], { cwd: snapshot, timeoutMs: 30 * 60_000 });
    assertOk(run, 'tandem import wordpress');
    result.import.push({ wallMs: run.wallMs, cpuMs: run.cpuMs, peakRss: run.peakRss, load: run.load });
    result.filesWritten = await countFiles(path.join(root, 'content'));
    log(`  run ${r + 1}/${runs} import: ${(run.wallMs / 1000).toFixed(1)} s, peak RSS ${run.peakRss === null ? 'n/a' : `${Math.round(run.peakRss / 2 ** 20)} MB`}; parse only: ${(parse.wallMs / 1000).toFixed(1)} s`);
  }
  return result;
}
