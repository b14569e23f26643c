import type { LocaleConfig } from '../config/schema.ts';

// Building an Intl.DateTimeFormat loads locale data: a site formats thousands of dates with a handful of formats.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
const zoneFormatters = new Map<string, Intl.DateTimeFormat>();
const eventFormatters = new Map<string, Intl.DateTimeFormat>();
const zoneNameFormatters = new Map<string, Intl.DateTimeFormat>();
// Each post's date is shown on its page and on every listing that has it, in each locale: formatted once.
const formattedDates = new Map<string, string>();
const CACHE_LIMIT = 100_000;

/** The value cached under `key`, made and kept (while the cache is not full) the first time. */
function cached<T>(cache: Map<string, T>, key: string, create: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = create();
    if (cache.size < CACHE_LIMIT) cache.set(key, value);
  }
  return value;
}

/**
 * Formats a calendar date (stored at UTC midnight) in a locale's long style.
 * @example formatDate(new Date('2021-02-23'), en) // '23 February 2021'
 * @example formatDate(new Date('2021-02-23'), zh) // '2021年2月23日'
 */
export function formatDate(date: Date, locale: LocaleConfig): string {
  return cached(formattedDates, `${locale.dateLocale}\0${date.getTime()}`, () =>
    cached(dateFormatters, locale.dateLocale, () => new Intl.DateTimeFormat(locale.dateLocale, { dateStyle: 'long', timeZone: 'UTC' })).format(date),
  );
}

/**
 * Formats an event's start (and end) in its own time zone, naming the zone, since
 * readers in Hong Kong and London must both know when to join.
 * The two parts are returned apart so the UI string decides how they are joined
 * (brackets and spacing differ between English and Chinese).
 * @example formatEventTime({ start, end, timeZone: 'Europe/London' }, en) // { when: 'Sunday 5 July 2020, 18:00–20:00', zone: 'British Summer Time' }
 */
export function formatEventTime(event: { start: Date; end?: Date | undefined; timeZone: string }, locale: LocaleConfig): { when: string; zone: string } {
  const key = `${locale.dateLocale}\0${event.timeZone}`;
  const when = cached(formattedDates, `${key}\0${event.start.getTime()}\0${event.end?.getTime()}`, () => {
    const format = cached(eventFormatters, key, () => new Intl.DateTimeFormat(locale.dateLocale, { dateStyle: 'full', timeStyle: 'short', timeZone: event.timeZone }));
    return event.end ? format.formatRange(event.start, event.end) : format.format(event.start);
  });
  const zone = cached(formattedDates, `${key}\0${event.start.getTime()}`, () =>
    cached(zoneNameFormatters, key, () => new Intl.DateTimeFormat(locale.dateLocale, { timeZone: event.timeZone, timeZoneName: 'long' }))
      .formatToParts(event.start)
      .find((part) => part.type === 'timeZoneName')?.value ?? event.timeZone,
  );
  return { when, zone };
}

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  return cached(zoneFormatters, timeZone, () => new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }));
}

