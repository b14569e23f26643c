const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * Whether text is a real moment written as `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`:
 * the one date check of every field, record and flag. A real date is one the
 * Gregorian calendar has (2021-02-30 is not; `Date.parse` would roll it over to
 * March); a real time is 00:00 to 23:59. Checked by arithmetic, not by printing
 * a Date back: a cold `tandem status` checks tens of thousands of dates.
 * @example isIsoDate('2021-02-28') // true
 * @example isIsoDate('2021-02-30') // false
 * @example isIsoDate('9999-99-99') // false
 * @example isIsoDate('2021-07-05T18:00', 'minutes') // true
 */
export function isIsoDate(value: string, precision: 'days' | 'minutes' = 'days'): boolean {
  const match = (precision === 'days' ? DAY : MINUTE).exec(value);
  if (!match) return false;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0] = match.slice(1).map(Number);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days && hour <= 23 && minute <= 59;
}

/**
 * A day (a UTC midnight, as content dates are read) written back as `YYYY-MM-DD`.
 * @example isoDay(new Date('2021-02-23T00:00:00Z')) // '2021-02-23'
 */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first day a content date may name (see contentDayOutside). */
export const EARLIEST_CONTENT_DAY = '1990-01-01';

/**
 * Whether a real day (`YYYY-MM-DD`, see isIsoDate) is outside the days content may be
 * dated, seen on `today`: 'early' before 1990-01-01, 'late' more than a year after today,
 * else undefined. Earlier days are placeholders (0000-01-01, 0001-01-01, a spreadsheet's
 * 1900-01-01, a zero timestamp's 1970-01-01) or mistyped years, and precede the web; later
 * ones are mistyped years (2062 for 2026) that would keep a post first in every listing for
 * decades. A year's slack lets a date run ahead of the build's clock (time zones, a post
 * merged before its day) without accepting typos; a date never leaves the range as time passes.
 * @example contentDayOutside('0000-01-01', new Date('2026-12-01')) // 'early'
 * @example contentDayOutside('2021-02-23', new Date('2026-12-01')) // undefined
 * @example contentDayOutside('2062-02-23', new Date('2026-12-01')) // 'late'
 */
export function contentDayOutside(value: string, today: Date): 'early' | 'late' | undefined {
  if (value < EARLIEST_CONTENT_DAY) return 'early';
  const day = isoDay(today);
  // Compared as text, as YYYY-MM-DD sorts by date: a year after 29 February is "29 February", before 1 March.
  const latest = `${String(Number(day.slice(0, 4)) + 1).padStart(4, '0')}${day.slice(4)}`;
  return value > latest ? 'late' : undefined;
}
