import { createInterface } from 'node:readline/promises';
import { styleText } from 'node:util';
import { terminalSafe } from '../lib/terminal-text.ts';

/** A style `node:util` styleText understands, e.g. 'red' or 'bold'. */
export type Style = Parameters<typeof styleText>[0];

/** Where a command writes: text plus styling that knows whether this stream shows colour. */
export interface Output {
  write(text: string): void;
  /** Styles text if the stream shows colour (a terminal, and NO_COLOR unset); otherwise returns it as is. */
  style(format: Style, text: string): string;
  /** Whether `style` adds colour, for output that needs another way to mark things without it. */
  readonly color: boolean;
  /** Whether the stream is a terminal, where a progress line can redraw itself. */
  readonly tty?: boolean;
}

/** The CLI's two outputs: results to `out`, errors and warnings to `err`. */
export interface Io {
  out: Output;
  err: Output;
  /** Asks the person at the terminal and returns their answer; absent when nobody can answer (input is not a terminal). */
  ask?: (question: string) => Promise<string>;
}

async function askOnTerminal(question: string): Promise<string> {
  // Questions go to stderr, so stdout stays the command's result even while it asks.
  const lines = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await lines.question(question);
  } finally {
    lines.close();
  }
}

function streamOutput(stream: NodeJS.WriteStream): Output {
  // styleText checks the stream itself (TTY, NO_COLOR, FORCE_COLOR); probing once tells whether it will colour.
  const color = styleText('red', 'x', { stream }) !== 'x';
  return {
    write: (text) => void stream.write(terminalSafe(text)),
    style: (format, text) => (color ? styleText(format, text, { stream }) : text),
    color,
    tty: stream.isTTY === true,
  };
}

/** Output to the process's stdout and stderr; control characters other than Tandem's own colours are shown, never sent. */
export function processIo(): Io {
  return { out: streamOutput(process.stdout), err: streamOutput(process.stderr), ...(process.stdin.isTTY && { ask: askOnTerminal }) };
}

// Characters a terminal draws two columns wide (CJK ideographs, kana, Hangul, fullwidth forms).
const WIDE = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/gu;

/**
 * The number of terminal columns a string takes.
 * @example displayWidth('中文') // 4
 */
export function displayWidth(text: string): number {
  return text.length + (text.match(WIDE)?.length ?? 0);
}

/**
 * Lays out rows as aligned columns. Cells are plain text; `paint` styles a cell
 * after padding, so colour codes never upset the alignment.
 * @example table([['a', 'bb'], ['ccc', 'd']]) // 'a    bb\nccc  d\n'
 */
export function table(rows: readonly (readonly string[])[], paint: (text: string, row: number, column: number) => string = (t) => t, indent = ''): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, displayWidth(cell))));
  const pad = (cell: string, width: number) => cell + ' '.repeat(Math.max(0, width - displayWidth(cell)));
  return rows
    .map((row, r) => indent + row.map((cell, c) => paint(c === row.length - 1 ? cell : pad(cell, widths[c] ?? 0), r, c)).join('  ').trimEnd())
    .join('\n')
    .concat('\n');
}

/**
 * Today's date where the command runs, as YYYY-MM-DD (the translator's calendar, not UTC).
 * @example today(new Date(2021, 2, 1)) // '2021-03-01'
 */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
