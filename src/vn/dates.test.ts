import { describe, it, expect } from 'vitest';
import { findDates, parseVnDate } from './dates';

describe('dates', () => {
  it('reads day-first numeric dates', () => {
    expect(parseVnDate('26/7/2023')).toBe('2023-07-26');
    expect(parseVnDate('07/12/2022')).toBe('2022-12-07');
    expect(parseVnDate('ngày 07 / 10/2021')).toBe('2021-10-07');
  });
  it('reads dates in words, with or without diacritics', () => {
    expect(parseVnDate('ngày 26 tháng 7 năm 2023')).toBe('2023-07-26');
    expect(parseVnDate('Hoàng Hoá, ngày 20 tháng 11 năm 2017')).toBe('2017-11-20');
    expect(parseVnDate('ngay 5 thang 1 nam 2020')).toBe('2020-01-05');
  });
  it('rejects impossible dates and finds several in order', () => {
    expect(parseVnDate('31/2/2022')).toBeNull();
    expect(parseVnDate('29/2/2024')).toBe('2024-02-29');
    const found = findDates('Quý I ngày 18/3/2022, Quý II ngày 23/6/2022, Quý III ngày 19/9/2022');
    expect(found.map((d) => d.iso)).toEqual(['2022-03-18', '2022-06-23', '2022-09-19']);
  });
  it('does not read document numbers as dates', () => {
    expect(findDates('số 03/2022/QĐ-UBND')).toEqual([]);
  });
});
