/**
 * Random and adversarial Markdown for the pipeline: the fuzz test checks what
 * comes out (tests/unit/pipeline/fuzz.test.ts), the bench times it
 * (tests/bench/parser-stress.ts).
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { splitFrontmatter } from '../../../src/content/frontmatter.ts';
import { prng, type Random } from './random.ts';

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
export function randomDocument(r: Random): string {
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

export interface Adversarial {
  name: string;
  markdown: (seed: number) => string;
  /** Shown as plain text by design (see src/pipeline/nesting.ts). */
  fallback?: boolean;
}

/**
 * The shapes the issue names and known slow paths. `full`: at full size, as
 * the bench times them; otherwise the shapes whose cost is only their length
 * are a tenth as long, which shows the same output in a tenth of the time.
 * @example adversarial(false).find((a) => a.name.endsWith('table'))?.name // '50×50 table'
 */
export const adversarial = (full: boolean): Adversarial[] => [
  { name: '1000 nested quotes on one line', markdown: () => `${'>'.repeat(1000)} deep`, fallback: true },
  { name: '1000 nested quotes, a line each', markdown: () => Array.from({ length: 1000 }, (_, i) => `${'>'.repeat(i + 1)} level ${i}`).join('\n'), fallback: true },
  { name: '1000 nested lists on one line', markdown: () => `${'- '.repeat(1000)}deep`, fallback: true },
  { name: '1000 nested lists, indented (1 MB)', markdown: () => Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'), fallback: true },
  { name: '50 levels of lists holding quotes', markdown: () => Array.from({ length: 50 }, (_, i) => `${'  '.repeat(i)}- > item ${i}`).join('\n') },
  { name: `${full ? 500 : 50}×50 table`, markdown: () => table(full ? 500 : 50, 50) },
  { name: `${full ? '1 MB' : '100 KB'} line of words`, markdown: () => 'solidarity forever '.repeat(full ? 55_000 : 5_500) },
  { name: `${full ? '1 MB' : '100 KB'} line of Chinese`, markdown: () => '我们支持维吾尔族工人的团结，'.repeat(full ? 25_000 : 2_500) },
  // micromark resolves emphasis by splicing a paragraph's events once per pair,
  // so dense inline markup costs time quadratic in one paragraph's length
  // (measured: 73 KB 2 s, 146 KB 4 s, 292 KB 10 s, 1 MB 90 s); no post has such a paragraph.
  { name: `${full ? 100 : 10} KB line of emphasis, links and code`, markdown: () => '*a* [b](c) `d` '.repeat(full ? 7_000 : 700) },
  { name: '10,000 unclosed [', markdown: () => `${'['.repeat(10_000)}x` },
  { name: '10,000 unclosed *', markdown: () => `${'*'.repeat(10_000)}x` },
  { name: '2,000-deep nested emphasis', markdown: () => `${'*'.repeat(2000)}x${'*'.repeat(2000)}` },
  { name: 'unclosed ``` over 10,000 lines', markdown: () => `\`\`\`\n${'code <script>alert(1)</script>\n'.repeat(10_000)}` },
  { name: '5,000 unclosed <div', markdown: () => '<div>\n'.repeat(5000) + 'x', fallback: true },
  { name: '5,000 nested <span>', markdown: () => `${'<span>'.repeat(5000)}x`, fallback: true },
  { name: `${full ? 100 : 10} KB of random Unicode with lone surrogates and RTL marks`, markdown: (seed) => randomUnicode(prng(seed), full ? 100_000 : 10_000) },
];

function randomUnicode(r: Random, length: number): string {
  let out = '';
  while (out.length < length) {
    const roll = r.next();
    out += roll < 0.1 ? r.pick(ODD) : roll < 0.2 ? '\n' : String.fromCharCode(roll < 0.6 ? 0x20 + r.int(0x60) : r.int(0x10000));
  }
  return out;
}

/**
 * At least `kb` KB of short lists, quotes and paragraphs, in whole groups of
 * the three: the shape that made micromark's edit map quadratic.
 * @example listsAndQuotes(1).startsWith('- one 0\n- two\n\n> quote') // true
 */
export function listsAndQuotes(kb: number): string {
  let markdown = '';
  for (let i = 0; markdown.length < kb * 1024; i++) markdown += `- one ${i}\n- two\n\n> quote\n\nPara.\n\n`;
  return markdown;
}

/**
 * A post body of at least `bytes` bytes: the sample posts' bodies under
 * `root`, repeated (headings, lists, tables, footnotes and links in both languages).
 * @example Buffer.byteLength(longPostBody(repoRoot, 1024)) >= 1024 // true
 */
export function longPostBody(root: string, bytes: number): string {
  const dir = path.join(root, 'content/posts');
  const bodies = readdirSync(dir).flatMap((slug) => readdirSync(path.join(dir, slug)).filter((name) => name.endsWith('.md')).map((name) => splitFrontmatter(readFileSync(path.join(dir, slug, name), 'utf8'))?.body ?? ''));
  const parts: string[] = [];
  for (let total = 0, index = 0; total < bytes; index++) {
    const part = `${bodies[index % bodies.length]}\n\n`;
    parts.push(part);
    total += Buffer.byteLength(part);
  }
  return parts.join('');
}
