import { describe, expect, it } from 'vitest';
import { attachedTo, longDate, numberLine, placeAndDate, recipientsWithArchive } from './format';
import { FRAME } from './testing/sample';

describe('ND30 text conventions', () => {
  it('writes days below 10 and months below 3 with a leading zero', () => {
    expect(longDate('2026-12-05')).toBe('ngày 05 tháng 12 năm 2026');
    expect(longDate('2026-01-20')).toBe('ngày 20 tháng 01 năm 2026');
    expect(longDate('2026-02-09')).toBe('ngày 09 tháng 02 năm 2026');
    expect(longDate('2026-03-09')).toBe('ngày 09 tháng 3 năm 2026');
    expect(longDate('2026-11-30')).toBe('ngày 30 tháng 11 năm 2026');
  });

  it('leaves the day and month blank when the date is not set yet', () => {
    expect(longDate(undefined, 2026)).toBe('ngày     tháng     năm 2026');
    expect(placeAndDate({ ...FRAME, date: undefined, year: 2027 })).toBe('Hạ Long, ngày     tháng     năm 2027');
  });

  it('prints the place, date and number line', () => {
    expect(placeAndDate(FRAME)).toBe('Hạ Long, ngày 05 tháng 12 năm 2026');
    expect(numberLine(FRAME)).toBe('Số: 123/BC-STP');
    expect(numberLine({ ...FRAME, number: undefined })).toMatch(/^Số: \s+\/BC-STP$/);
  });

  it('ends recipients with ";" and the archive line with "."', () => {
    expect(recipientsWithArchive({ ...FRAME, recipients: ['Sở Nội vụ', 'UBND tỉnh (b/c);', ' '], archive: 'Lưu: VT, VP;' })).toEqual([
      'Sở Nội vụ;',
      'UBND tỉnh (b/c);',
      'Lưu: VT, VP.',
    ]);
    expect(recipientsWithArchive({ ...FRAME, recipients: [], archive: undefined })).toEqual(['Lưu: VT.']);
  });

  it('refers to the parent document', () => {
    expect(attachedTo('BÁO CÁO', '123', 'BC-STP', '2026-12-05', 'Sở Tư pháp')).toBe('(Kèm theo Báo cáo số 123/BC-STP ngày 05/12/2026 của Sở Tư pháp)');
    expect(attachedTo('QUYẾT ĐỊNH', '7', 'QĐ-UBND', '2027-01-02', 'UBND tỉnh')).toBe('(Kèm theo Quyết định số 7/QĐ-UBND ngày 02/01/2027 của UBND tỉnh)');
  });
});
