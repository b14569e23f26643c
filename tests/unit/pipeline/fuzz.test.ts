import { afterAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/pipeline/index.ts';
import { forbiddenIn } from './html-tags.ts';
import { prng, type Random } from './random.ts';

// Random and adversarial Markdown through the whole pipeline: it must never
// throw, always give strings, never let a forbidden element through, and stay
// within a time budget per KB. FUZZ_SEED=n replays a run; FUZZ_DOCS=n makes more.
//
// The budget is ten times what was measured, per KB, on a 2-core container
// (Node 24, rendering warm), plus BASE_MS for fixed costs and pauses: random
// documents had a median of 1.2–1.5 ms/KB over 4,500 documents (seeds 1–3 and
// the default); each adversarial shape has its own figure below. Every run
// prints what it measured.
const RANDOM_MS_PER_KB = 1.5;
const HEADROOM = 10;
const BASE_MS = 250;
const budget = (msPerKb: number, kb: number) => BASE_MS + HEADROOM * msPerKb * Math.max(kb, 1);

const seed = Number(process.env.FUZZ_SEED ?? 20_211_001);
const docs = Number(process.env.FUZZ_DOCS ?? 150);



// Text that trips up segmenters, escapers and parsers.
const ODD = ['\uD800', '\uDFFF', '\u200F', '\u202E', '\u202C', '\u0000', '\u0007', '\uFEFF', '\u00A0', '\u3000', 'e\u0301', '👨‍👩‍👧', '𠮷', '🇬🇧', '\r', '\t', '&amp;', '&#0;', '&#x110000;', '\\', '<', '>', '"', "'"];
const WORDS = ['solidarity', 'union', 'motion', 'Uyghur', '我们', '支持', '维吾尔', '团结', 'ئۇيغۇر', 'Ёлка', 'UCU', '2021', 'e.g.', 'co-op'];
const INLINE_HTML = ['<b>', '</b>', '<span onclick="x()">', '</span>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">', '</a>', '<script>', '</script>', '<svg><script>', '<iframe src="https://www.youtube.com/embed/x">', '<details>', '<!--', '-->', '<div', '<abbr title="t">'];

function text(r: Random, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const roll = r.next();
    if (roll < 0.7) out.push(r.pick(WORDS));
    else if (roll < 0.8) out.push(r.pick(ODD));
    else if (roll < 0.9) out.push(r.pick(['*', '**', '_', '`', '[', ']', '(', ')', '![', '~~', '[^1]', 'https://youtu.be/x', 'www.example.org']));
    else out.push(r.pick(INLINE_HTML));
  }
  return out.join(r.next() < 0.8 ? ' ' : '');
}

function block(r: Random, depth = 0): string {
  const kind = r.int(depth > 4 ? 8 : 14);
  const words = 1 + r.int(30);
  switch (kind) {
    case 0: return `${'#'.repeat(1 + r.int(6))} ${text(r, 1 + r.int(6))}`;
    case 1: return `*${text(r, words)}* **${text(r, 3)}** \`${text(r, 2)}\` [${text(r, 2)}](https://example.org/${r.int(99)}) ![${text(r, 2)}](x.png)`;
    case 2: return `\`\`\`${r.pick(['', 'js', 'html'])}\n${text(r, words)}\n${r.next() < 0.7 ? '```' : ''}`;
    case 3: return `| ${Array.from({ length: 1 + r.int(6) }, () => text(r, 2)).join(' | ')} |\n|${' --- |'.repeat(1 + r.int(6))}\n| ${text(r, 4)} |`;
    case 4: return `${r.pick(['<div>', '<details><summary>S</summary>', '<figure>', '<table><tr><td>', '<div class="x" style="y">'])}\n\n${text(r, words)}\n\n${r.next() < 0.6 ? '</div>' : ''}`;
    case 5: return `[^${r.int(5)}]: ${text(r, words)}\n\n[ref${r.int(5)}]: ${r.pick(['https://example.org', 'javascript:alert(1)', '<>'])}`;
    case 6: return r.pick(['---', '***', '<!-- more -->', '<!--', '[', '*', '```', '<div', '<', '&', '\\']);
    case 7: return text(r, words * 3);
    case 8: return block(r, depth + 1).split('\n').map((line) => `> ${line}`).join('\n');
    case 9:
    case 10: return `${r.pick(['-', '*', '1.', '2)'])} ${block(r, depth + 1).split('\n').join('\n   ')}`;
    case 11: return `${' '.repeat(r.int(8))}${text(r, words)}`;
    case 12: return `<iframe src="${r.pick(['https://www.youtube.com/embed/x', 'https://evil.example/', 'javascript:alert(1)'])}"></iframe>`;
    default: return `${text(r, words)}  \n${text(r, words)}`;
  }
}

