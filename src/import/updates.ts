import type { Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { siteConfig } from '../config/site.ts';

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
// "23 Feb 2021", "23rd February, 2021", "February 23, 2021": a month named is never ambiguous.
const NAMED_DATE = String.raw`[0-9]{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,}\.?,?\s+[0-9]{4}|\p{L}{3,}\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+[0-9]{4}`;
const DATE = String.raw`${NAMED_DATE}|[0-9０-９][0-9０-９/.\-年月日 ]*[0-9０-９日]|[0-9０-９]`;
const NOTE = new RegExp(String.raw`^([\[【(（])?\s*${WORD}(?:\s+on)?\s*[:：]?\s*[(（]?\s*(${DATE})?\s*[)）]?\s*([\]】)）])?\s*[:：\-–—]?\s*([\s\S]*)$`, 'iu');
const WORD_AND_COLON = new RegExp(String.raw`^[\[【(（]?\s*${WORD}\s*[:：]`, 'iu');

const pad = (n: number) => String(n).padStart(2, '0');

// The month names of the site's languages (January…, from Intl), for dates that spell the month out.
const MONTHS = [...new Set(siteConfig.locales.map((l) => l.lang))].flatMap((lang) => Array.from({ length: 12 }, (_, i) => ({
  name: new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2021, i, 1)).toLowerCase(),
  month: i + 1,
}))).filter((m) => /^\p{L}+$/u.test(m.name));

/**
 * The month a spelled-out name or its abbreviation (three letters or more) stands for.
 * @example monthNumber('Sept') // 9 where the site has an English locale
 */
export function monthNumber(word: string): number | undefined {
  const token = word.toLowerCase();
  const found = new Set(MONTHS.filter((m) => token.length >= 3 && m.name.startsWith(token)).map((m) => m.month));
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Reads the date of an update note, UK day-first (`23/02/2021`), year-first
 * (`2021-02-23`, `2021年2月23日`) or with the month spelled out (`23 Feb 2021`, `February 23, 2021`). Returns the ISO date or why it cannot be trusted.
 * @example parseNoteDate('23/02/2021') // '2021-02-23'
 * @example parseNoteDate('02/23/2021') // { reason: 'month-first' }
 * @example parseNoteDate('3/4/21') // { reason: 'short-year' }
 */
export function parseNoteDate(raw: string): string | { reason: AmbiguousUpdate['reason'] } {
  const text = raw.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).trim();
  const yearFirst = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  const dayFirst = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})$/.exec(text);
  const named = /^(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}+)\.?,?\s+(\d{4})$/u.exec(text) ?? /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u.exec(text);
  let year: number;
  let month: number;
  let day: number;
  if (named) {
    const [first = '', second = ''] = [named[1], named[2]];
    const dayText = /^\d/.test(first) ? first : second;
    const monthOf = monthNumber(/^\d/.test(first) ? second : first);
    if (monthOf === undefined) return { reason: 'not-a-date' };
    [year, month, day] = [Number(named[3]), monthOf, Number(dayText)];
  } else if (yearFirst) [year, month, day] = [Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])];
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
