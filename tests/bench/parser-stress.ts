/**
 * How long the Markdown pipeline takes on random and adversarial documents
 * (tests/unit/pipeline/fuzz-documents.ts, the shapes the fuzz test checks for
 * correctness) and on a 5 MB post, and whether parsing stays linear. Each
 * figure is also given against the random documents' median ms/KB measured in
 * the same run, which machine load moves much less than wall time.
 * @module
 */
import { parseMarkdown, renderMarkdown } from '../../src/pipeline/index.ts';
import { adversarial, listsAndQuotes, longPostBody, randomDocument } from '../unit/pipeline/fuzz-documents.ts';
import { prng } from '../unit/pipeline/random.ts';
import { stats, type Stats } from './measure.ts';

export interface ShapeFigures {
  name: string;
  kb: number;
  ms: number;
  msPerKb: number;
  /** msPerKb against the random documents' median. */
  ratio: number;
  fellBack: boolean;
}

export interface ParserStressFigures {
  seed: number;
  /** Random documents: ms per KB (each document counted as at least 1 KB). */
  random: { docs: number; msPerKb: Stats | null; p95: number | null };
  shapes: ShapeFigures[];
  /** Parsing 1.6 MB of lists, quotes and paragraphs against 400 KB, median of `runs`: linear ≈ 4, quadratic ≈ 16. */
  linearity: { smallMs: number; largeMs: number; ratio: number };
}

const kbOf = (markdown: string) => Buffer.byteLength(markdown) / 1024;

function timeRender(markdown: string): { ms: number; fellBack: boolean } {
  let fellBack = false;
  const start = performance.now();
  renderMarkdown(markdown, { lang: 'en-GB', onFallback: () => (fellBack = true) });
  return { ms: performance.now() - start, fellBack };
}

function timeParse(markdown: string): number {
  const start = performance.now();
  parseMarkdown(markdown);
  return performance.now() - start;
}

/** Renders `docs` random documents, every adversarial shape at full size and a 5 MB post built from the sample posts under `repo`. */
export function measureParserStress(options: { repo: string; seed: number; docs: number; runs: number }): ParserStressFigures {
  const { repo, seed, docs, runs } = options;
  // The first renders compile the parsers; timing them would measure the JIT.
  timeRender(randomDocument(prng(1)));
  const r = prng(seed);
  const rates: number[] = [];
  for (let index = 0; index < docs; index++) {
    const markdown = randomDocument(r);
    rates.push(timeRender(markdown).ms / Math.max(kbOf(markdown), 1));
  }
  const random = stats(rates);
  const sorted = [...rates].sort((a, b) => a - b);
  const baseline = random?.median ?? 0;
  const shape = (name: string, markdown: string): ShapeFigures => {
    const kb = kbOf(markdown);
    const { ms, fellBack } = timeRender(markdown);
    const msPerKb = ms / Math.max(kb, 1);
    return { name, kb, ms, msPerKb, ratio: baseline > 0 ? msPerKb / baseline : 0, fellBack };
  };
  const shapes = adversarial(true).map(({ name, markdown }) => shape(name, markdown(seed)));
  shapes.push(shape('5 MB post (the sample posts, repeated)', longPostBody(repo, 5 * 1024 * 1024)));

  const small = listsAndQuotes(400);
  const large = listsAndQuotes(1600);
  timeParse(listsAndQuotes(20));
  const smallMs: number[] = [];
  const largeMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    smallMs.push(timeParse(small));
    largeMs.push(timeParse(large));
  }
  const smallMedian = stats(smallMs)?.median ?? 0;
  const largeMedian = stats(largeMs)?.median ?? 0;
  return {
    seed,
    random: { docs, msPerKb: random, p95: sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? null },
    shapes,
    linearity: { smallMs: smallMedian, largeMs: largeMedian, ratio: smallMedian > 0 ? largeMedian / smallMedian : 0 },
  };
}

/** The section printed after the main report. */
export function formatParserStress(figures: ParserStressFigures, fmt: { secs: (ms: number) => string }): string {
  const { random, shapes, linearity } = figures;
  const ms = (n: number | null | undefined) => (n === null || n === undefined ? '?' : n.toFixed(2));
  const lines = [
    '',
    `  Markdown pipeline under stress (seed ${figures.seed})`,
    `    ${random.docs} random documents: ms/KB median ${ms(random.msPerKb?.median)}, p95 ${ms(random.p95)}, max ${ms(random.msPerKb?.max)}`,
    ...shapes.map((s) => `    ${s.name}: ${s.kb.toFixed(0)} KB in ${fmt.secs(s.ms)} (${s.msPerKb.toFixed(2)} ms/KB, ×${s.ratio.toFixed(1)} the random median${s.fellBack ? '; plain-text fallback' : ''})`),
    `    parsing lists and quotes, 1.6 MB against 400 KB: ×${linearity.ratio.toFixed(1)} (${fmt.secs(linearity.largeMs)} / ${fmt.secs(linearity.smallMs)}; linear ≈ ×4, quadratic ≈ ×16) ${linearity.ratio < 9 ? '✓' : '✗'}`,
  ];
  return lines.join('\n');
}
