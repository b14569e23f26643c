import { ConverterFactory, Locale } from 'opencc-js';
import { parse } from 'yaml';
import type { LocaleConfig } from '../config/schema.ts';
import { TandemError } from '../lib/errors.ts';

/** Converts a text from one Chinese standard to another (Simplified → Hong Kong Traditional…). */
export type ScriptConverter = (text: string) => string;

/** Simplified phrase → the form it must take after conversion. */
export type PhraseList = Record<string, string>;

/** Thrown when a locale's phrase list is not a YAML map of text to text. */
export class PhraseListError extends TandemError<'phrase-list'> {
  // Raised while the UI strings load, so it carries its English text too (as UIStringsError does).
  constructor(message: string, file: string) {
    super('phrase-list', { detail: message }, { file }, `${message}\n  → Write one "written form: converted form" pair per line, e.g. 岳普湖: 岳普湖.`);
    this.name = 'PhraseListError';
  }
}

/**
 * The file holding the phrases a derived locale's conversion must write differently.
 * @example phraseFile({ code: 'zh-Hant' }) // 'locales/zh-Hant.phrases.yaml'
 */
export function phraseFile(locale: Pick<LocaleConfig, 'code'>): string {
  return `locales/${locale.code}.phrases.yaml`;
}

/**
 * Reads a phrase list (a YAML map); an empty or comment-only file is an empty list.
 * @example parsePhrases('岳普湖: 岳普湖', 'locales/zh-Hant.phrases.yaml') // { 岳普湖: '岳普湖' }
 */
export function parsePhrases(text: string, file: string): PhraseList {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new PhraseListError(`The phrase list is not valid YAML (${(error as Error).message.split('\n')[0]}).`, file);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new PhraseListError('The phrase list is not a map of phrases.', file);
  const entries = Object.entries(data as Record<string, unknown>);
  const bad = entries.filter(([from, to]) => from.trim() === '' || typeof to !== 'string' || to.trim() === '').map(([from]) => from);
  if (bad.length > 0) throw new PhraseListError(`These phrases have no converted form: ${bad.join(', ')}.`, file);
  return Object.fromEntries(entries as [string, string][]);
}

// Corner brackets replace curly quotes; a ’ between two letters is an apostrophe (don’t) and stays.
const QUOTES: [RegExp, string][] = [
  [/“/g, '「'],
  [/”/g, '」'],
  [/‘/g, '『'],
  [/(?<![A-Za-z0-9])’|’(?![A-Za-z])/g, '』'],
];

const cache = new Map<string, ScriptConverter>();
const openccCache = new Map<string, ScriptConverter>();

// OpenCC's own conversion for a pair of regions, built once per process: its dictionaries make a
// 20 MB trie that takes ~0.15 s to build, and every phrase list of the pair shares it.
function opencc(convert: Pick<NonNullable<LocaleConfig['convert']>, 'from' | 'to'>): ScriptConverter {
  const key = `${convert.from}\0${convert.to}`;
  let converter = openccCache.get(key);
  if (!converter) {
    converter = ConverterFactory(Locale.from[convert.from] ?? [], Locale.to[convert.to] ?? []);
    openccCache.set(key, converter);
  }
  return converter;
}

/**
 * OpenCC's conversion with the phrase list's entries as a dictionary applied after it: each
 * phrase as OpenCC converts it → the form wanted. OpenCC runs its dictionaries one after
 * another, so this is the converter OpenCC would build with the entries as a last dictionary,
 * without building its other dictionaries a second time.
 */
function openccWithPhrases(convert: NonNullable<LocaleConfig['convert']>, phrases: PhraseList): ScriptConverter {
  const base = opencc(convert);
  const fixes = Object.entries(phrases)
    .map(([written, wanted]) => [base(written), wanted] as const)
    .filter(([converted, wanted]) => converted !== wanted);
  if (fixes.length === 0) return base;
  const fix = ConverterFactory([fixes]);
  return (text) => fix(base(text));
}

/**
 * The converter of a derived locale: OpenCC's regional conversion, then the site's phrase
 * list (each phrase is written as the parent locale has it and replaces whatever OpenCC
 * makes of it), then quotation marks. Built once per configuration: the dictionaries take
 * about 0.1 s to load.
 * @example scriptConverter({ from: 'cn', to: 'hk', quotes: 'corner' }, {})('“维吾尔”') // '「維吾爾」'
 * @example scriptConverter({ from: 'cn', to: 'hk', quotes: 'corner' }, { 岳普湖: '岳普湖' })('岳普湖县') // '岳普湖縣'
 */
export function scriptConverter(convert: NonNullable<LocaleConfig['convert']>, phrases: PhraseList): ScriptConverter {
  const key = JSON.stringify([convert, phrases]);
  const cached = cache.get(key);
  if (cached) return cached;
  const withPhrases = openccWithPhrases(convert, phrases);
  const converter: ScriptConverter =
    convert.quotes === 'corner' ? (text) => QUOTES.reduce((result, [pattern, mark]) => result.replace(pattern, mark), withPhrases(text)) : withPhrases;
  cache.set(key, converter);
  return converter;
}

// The ideographs a query can hold: the unified block, extension A, and extension B (beyond 16 bits).
const IDEOGRAPHS: readonly (readonly [number, number])[] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0x20000, 0x2a6df],
];

/**
 * Every ideograph that OpenCC writes differently from `convert.from` to `convert.to` (or back,
 * from `to` to `from`), and each one's other form at the same place: what the search page needs
 * to find a query typed in the other script (维吾尔 on the Traditional pages). One character at
 * a time, so a character that a phrase would convert otherwise (头发 → 頭髮) takes its most
 * common form; the page searches for the query as typed too.
 * @example characterPairs({ from: 'cn', to: 'hk' }, false) // { from: '…维…', to: '…維…' } (3,164 characters each)
 */
export function characterPairs(convert: Pick<NonNullable<LocaleConfig['convert']>, 'from' | 'to'>, back: boolean): { from: string; to: string } {
  const converter = opencc(back ? { from: convert.to, to: convert.from } : convert);
  const pairs = { from: '', to: '' };
  for (const [first, last] of IDEOGRAPHS) {
    for (let code = first; code <= last; code++) {
      const character = String.fromCodePoint(code);
      const other = converter(character);
      if (other !== character && [...other].length === 1) {
        pairs.from += character;
        pairs.to += other;
      }
    }
  }
  return pairs;
}
