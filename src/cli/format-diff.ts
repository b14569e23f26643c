import { diffText, type Change, type TextPiece } from '../translation/index.ts';
import type { Output } from './output.ts';

const BLOCK_KINDS: [RegExp, string][] = [
  [/^#{1,6}(\s|$)|^[^\n]+\n(=+|-+)\s*$/, 'heading'],
  [/^([-*+]|\d{1,9}[.)])(\s|$)/, 'list'],
  [/^\|/, 'table'],
  [/^(`{3,}|~{3,})|^( {4}|\t)/, 'code block'],
  [/^>/, 'quote'],
  [/^\[\^[^\]]+\]:/, 'footnote'],
  [/^\[[^\]]+\]:/, 'link definition'],
  [/^</, 'HTML'],
  [/^([-*_])(\s*\1){2,}\s*$/, 'divider'],
];

/**
 * Names a block for a reader from its Markdown.
 * @example describeBlock('## Where to begin') // 'heading'
 * @example describeBlock('Some text.') // 'paragraph'
 */
export function describeBlock(markdown: string): string {
  return BLOCK_KINDS.find(([pattern]) => pattern.test(markdown))?.[1] ?? 'paragraph';
}

const FIELD_NAMES: Record<string, string> = { title: 'Title', summary: 'Summary', location: 'Location', updates: 'Update note' };

function heading(change: Change): string {
  const index = change.kind === 'removed' ? change.oldIndex : change.newIndex;
  const text = change.kind === 'removed' ? change.oldText : change.newText;
  const position = index === undefined ? '' : ` ${index + 1}`;
  const from = change.kind === 'moved' ? ` (was ${change.oldIndex + 1})` : '';
  if (change.field) return `${FIELD_NAMES[change.field] ?? change.field}${position} ${change.kind}${from}`;
  return `Block${position} (${describeBlock(text)}) ${change.kind}${from}`;
}

/** Marks pieces line by line, so a change spanning lines never leaves a marker dangling at a line end. */
function mark(pieces: readonly TextPiece[], kind: 'removed' | 'added', out: Output): string {
  const [open, close] = kind === 'removed' ? ['[-', '-]'] : ['{+', '+}'];
  return pieces
    .filter((p) => p.kind === 'same' || p.kind === kind)
    .map((p) => {
      if (p.kind === 'same') return p.text;
      return p.text
        .split('\n')
        .map((line) => (line === '' ? line : out.color ? out.style([kind === 'removed' ? 'red' : 'green', 'bold'], line) : `${open}${line}${close}`))
        .join('\n');
    })
    .join('');
}

function gutter(label: string, text: string, out: Output, style: 'red' | 'green' | 'dim'): string {
  const lines = text.split('\n');
  return lines.map((line, k) => `     ${out.style(style, (k === 0 ? label : '').padStart(3))} │ ${line}`).join('\n');
}

/**
 * Renders changes for a terminal: a numbered heading per change, then the old and new
 * source text, with the words that changed highlighted (or marked [-old-] {+new+}
 * when the output has no colour).
 */
export function formatChanges(changes: readonly Change[], lang: string, out: Output): string {
  return changes
    .map((change, k) => {
      const title = `${String(k + 1).padStart(3)}. ${out.style('bold', heading(change))}`;
      switch (change.kind) {
        case 'changed': {
          const pieces = diffText(change.oldText, change.newText, lang);
          const oldText = pieces ? mark(pieces, 'removed', out) : change.oldText;
          const newText = pieces ? mark(pieces, 'added', out) : change.newText;
          return [title, gutter('was', oldText, out, 'red'), gutter('now', newText, out, 'green')].join('\n');
        }
        case 'added':
          return [title, gutter('new', change.newText, out, 'green')].join('\n');
        case 'removed':
          return [title, gutter('was', change.oldText, out, 'red')].join('\n');
        case 'moved':
          return [title, gutter('', change.newText, out, 'dim')].join('\n');
      }
    })
    .join('\n\n')
    .concat('\n');
}
