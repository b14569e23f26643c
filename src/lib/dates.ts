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
