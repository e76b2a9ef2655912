import { describe, it, expect } from 'vitest';
import { F000, F003, FIELDS_000, figures, find, fixtureText, run } from '../../test/fixtures/import/helpers';


describe('fixture 000: self-assessment table extracted from a PDF', () => {
  it('is a report with 7 fields, max 100, self 93 and every field as printed', async () => {
    const r = await run(fixtureText(F000));
    expect(r.kind).toBe('report');
    expect(r.year).toBe(2022);
    expect(r.unit).toBe('Ủy ban nhân dân huyện Hà Quảng');
    expect(r.title).toMatch(/^BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ/);
    expect(figures(r.nodes)).toEqual(FIELDS_000);
    expect(r.totals).toEqual({ max: 100, self: 93, appraisal: null, lost: null });
    // The table is arithmetically consistent: no parent and no total disagrees.
    expect(r.findings).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('splits the row glued onto the previous line and keeps the explanation apart', async () => {
    const r = await run(fixtureText(F000));
    const c13 = find(r.nodes, ['1', '1.3']);
    expect(c13.children.map((c) => c.code)).toEqual(['1.3.1', '1.3.2', '1.3.3']);
    const c131 = c13.children[0]!;
    expect(c131).toMatchObject({ name: 'Tỷ lệ đơn vị hành chính cấp xã được kiểm tra trong năm', max: 1, self: 1 });
    expect(c13.explanation).toMatch(/về việc kiểm tra CCHC$/);
    expect(c13.citations.map((c) => c.number)).toEqual(['113/KH-UBND', '2666/QĐ-UBND', '164/CV-ĐKT']);
  });

  it('reads names over several lines, decimal points and structured evidence', async () => {
    const r = await run(fixtureText(F000));
    expect(find(r.nodes, ['3', '3.1']).name).toBe(
      'Ban hành Kế hoạch kiểm soát thủ tục hành chính, triển khai cơ chế một cửa, một cửa liên thông và thực hiện thủ tục hành chính trên môi trường điện tử',
    );
    expect(find(r.nodes, ['4', '4.1'])).toMatchObject({ max: 1.5, self: 1.5 });
    expect(find(r.nodes, ['7', '7.3', '7.3.2'])).toMatchObject({ max: 0.5, self: 0 });
    expect(find(r.nodes, ['7', '7.2', '7.2.1'])).toMatchObject({ name: 'Tỷ lệ DVCTT mức độ 3,4 có phát sinh hồ sơ trực tuyến', max: 2, self: 2 });
    const reports = find(r.nodes, ['1', '1.2', '1.2.1']).citations;
    expect(reports.map((c) => [c.kind, c.number, c.date])).toEqual([
      ['Báo cáo', '557/BC-UBND', '2022-03-04'],
      ['Báo cáo', '1689/BC-UBND', '2022-06-08'],
      ['Báo cáo', '2652/BC-UBND', '2022-09-08'],
      ['Báo cáo', '3691/BC-UBND', '2022-12-07'],
    ]);
    // Page numbers and the converter's watermark are gone.
    const all = JSON.stringify(r);
    expect(all).not.toMatch(/Aspose|Evaluation Only|STT Lĩnh vực/);
  });
});

describe('fixture 003: official report with a tab-separated table and stray HTML', () => {
  it('is a report with 8 fields adding up to max 100 and self 92, as its total row states', async () => {
    const r = await run(fixtureText(F003));
    expect(r.kind).toBe('report');
    expect(r.year).toBe(2017);
    expect(r.unit).toBe('UỶ BAN NHÂN DÂN HUYỆN HOÀNG HÓA');
    expect(figures(r.nodes)).toEqual([
      ['1', 16, 16],
      ['2', 12, 12],
      ['3', 12, 12],
      ['4', 12, 12],
      ['5', 16, 15.5],
      ['6', 5, 5],
      ['7', 13, 6.5],
      ['8', 14, 13],
    ]);
    expect(r.nodes.reduce((s, n) => s + n.max!, 0)).toBe(100);
    expect(r.nodes.reduce((s, n) => s + n.self!, 0)).toBe(92);
  });

  it('reports the real arithmetic slip of 5.4 (children add up to 4,5) without moving the totals off 100 / 92', async () => {
    const r = await run(fixtureText(F003));
    expect(r.findings.map((f) => [f.rule, f.code, f.stated, f.computed])).toEqual([
      ['sum-mismatch', '5.4', 4, 4.5],
      ['sum-mismatch', '5.4', 4, 4.5],
    ]);
    // Totals roll up the tree (each row's printed figure, else its parts): the 8 fields and the
    // document's total row agree on 100 and 92; the slip inside 5.4 is a finding and a warning.
    expect(r.totals).toEqual({ max: 100, self: 92, appraisal: null, lost: null });
    expect(r.warnings.map((w) => w.message.en)).toEqual([
      'The total row states 100 (max) but the leaf criteria add up to 100.5',
      'The total row states 92 (self) but the leaf criteria add up to 92.5',
    ]);
  });

  it('strips HTML, joins wrapped names and reads trailing-dot codes', async () => {
    const r = await run(fixtureText(F003));
    expect(find(r.nodes, ['1', '1.4', '1.4.1']).name).toBe('Kế hoạch tuyên truyền CCHC (có kế hoạch tuyên truyền CCHC riêng hoặc nằm trong kế hoạch CCHC năm)');
    expect(find(r.nodes, ['7', '7.1', '7.1.3'])).toMatchObject({ max: 2, self: 1.5 });
    expect(find(r.nodes, ['7', '7.1']).children).toHaveLength(5);
    expect(JSON.stringify(r)).not.toMatch(/<\/?(p|ul|li|i)\b/);
    expect(find(r.nodes, ['1', '1.1', '1.1.1']).citations[0]).toMatchObject({ kind: 'Kế hoạch', number: '85/KH-UBND', date: '2016-12-21', issuer: 'UBND huyện' });
  });
});