// Minutes a zone is ahead of UTC at an instant.
function offsetAt(instant: number, timeZone: string): number {
  const parts = zoneFormatter(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return (Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - Math.floor(instant / 1000) * 1000) / 60_000;
}

/** The instants a wall-clock time can mean in a zone, earliest first, and whether the clock shows it. */
export interface ZonedReadings {
  /** One instant normally; none when a clock change skips the time; two when it repeats it. */
  instants: Date[];
  /** The instant the time is taken to mean: the first of `instants`; a skipped time read with the offset from before the change (02:30 is 03:30 after a 02:00 → 03:00 jump). */
  instant: Date;
  /** The two readings either side of a clock change, as local time with UTC offset, e.g. 2021-03-28T01:30+00:00. */
  readings: [string, string];
}

/**
 * What a wall-clock time means in a zone: normally one instant, but none when
 * the clocks go forward over it and two when they go back over it.
 * @example zonedReadings('2021-03-28T01:30', 'Europe/London').instants // [] (skipped)
 * @example zonedReadings('2021-10-31T01:30', 'Europe/London').readings // ['2021-10-31T01:30+01:00', '2021-10-31T01:30+00:00']
 */
export function zonedReadings(local: string, timeZone: string): ZonedReadings {
  const asUtc = Date.parse(`${local}Z`);
  // Zones change offset at most once within a day either side of a time.
  const offsets = [...new Set([offsetAt(asUtc - 86_400_000, timeZone), offsetAt(asUtc + 86_400_000, timeZone)])];
  // One offset all around (most times): no change to skip or repeat the time, so it reads at that offset, unchecked.
  const candidates = offsets.map((offset) => asUtc - offset * 60_000);
  const instants = offsets.length === 1 ? candidates : candidates.filter((instant) => offsetAt(instant, timeZone) === (asUtc - instant) / 60_000);
  const [before = 0, after = before] = offsets;
  // An instant as the clock showed it at an offset: 2021-03-28T02:30+01:00.
  const show = (instant: number, offset: number) => `${new Date(instant + offset * 60_000).toISOString().slice(0, 16)}${formatOffset(offset)}`;
  // Skipped: the time read with the offset before the change is really later, and with the offset after, earlier.
  const readings: [string, string] = instants.length === 0
    ? [show(asUtc - after * 60_000, before), show(asUtc - before * 60_000, after)]
    : [show(asUtc - before * 60_000, before), show(asUtc - after * 60_000, after)];
  instants.sort((a, b) => a - b);
  return { instants: instants.map((instant) => new Date(instant)), instant: new Date(instants[0] ?? asUtc - before * 60_000), readings };
}

/**
 * A UTC offset in minutes as ISO 8601 writes it.
 * @example formatOffset(-330) // '-05:30'
 */
function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * Converts a wall-clock time in a named zone to an instant, so "18:00 in London"
 * stays 18:00 London whatever machine builds the site: the instant of its
 * zonedReadings (a time repeated by a clock change means its first occurrence;
 * content validation reports both cases).
 * @example zonedTimeToDate('2021-07-05T18:00', 'Europe/London').toISOString() // '2021-07-05T17:00:00.000Z'
 * @example zonedTimeToDate('2021-03-28T01:30', 'Europe/Berlin').toISOString() // '2021-03-28T00:30:00.000Z' (still winter time)
 */
export function zonedTimeToDate(local: string, timeZone: string): Date {
  return zonedReadings(local, timeZone).instant;
}

const languageNames = new Map<string, string>();

/**
 * Names a language in the reader's language, for running text ("the original Chinese"),
 * where the native labels of the switcher would read oddly.
 * With `withScript`, the script is named too, to tell Simplified from Traditional Chinese.
 * @example languageName(zh, en) // 'Chinese'
 * @example languageName(en, zh) // '英语'
 * @example languageName(zh, zhHant, true) // '簡體中文'
 */
export function languageName(of: LocaleConfig, inLocale: LocaleConfig, withScript = false): string {
  // Notices and the switcher name languages on every page: Intl.DisplayNames is slow to build.
  return cached(languageNames, `${of.lang}\0${of.label}\0${inLocale.lang}\0${withScript}`, () => {
    const names = new Intl.DisplayNames([inLocale.lang], { type: 'language', fallback: 'none' });
    const tag = new Intl.Locale(of.lang);
    return names.of(withScript ? `${tag.language}-${tag.maximize().script}` : tag.language) ?? of.label;
  });
}

/**
 * A language's name that tells it apart from the other configured locales: with its script
 * where another locale is the same language (Simplified and Traditional Chinese).
 * @example distinctLanguageName(zh, en, [en, zh]) // 'Chinese'
 * @example distinctLanguageName(zh, en, [en, zh, zhHant]) // 'Simplified Chinese'
 */
export function distinctLanguageName(of: LocaleConfig, inLocale: LocaleConfig, locales: readonly LocaleConfig[]): string {
  const language = new Intl.Locale(of.lang).language;
  return languageName(of, inLocale, locales.some((other) => other !== of && new Intl.Locale(other.lang).language === language));
}
