import type { Translate } from '../i18n/create-i18n.ts';
import type { UIKey } from '../i18n/ui-schema.ts';
import { visibleControls } from '../lib/terminal-text.ts';
import { blockKind } from '../translation/block-kind.ts';
import { diffText, type TextPiece } from '../translation/word-diff.ts';
import type { Change, SourceField } from '../translation/diff-blocks.ts';
import { displayWidth, type Output } from './output.ts';

/**
 * Names a block for a reader from its Markdown.
 * @example describeBlock('## Where to begin', t) // 'heading' in English
 * @example describeBlock('Some text.', t) // 'paragraph' in English
 */
export function describeBlock(markdown: string, t: Translate): string {
  return t(`cli.block.${blockKind(markdown)}`);
}

// The site's dashboard names the fields the same way.
const FIELD_NAMES: Record<SourceField, UIKey> = { title: 'change.field.title', summary: 'change.field.summary', location: 'change.field.location', updates: 'change.field.updates' };

function heading(change: Change, t: Translate): string {
  const index = change.kind === 'removed' ? change.oldIndex : change.newIndex;
  const text = change.kind === 'removed' ? change.oldText : change.newText;
  const number = index === undefined ? undefined : index + 1;
  let what: string;
  if (change.field) {
    const field = t(FIELD_NAMES[change.field]);
    what = number === undefined ? field : t('cli.diff.fieldNumbered', { field, number });
  } else {
    what = number === undefined ? describeBlock(text, t) : t('cli.diff.block', { number, kind: describeBlock(text, t) });
  }
  return change.kind === 'moved' ? t('cli.diff.moved', { what, from: change.oldIndex + 1 }) : t(`cli.diff.${change.kind}`, { what });
}

/** Marks pieces line by line, so a change spanning lines never leaves a marker dangling at a line end. */
function mark(pieces: readonly TextPiece[], kind: 'removed' | 'added', out: Output): string {
  const [open, close] = kind === 'removed' ? ['[-', '-]'] : ['{+', '+}'];
  return pieces
    .filter((p) => p.kind === 'same' || p.kind === kind)
    .map((p) => {
      if (p.kind === 'same') return visibleControls(p.text);
      return visibleControls(p.text)
        .split('\n')
        .map((line) => (line === '' ? line : out.color ? out.style([kind === 'removed' ? 'red' : 'green', 'bold'], line) : `${open}${line}${close}`))
        .join('\n');
    })
    .join('');
}

/**
 * Renders changes for a terminal: a numbered heading per change, then the old and new
 * source text (control characters shown as escapes, never obeyed), with the words that changed highlighted (or marked [-old-] {+new+}
 * when the output has no colour).
 */
export function formatChanges(changes: readonly Change[], lang: string, out: Output, t: Translate): string {
  const labels = { was: t('cli.diff.was'), now: t('cli.diff.now'), new: t('cli.diff.new') };
  // Labels are padded to the widest, measured in terminal columns: Chinese ones are two per character.
  const width = Math.max(...Object.values(labels).map(displayWidth));
  const gutter = (label: string, text: string, style: 'red' | 'green' | 'dim') =>
    text
      .split('\n')
      .map((line, k) => {
        const shown = k === 0 ? label : '';
        return `     ${out.style(style, ' '.repeat(width - displayWidth(shown)) + shown)} │ ${line}`;
      })
      .join('\n');
  return changes
    .map((change, k) => {
      const title = `${String(k + 1).padStart(3)}. ${out.style('bold', heading(change, t))}`;
      switch (change.kind) {
        case 'changed': {
          const pieces = diffText(change.oldText, change.newText, lang);
          const oldText = pieces ? mark(pieces, 'removed', out) : visibleControls(change.oldText);
          const newText = pieces ? mark(pieces, 'added', out) : visibleControls(change.newText);
          return [title, gutter(labels.was, oldText, 'red'), gutter(labels.now, newText, 'green')].join('\n');
        }
        case 'added':
          return [title, gutter(labels.new, visibleControls(change.newText), 'green')].join('\n');
        case 'removed':
          return [title, gutter(labels.was, visibleControls(change.oldText), 'red')].join('\n');
        case 'moved':
          return [title, gutter('', visibleControls(change.newText), 'dim')].join('\n');
      }
    })
    .join('\n\n')
    .concat('\n');
}
