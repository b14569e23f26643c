/**
 * Whether text is a real moment written as `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`:
 * the one date check of every field, record and flag. `Date.parse` rolls
 * 2021-02-30 over to March and rejects 9999-99-99 outright; a real date prints
 * back as itself.
 * @example isIsoDate('2021-02-28') // true
 * @example isIsoDate('2021-02-30') // false
 * @example isIsoDate('9999-99-99') // false
 * @example isIsoDate('2021-07-05T18:00', 'minutes') // true
 */
export function isIsoDate(value: string, precision: 'days' | 'minutes' = 'days'): boolean {
  const shape = precision === 'days' ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
  if (!shape.test(value)) return false;
  const time = Date.parse(precision === 'days' ? `${value}T00:00:00Z` : `${value}Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}
