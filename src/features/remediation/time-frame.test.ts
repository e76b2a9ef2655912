import { describe, expect, it } from 'vitest';
import { isOverdue, timeFrameEnd } from './time-frame';

describe('timeFrameEnd', () => {
  it.each([
    ['30/6/2027', '2027-06-30'],
    ['Trước ngày 15/03/2027', '2027-03-15'],
    ['Từ 01/3/2027 đến 30/9/2027', '2027-09-30'],
    ['ngày 31 tháng 5 năm 2027', '2027-05-31'],
    ['Quý I/2027', '2027-03-31'],
    ['Quý II năm 2027', '2027-06-30'],
    ['QUÝ IV/2027', '2027-12-31'],
    ['quy 3/2027', '2027-09-30'],
    ['Q3 2027', '2027-09-30'],
    ['Quý I - Quý II/2027', '2027-06-30'],
    ['Tháng 9/2027', '2027-09-30'],
    ['tháng 2 năm 2028', '2028-02-29'],
    ['02/2027', '2027-02-28'],
    ['6 tháng đầu năm 2027', '2027-06-30'],
    ['6 tháng cuối năm 2027', '2027-12-31'],
    ['Năm 2027', '2027-12-31'],
    ['Trong năm 2027 và các năm tiếp theo', '2027-12-31'],
  ])('%s → %s', (text, iso) => {
    expect(timeFrameEnd(text)).toBe(iso);
  });

  it.each(['', 'Thường xuyên', 'Hằng quý', 'Khi có văn bản hướng dẫn'])('"%s" has no end', (text) => {
    expect(timeFrameEnd(text)).toBeNull();
  });
});

describe('isOverdue', () => {
  it('counts rows not done whose time frame ended before today', () => {
    expect(isOverdue('in-progress', 'Quý I/2027', '2027-04-01')).toBe(true);
    expect(isOverdue('not-started', 'Quý I/2027', '2027-03-31')).toBe(false); // the last day is still in time
    expect(isOverdue('done', 'Quý I/2027', '2028-01-01')).toBe(false);
    expect(isOverdue('not-started', 'Thường xuyên', '2030-01-01')).toBe(false);
  });
});
