import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compareIsoDates, dayNumber, daysBetween, daysInMonth, formatDate, formatDateVi, isIsoDate, parseIsoDate } from './dates';

describe('parseIsoDate', () => {
  it('reads real calendar days', () => {
    expect(parseIsoDate('2023-01-15')).toEqual({ year: 2023, month: 1, day: 15 });
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2000-02-29')).toBeDefined();
  });

  it('rejects impossible days and other spellings', () => {
    for (const bad of ['2023-02-29', '1900-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '2023-01-00', '15/01/2023', '2023-1-5', '2023-01-15T00:00', ' 2023-01-15', '0000-01-01', '']) {
      expect(parseIsoDate(bad), bad).toBeUndefined();
    }
    expect(isIsoDate(20230115)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it('knows month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
});

describe('day arithmetic', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(dayNumber({ year: 1969, month: 12, day: 31 })).toBe(-1);
    expect(dayNumber({ year: 2000, month: 3, day: 1 })).toBe(11017);
  });

  it('counts days late across months and leap days', () => {
    expect(daysBetween('2023-01-10', '2023-01-15')).toBe(5);
    expect(daysBetween('2023-01-20', '2023-01-10')).toBe(-10);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2022-12-07', '2023-01-06')).toBe(30);
  });

  it('agrees with the platform calendar on every day of four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 2400 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        fc.pre(d <= daysInMonth(y, m));
        expect(dayNumber({ year: y, month: m, day: d })).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
      }),
    );
  });

  it('throws on non-dates (callers validate first)', () => {
    expect(() => daysBetween('2023-02-30', '2023-03-01')).toThrow(RangeError);
  });

  it('orders ISO text as dates', () => {
    expect(compareIsoDates('2023-01-09', '2023-01-10')).toBeLessThan(0);
    expect(compareIsoDates('2023-01-10', '2023-01-10')).toBe(0);
    expect(compareIsoDates('2024-01-01', '2023-12-31')).toBeGreaterThan(0);
  });
});

describe('formatting', () => {
  it('writes dd/mm/yyyy in Vietnamese and ISO in English', () => {
    expect(formatDateVi('2023-01-05')).toBe('05/01/2023');
    expect(formatDate('2023-12-31', 'vi')).toBe('31/12/2023');
    expect(formatDate('2023-12-31', 'en')).toBe('31 Dec 2023');
    expect(formatDate('2024-09-05', 'en')).toBe('5 Sep 2024');
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(formatDateVi('not a date')).toBe('not a date');
  });
});
