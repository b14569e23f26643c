import type { Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A dated note found at the start or end of a post. */
export interface FoundUpdate {
  date: string;
  text: string;
}

/** An update-like note that was left in the text, and why. */
export interface AmbiguousUpdate {
  text: string;
  reason: 'no-date' | 'not-a-date' | 'short-year' | 'month-first' | 'no-text' | 'has-links' | 'mid-post';
}

const WORD = String.raw`(?:update[ds]?|更新|更正)`;
const DATE = String.raw`[0-9０-９][0-9０-９/.\-年月日 ]*[0-9０-９日]|[0-9０-９]`;
const NOTE = new RegExp(String.raw`^([\[【(（])?\s*${WORD}(?:\s+on)?\s*[:：]?\s*[(（]?\s*(${DATE})?\s*[)）]?\s*([\]】)）])?\s*[:：\-–—]?\s*([\s\S]*)$`, 'iu');
const WORD_AND_COLON = new RegExp(String.raw`^[\[【(（]?\s*${WORD}\s*[:：]`, 'iu');

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads the date of an update note, UK day-first (`23/02/2021`), or year-first
 * (`2021-02-23`, `2021年2月23日`). Returns the ISO date or why it cannot be trusted.
 * @example parseNoteDate('23/02/2021') // '2021-02-23'
 * @example parseNoteDate('02/23/2021') // { reason: 'month-first' }
 * @example parseNoteDate('3/4/21') // { reason: 'short-year' }
 */
export function parseNoteDate(raw: string): string | { reason: AmbiguousUpdate['reason'] } {
  const text = raw.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).trim();
  const yearFirst = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  const dayFirst = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})$/.exec(text);
  let year: number;
  let month: number;
  let day: number;
  if (yearFirst) [year, month, day] = [Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])];
  else if (dayFirst) {
    if (dayFirst[3]?.length !== 4) return { reason: 'short-year' };
    [day, month, year] = [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
    if (month > 12 && day <= 12) return { reason: 'month-first' };
  } else return { reason: 'not-a-date' };
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : { reason: 'not-a-date' };
}

type Reading = { update: FoundUpdate } | { ambiguous: AmbiguousUpdate } | undefined;

function readNote(node: RootContent): Reading {
  if (node.type !== 'paragraph') return undefined;
  const whole = toString(node).trim();
  const match = NOTE.exec(whole);
  if (!match) return undefined;
  const [, open, rawDate, close, rest = ''] = match;
  // A marker word makes a note only in brackets, before a date or before a colon: "Updated guidance shows…" is prose.
  if (!((open && close) || rawDate || WORD_AND_COLON.test(whole))) return undefined;
  const text = rest.trim();
  if (!rawDate) return { ambiguous: { text: whole, reason: 'no-date' } };
  const date = parseNoteDate(rawDate);
  if (typeof date !== 'string') return { ambiguous: { text: whole, ...date } };
  if (text === '') return { ambiguous: { text: whole, reason: 'no-text' } };
  if (hasLinks(node)) return { ambiguous: { text: whole, reason: 'has-links' } };
  return { update: { date, text } };
}

const hasLinks = (node: Paragraph) => node.children.some((child) => child.type === 'link' || child.type === 'image' || child.type === 'linkReference');

/**
 * Takes "[Update 23/02/2021] …" notes (and "更新" ones) from the start and end of a
 * post into structured updates, newest first as Tandem shows them. A note Tandem
 * cannot read for sure — no date, a two-digit year, a month-first date, links in it,
 * or standing mid-post — stays in the text and is returned as ambiguous.
 * @example extractUpdates(tree).updates // [{ date: '2021-02-23', text: 'Students voted…' }]
 */
export function extractUpdates(tree: Root): { updates: FoundUpdate[]; ambiguous: AmbiguousUpdate[] } {
  const updates: FoundUpdate[] = [];
  const ambiguous: AmbiguousUpdate[] = [];
  const take = (index: number): boolean => {
    const node = tree.children[index];
    const reading = node && readNote(node);
    if (!reading || !('update' in reading)) return false;
    updates.push(reading.update);
    tree.children.splice(index, 1);
    return true;
  };
  while (tree.children.length > 1 && take(0));
  while (tree.children.length > 1 && take(tree.children.length - 1));
  tree.children.forEach((node, index) => {
    const reading = readNote(node);
    if (!reading) return;
    const atEdge = index === 0 || index === tree.children.length - 1;
    if ('ambiguous' in reading) ambiguous.push(reading.ambiguous);
    else if (!atEdge) ambiguous.push({ text: reading.update.text, reason: 'mid-post' });
  });
  updates.sort((a, b) => b.date.localeCompare(a.date));
  return { updates, ambiguous };
}