/** A random document, sometimes cut off mid-construct or with characters spliced in. */
function randomDocument(r: Random): string {
  let markdown = Array.from({ length: 1 + r.int(40) }, () => block(r)).join(r.pick(['\n\n', '\n', '\r\n\r\n']));
  if (r.next() < 0.2) markdown = markdown.slice(0, r.int(markdown.length + 1));
  for (let i = r.int(5); i > 0; i--) {
    const at = r.int(markdown.length + 1);
    markdown = markdown.slice(0, at) + r.pick([...ODD, '<div', '[', '`', '*', '\n> ', '\n- ']) + markdown.slice(at + r.int(3));
  }
  return markdown;
}

const table = (rows: number, columns: number) => [
  `| ${Array.from({ length: columns }, (_, c) => `H${c}`).join(' | ')} |`,
  `|${' --- |'.repeat(columns)}`,
  ...Array.from({ length: rows }, (_, row) => `| ${Array.from({ length: columns }, (_, c) => `${row}·${c} *x*`).join(' | ')} |`),
].join('\n');

/**
 * The shapes the issue names, at full size, and known slow paths. `msPerKb`:
 * measured; `fallback`: shown as plain text by design (see src/pipeline/nesting.ts).
 */
const adversarial: { name: string; msPerKb: number; markdown: () => string; fallback?: boolean }[] = [
  { name: '1000 nested quotes on one line', msPerKb: 3, markdown: () => `${'>'.repeat(1000)} deep`, fallback: true },
  { name: '1000 nested quotes, a line each', msPerKb: 0.1, markdown: () => Array.from({ length: 1000 }, (_, i) => `${'>'.repeat(i + 1)} level ${i}`).join('\n'), fallback: true },
  { name: '1000 nested lists on one line', msPerKb: 0.4, markdown: () => `${'- '.repeat(1000)}deep`, fallback: true },
  { name: '1000 nested lists, indented (1 MB)', msPerKb: 0.02, markdown: () => Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'), fallback: true },
  { name: '50 levels of lists holding quotes', msPerKb: 7, markdown: () => Array.from({ length: 50 }, (_, i) => `${'  '.repeat(i)}- > item ${i}`).join('\n') },
  { name: '500×50 table', msPerKb: 6.5, markdown: () => table(500, 50) },
  { name: '1 MB line of words', msPerKb: 0.75, markdown: () => 'solidarity forever '.repeat(55_000) },
  { name: '1 MB line of Chinese', msPerKb: 0.2, markdown: () => '我们支持维吾尔族工人的团结，'.repeat(25_000) },
  // micromark resolves emphasis by splicing a paragraph's events once per pair,
  // so dense inline markup costs time quadratic in one paragraph's length
  // (measured: 73 KB 2 s, 146 KB 4 s, 292 KB 10 s, 1 MB 90 s); no post has such a paragraph.
  { name: '100 KB line of emphasis, links and code', msPerKb: 40, markdown: () => '*a* [b](c) `d` '.repeat(7_000) },
  { name: '10,000 unclosed [', msPerKb: 3.5, markdown: () => `${'['.repeat(10_000)}x` },
  { name: '10,000 unclosed *', msPerKb: 0.6, markdown: () => `${'*'.repeat(10_000)}x` },
  { name: '2,000-deep nested emphasis', msPerKb: 45, markdown: () => `${'*'.repeat(2000)}x${'*'.repeat(2000)}` },
  { name: 'unclosed ``` over 10,000 lines', msPerKb: 0.4, markdown: () => `\`\`\`\n${'code <script>alert(1)</script>\n'.repeat(10_000)}` },
  { name: '5,000 unclosed <div', msPerKb: 1.2, markdown: () => '<div>\n'.repeat(5000) + 'x', fallback: true },
  { name: '5,000 nested <span>', msPerKb: 1.7, markdown: () => `${'<span>'.repeat(5000)}x`, fallback: true },
  { name: '100 KB of random Unicode with lone surrogates and RTL marks', msPerKb: 1.5, markdown: () => randomUnicode(prng(seed), 100_000) },
];

function randomUnicode(r: Random, length: number): string {
  let out = '';
  while (out.length < length) {
    const roll = r.next();
    out += roll < 0.1 ? r.pick(ODD) : roll < 0.2 ? '\n' : String.fromCharCode(roll < 0.6 ? 0x20 + r.int(0x60) : r.int(0x10000));
  }
  return out;
}

interface Measure {
  name: string;
  kb: number;
  ms: number;
  budget: number;
}
const measures: Measure[] = [];

function render(name: string, markdown: string, msPerKb: number): { fellBack: boolean } {
  let fellBack = false;
  const kb = Buffer.byteLength(markdown) / 1024;
  const start = performance.now();
  const out = renderMarkdown(markdown, { lang: 'en-GB', onFallback: () => (fellBack = true) });
  const ms = performance.now() - start;
  measures.push({ name, kb, ms, budget: budget(msPerKb, kb) });
  expect(typeof out.html).toBe('string');
  expect(typeof out.excerptHtml).toBe('string');
  expect(Number.isFinite(out.units) && out.units >= 0).toBe(true);
  expect(Array.isArray(out.headings)).toBe(true);
  expect(forbiddenIn(out.html), `${name}: markup the sanitizer should have removed`).toEqual([]);
  expect(ms, `${name}: ${ms.toFixed(0)} ms for ${kb.toFixed(1)} KB`).toBeLessThan(budget(msPerKb, kb));
  return { fellBack };
}

// The first renders compile the parsers; timing them would measure the JIT.
renderMarkdown(randomDocument(prng(1)), { lang: 'en-GB' });

describe(`random documents (seed ${seed})`, () => {
  it(`renders ${docs} without throwing, leaking markup or falling back`, () => {
    const r = prng(seed);
    for (let index = 0; index < docs; index++) {
      const markdown = randomDocument(r);
      const { fellBack } = render(`random #${index}`, markdown, RANDOM_MS_PER_KB);
      expect(fellBack, `random #${index} fell back: FUZZ_SEED=${seed}`).toBe(false);
    }
  });
});

describe('adversarial documents', () => {
  it.each(adversarial)('$name', ({ name, msPerKb, markdown, fallback = false }) => {
    expect(render(name, markdown(), msPerKb).fellBack).toBe(fallback);
  }, 120_000);
});

afterAll(() => {
  const rate = (m: Measure) => m.ms / Math.max(m.kb, 1);
  const random = measures.filter((m) => m.name.startsWith('random')).map(rate).sort((a, b) => a - b);
  const at = (q: number) => random[Math.min(random.length - 1, Math.floor(q * random.length))]?.toFixed(2);
  const lines = [
    `fuzz (seed ${seed}): ${random.length} random documents, ms/KB median ${at(0.5)}, p95 ${at(0.95)}, max ${at(1)}; budget ${BASE_MS} ms + ${HEADROOM * RANDOM_MS_PER_KB} ms/KB`,
    ...measures.filter((m) => !m.name.startsWith('random')).map((m) => `  ${m.name}: ${m.kb.toFixed(0)} KB in ${m.ms.toFixed(0)} ms (${rate(m).toFixed(2)} ms/KB; budget ${m.budget.toFixed(0)} ms)`),
  ];
  console.info(lines.join('\n'));
});
