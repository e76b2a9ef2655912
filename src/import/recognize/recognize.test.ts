import { describe, it, expect } from 'vitest';
import { parsePoints } from '../../core/points';
import { CodeSequence, parseCode, splitLeadingCode } from './codes';
import { figureOf, findRun } from './figures';
import { looksLikeHeader, rolesInText } from './header';
import { isNoiseLine, removeNoise } from './noise';

describe('codes', () => {
  it('reads Roman parts and dotted codes, dropping a trailing mark', () => {
    expect(parseCode('IV')).toEqual({ text: 'IV', roman: true, parts: [4] });
    expect(parseCode('7.1.')).toEqual({ text: '7.1', roman: false, parts: [7, 1] });
    expect(parseCode('6.6.3')?.parts).toEqual([6, 6, 3]);
    expect(parseCode('2022')).toBeNull();
    expect(parseCode('4/3/2022')).toBeNull();
    expect(splitLeadingCode('1.1 Kế hoạch CCHC năm 3 3')).toMatchObject({ code: { text: '1.1' }, rest: 'Kế hoạch CCHC năm 3 3' });
  });

  it('accepts only codes that continue the numbering', () => {
    const seq = new CodeSequence();
    const accept = (t: string): void => seq.accept(parseCode(t)!);
    expect(seq.fit(parseCode('1')!)).toBe('expected');
    accept('1');
    accept('1.1');
    expect(seq.fit(parseCode('1.1.1')!)).toBe('expected');
    expect(seq.fit(parseCode('1.2')!)).toBe('expected');
    expect(seq.fit(parseCode('2')!)).toBe('expected');
    expect(seq.fit(parseCode('1.3')!)).toBe('skip');
    expect(seq.fit(parseCode('10')!)).toBe('none');
    const parts = new CodeSequence();
    parts.accept(parseCode('I')!);
    parts.accept(parseCode('1')!);
    expect(parts.fit(parseCode('II')!)).toBe('expected');
    parts.accept(parseCode('II')!);
    expect(parts.fit(parseCode('1')!)).toBe('expected');
  });
});

describe('figures', () => {
  it('reads bare numbers with either decimal mark, never years or document numbers', () => {
    expect(figureOf('0,5')).toBe(parsePoints('0.5'));
    expect(figureOf('1.5')).toBe(parsePoints('1.5'));
    expect(figureOf('2022')).toBeNull();
    expect(figureOf('67/KH-UBND')).toBeNull();
  });
  it('finds the figures after a name that itself holds numbers', () => {
    const run = findRun('Tỷ lệ DVCTT mức độ 3,4 có phát sinh hồ sơ trực tuyến 2 2 Tỷ lệ; Tổng số DVCTT 68/151', 2)!;
    expect(run.before).toBe('Tỷ lệ DVCTT mức độ 3,4 có phát sinh hồ sơ trực tuyến');
    expect(run.values).toEqual([parsePoints('2'), parsePoints('2')]);
    expect(run.after).toBe('Tỷ lệ; Tổng số DVCTT 68/151');
    expect(findRun('theo quy định tại Điều 7 Thông tư 144/2017/TT-BTC', 1)).toBeNull();
    expect(findRun('Quy chế làm việc 1 Quy chế của cơ quan', 1)?.values).toEqual([parsePoints('1')]);
  });
});

describe('headers and noise', () => {
  it('names the columns from header words, with or without diacritics', () => {
    expect(rolesInText('STT Lĩnh vực/Tiêu chí Điểm tối đa Điểm đơn vị tự đánh giá Nội dung giải trình; Tài liệu kiểm chứng')).toEqual(['code', 'name', 'max', 'self', 'explanation']);
    expect(rolesInText('TT Noi dung Diem chuan Diem tu cham Diem tham dinh Diem bi tru')).toEqual(['code', 'name', 'max', 'self', 'appraisal', 'lost']);
    expect(looksLikeHeader('Kính gửi Sở Nội vụ')).toBe(false);
  });
  it('drops page numbers, watermarks and running headers, keeps table rows', () => {
    expect(isNoiseLine('1/25')).toBe(true);
    expect(isNoiseLine('Evaluation Only. Created with Aspose.Cells for .NET.Copyright 2003 - 2020 Aspose Pty Ltd.')).toBe(true);
    expect(isNoiseLine('4/3/2022; 1689/BC-UBND')).toBe(false);
    const rows = ['UBND HUYỆN X', '1 Công tác 2 2', 'UBND HUYỆN X', '2 Thể chế 3 3', 'UBND HUYỆN X', 'Trang 3', '3 Tài chính 1 1'].map((t, i) => ({ line: i + 1, cells: [t] }));
    expect(removeNoise(rows).map((r) => r.cells[0])).toEqual(['1 Công tác 2 2', '2 Thể chế 3 3', '3 Tài chính 1 1']);
  });
});
