import { describe, it, expect } from 'vitest';
import { parseCitations } from './citations';

describe('parseCitations', () => {
  it('splits a full reference into kind, number, date, issuer, subject', () => {
    const [c] = parseCitations('Kế hoạch số 67/KH-UBND ngày 10/01/2022 của UBND huyện về cải cách hành chính năm 2022');
    expect(c).toEqual({
      kind: 'Kế hoạch',
      number: '67/KH-UBND',
      date: '2022-01-10',
      issuer: 'UBND huyện',
      subject: 'cải cách hành chính năm 2022',
      text: 'Kế hoạch số 67/KH-UBND ngày 10/01/2022 của UBND huyện về cải cách hành chính năm 2022',
    });
  });
  it('splits a list of reports and infers the kind from the symbol', () => {
    const cs = parseCitations('các báo cáo số: 557/BC-UBND ngày 4/3/2022; 1689/BC-UBND ngày 8/6/2022');
    expect(cs.map((c) => [c.kind, c.number, c.date])).toEqual([
      ['Báo cáo', '557/BC-UBND', '2022-03-04'],
      ['Báo cáo', '1689/BC-UBND', '2022-06-08'],
    ]);
  });
  it('reads symbols with a year and issuer-first symbols', () => {
    expect(parseCitations('số 2666/QĐ-UBND ngày 23/6/2022')[0]).toMatchObject({ kind: 'Quyết định', number: '2666/QĐ-UBND', date: '2022-06-23' });
    expect(parseCitations('03/2022/QĐ-UBND')[0]).toMatchObject({ kind: 'Quyết định', number: '03/2022/QĐ-UBND', date: null });
    expect(parseCitations('Số: 3456/UBND-NV ngày 21/11/2022 về việc đánh giá')[0]).toMatchObject({ kind: 'Công văn', number: '3456/UBND-NV', subject: 'đánh giá' });
    expect(parseCitations('194/TB-ĐKT ngày 9/8/2022')[0]?.kind).toBe('Thông báo');
    expect(parseCitations('164/CV-ĐKT ngày 24/6/2022')[0]?.kind).toBe('Công văn');
  });
  it('survives PDF spacing and keeps a kind word that is further away', () => {
    expect(parseCitations('Số: 2568/KH -UBND ngày 07 / 10/2021 Kế hoạch phát triển')[0]).toMatchObject({ number: '2568/KH-UBND', date: '2021-10-07' });
    expect(parseCitations('Kết luận kiểm tra số 807/KL-UBND ngày 28/7/2022 của Sở Tư pháp tỉnh Cao Bằng')[0]).toMatchObject({ kind: 'Kết luận', issuer: 'Sở Tư pháp tỉnh Cao Bằng' });
  });
  it('finds nothing in text without references', () => {
    expect(parseCitations('Hoàn thành 100% theo kế hoạch đề ra ngày 4/3/2022')).toEqual([]);
  });
});
