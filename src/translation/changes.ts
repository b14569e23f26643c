import type { BaseRecord, FingerprintedUpdate, SourceSnapshot } from './base-record.ts';
import { diffBlocks, type Change, type SourceField } from './diff-blocks.ts';
import type { FingerprintedText } from './fingerprint.ts';

/**
 * How an update note reads in a change: its date and text, as the site shows them.
 * @example updateText({ hash: '…', date: '2021-02-23', text: 'Passed.' }) // '[2021-02-23] Passed.'
 */
export function updateText(update: FingerprintedUpdate): string {
  return `[${update.date}] ${update.text}`;
}

function compareField(field: Exclude<SourceField, 'updates'>, before: FingerprintedText | undefined, after: FingerprintedText | undefined): Change[] {
  if (before?.hash === after?.hash) return [];
  if (before && after) return [{ kind: 'changed', field, oldText: before.text, newText: after.text }];
  if (after) return [{ kind: 'added', field, newText: after.text }];
  return before ? [{ kind: 'removed', field, oldText: before.text }] : [];
}

/**
 * Everything that changed in the source since a base record was made: fields
 * first (title, summary, location, update notes), then body blocks in reading order.
 * Empty when the differences are only formatting. Pure.
 */
export function compareToBase(base: Pick<BaseRecord, 'fields' | 'blocks'>, now: Pick<SourceSnapshot, 'fields' | 'blocks'>): Change[] {
  const asText = (updates: readonly FingerprintedUpdate[] | undefined) => (updates ?? []).map((u) => ({ hash: u.hash, text: updateText(u) }));
  const updates = diffBlocks(asText(base.fields.updates), asText(now.fields.updates), 'updates');
  return [
    ...compareField('title', base.fields.title, now.fields.title),
    ...compareField('summary', base.fields.summary, now.fields.summary),
    ...compareField('location', base.fields.location, now.fields.location),
    ...updates,
    ...diffBlocks(base.blocks, now.blocks),
  ];
}
