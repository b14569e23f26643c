import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { formatDate, formatEventTime, zonedTimeToDate } from '../../../src/i18n/format.ts';

describe('formatDate', () => {
  it.each(siteConfig.locales.map((locale) => [locale.code, locale] as const))('formats in the long style of %s', (_code, locale) => {
    const formatted = formatDate(new Date('2021-02-23T00:00:00Z'), locale);
    expect(formatted).toMatch(/2021/);
    expect(formatted).toMatch(/23/);
  });
  it('gives the British and Chinese long forms for the sample locales', () => {
    const byDateLocale = Object.fromEntries(siteConfig.locales.map((l) => [l.dateLocale, formatDate(new Date('2021-02-23T00:00:00Z'), l)]));
    expect(Object.values(byDateLocale)).toEqual(expect.arrayContaining(['23 February 2021', '2021年2月23日']));
  });
});

describe('zonedTimeToDate', () => {
  it.each([
    ['2021-07-05T18:00', 'Europe/London', '2021-07-05T17:00:00.000Z'],
    ['2021-01-05T18:00', 'Europe/London', '2021-01-05T18:00:00.000Z'],
    ['2021-10-01T19:30', 'Asia/Hong_Kong', '2021-10-01T11:30:00.000Z'],
    // Around clock changes, east and west of Greenwich: still winter time an hour before the jump…
    ['2021-03-28T01:30', 'Europe/Berlin', '2021-03-28T00:30:00.000Z'],
    ['2021-03-28T03:30', 'Europe/Berlin', '2021-03-28T01:30:00.000Z'],
    ['2021-03-14T01:30', 'America/New_York', '2021-03-14T06:30:00.000Z'],
    // …a repeated time is its first occurrence, in summer time…
    ['2021-10-31T02:30', 'Europe/Berlin', '2021-10-31T00:30:00.000Z'],
    ['2021-11-07T01:30', 'America/New_York', '2021-11-07T05:30:00.000Z'],
    // …and a skipped one reads with the offset from before the jump (an hour later on the clock after it).
    ['2021-03-28T01:30', 'Europe/London', '2021-03-28T01:30:00.000Z'],
    ['2021-03-28T02:30', 'Europe/Berlin', '2021-03-28T01:30:00.000Z'],
  ])('%s in %s is %s', (local, zone, iso) => {
    expect(zonedTimeToDate(local, zone).toISOString()).toBe(iso);
  });
});

describe('formatEventTime', () => {
  it('names the event\'s own time zone in the reader\'s language', () => {
    const event = { start: zonedTimeToDate('2020-07-05T18:00', 'Europe/London'), end: zonedTimeToDate('2020-07-05T20:00', 'Europe/London'), timeZone: 'Europe/London' };
    const formatted = siteConfig.locales.map((locale) => formatEventTime(event, locale));
    expect(formatted).toContainEqual({ when: expect.stringMatching(/^Sunday,? 5 July 2020, 18:00–20:00$/), zone: 'British Summer Time' });
    expect(formatted).toContainEqual({ when: expect.stringMatching(/^2020年7月5日星期日 18:00–20:00$/), zone: '英国夏令时间' });
  });
});
