import { describe, expect, it } from 'vitest';
import { contentDayOutside, isIsoDate } from '../../../src/lib/dates.ts';
import { prng } from '../pipeline/random.ts';

describe('isIsoDate', () => {
  it.each([
    ['2021-02-28', 'days', true],
    ['2021-02-29', 'days', false],
    ['2024-02-29', 'days', true],
    ['1900-02-29', 'days', false],
    ['2000-02-29', 'days', true],
    ['0000-02-29', 'days', true],
    ['2021-04-31', 'days', false],
    ['2021-12-31', 'days', true],
    ['2021-13-01', 'days', false],
    ['2021-00-10', 'days', false],
    ['2021-01-00', 'days', false],
    ['9999-99-99', 'days', false],
    ['2021-2-28', 'days', false],
    ['2021-02-28 ', 'days', false],
    ['2021-02-28T10:00', 'days', false],
    ['2021-07-05T18:00', 'minutes', true],
    ['2021-07-05T23:59', 'minutes', true],
    ['2021-07-05T24:00', 'minutes', false],
    ['2021-07-05T12:60', 'minutes', false],
    ['2021-02-30T12:00', 'minutes', false],
    ['2021-07-05', 'minutes', false],
    ['２０２１-０２-２８', 'days', false],
  ] as const)('%s (%s): %s', (value, precision, real) => {
    expect(isIsoDate(value, precision)).toBe(real);
  });

  // What a real date means, by Date: one that prints back as itself.
  const printsBack = (value: string, precision: 'days' | 'minutes') => {
    const time = Date.parse(precision === 'days' ? `${value}T00:00:00Z` : `${value}Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
  };
  const random = prng(15);
  const two = () => String(random.pick([0, 1, 2, 9, 10, 12, 13, 23, 24, 28, 29, 30, 31, 32, 59, 60, 99, random.int(100)])).padStart(2, '0');
  const year = () => String(random.pick([0, 1, 4, 100, 400, 1900, 1999, 2000, 2020, 2021, 2024, 2100, 9999, random.int(10000)])).padStart(4, '0');
  it.each(['days', 'minutes'] as const)('agrees with printing a Date back on random %s', (precision) => {
    const values = Array.from({ length: 5000 }, () => `${year()}-${two()}-${two()}${precision === 'minutes' ? `T${two()}:${two()}` : ''}`);
    expect(values.filter((value) => isIsoDate(value, precision) !== printsBack(value, precision)).slice(0, 5)).toEqual([]);
    expect(values.some((value) => isIsoDate(value, precision))).toBe(true);
  });
});

describe('contentDayOutside', () => {
  const today = new Date('2026-12-01T15:30:00Z');
  it.each([
    ['0000-01-01', 'early'],
    ['0001-01-01', 'early'],
    ['1900-01-01', 'early'],
    ['1970-01-01', 'early'],
    ['1989-12-31', 'early'],
    ['1990-01-01', undefined],
    ['2021-02-23', undefined],
    ['2026-12-01', undefined],
    ['2026-12-02', undefined],
    ['2027-12-01', undefined],
    ['2027-12-02', 'late'],
    ['2062-02-23', 'late'],
    ['9999-12-31', 'late'],
  ] as const)('%s, seen on 2026-12-01: %s', (value, outside) => {
    expect(contentDayOutside(value, today)).toBe(outside);
  });

  it('counts a year from a leap day to the day before 1 March', () => {
    const leapDay = new Date('2028-02-29T00:00:00Z');
    expect([contentDayOutside('2029-02-28', leapDay), contentDayOutside('2029-03-01', leapDay)]).toEqual([undefined, 'late']);
  });
});
