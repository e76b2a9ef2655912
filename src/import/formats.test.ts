import { describe, it, expect, beforeAll } from 'vitest';
import { F000, FIELDS_000, figures, find, fixtureText, run } from '../../test/fixtures/import/helpers';
import { makeDocx, makePdf, makeXlsx } from '../../test/fixtures/import/make-documents';
import type { TableDoc } from '../../test/fixtures/import/make-documents';
import { importDocument } from './index';
import type { ImportedNode, ImportResult } from './types';

const vi = (n: number | null): string => (n === null ? '' : String(n).replace('.', ','));

function flatten(nodes: ImportedNode[], out: ImportedNode[] = []): ImportedNode[] {
  for (const n of nodes) {
    out.push(n);
    flatten(n.children, out);
  }
  return out;
}

/** The 000 table, as a spreadsheet or a Word table would hold it. */
function reportTable(source: ImportResult): TableDoc {
  return {
    title: 'BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022',
    header: ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Điểm đơn vị tự đánh giá', 'Nội dung giải trình; Tài liệu kiểm chứng'],
    rows: [
      ...flatten(source.nodes).map((n) => [n.code ?? '', n.name, vi(n.max), vi(n.self), (n.explanation ?? '').slice(0, 70)]),
      ['', 'TỔNG ĐIỂM', '100', '93', ''],
    ],
  };
}

/** A small criteria set with levels under its criteria (empty code cell, label, points). */
const FRAMEWORK: TableDoc = {
  title: 'BỘ TIÊU CHÍ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2024',
  header: ['TT', 'Nội dung', 'Điểm tối đa', 'Tài liệu kiểm chứng'],
  rows: [
    ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', '8', ''],
    ['1', 'Ban hành kế hoạch CCHC năm', '2', 'Kế hoạch CCHC năm 2024'],
    ['', 'Ban hành đúng thời gian quy định', '2', ''],
    ['', 'Chậm dưới 10 ngày so với thời gian quy định', '1', ''],
    ['', 'Không ban hành hoặc ban hành chậm từ 10 ngày trở lên', '0', ''],
    ['2', 'Mức độ hoàn thành kế hoạch', '3', 'Báo cáo kết quả'],
    ['', 'Hoàn thành 100% kế hoạch', '3', ''],
    ['', 'Từ 80% đến dưới 100%', '1,5', ''],
    ['', 'Dưới 80%', '0', ''],
    ['3', 'Thực hiện chế độ báo cáo', '3', 'Báo cáo quý, năm'],
    ['', 'Đầy đủ, đúng hạn (mỗi báo cáo không đạt yêu cầu trừ 0,75 điểm)', '3', ''],
    ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', '4', ''],
    ['1', 'Quy chế làm việc', '1', ''],
    ['', 'Có ban hành', '1', ''],
    ['', 'Không ban hành', '0', ''],
    ['2', 'Công khai thủ tục hành chính', '2', ''],
    ['', 'Niêm yết tại trụ sở', '1', ''],
    ['', 'Đăng trên cổng thông tin điện tử', '1', ''],
    ['', 'CỘNG ĐIỂM I + II', '12', ''],
  ],
};

function checkFramework(r: ImportResult): void {
  expect(r.kind).toBe('framework');
  expect(r.nodes.map((n) => [n.code, n.max, n.children.map((c) => [c.code, c.max, c.rubric?.type])])).toEqual([
    ['I', 8, [['1', 2, 'deadline'], ['2', 3, 'percent-bands'], ['3', 3, 'deduction']]],
    ['II', 4, [['1', 1, 'yes-no'], ['2', 2, 'checklist']]],
  ]);
  expect(find(r.nodes, ['I', '2']).rubric).toMatchObject({ bands: [{ from: 10000, points: 3 }, { from: 8000, to: 10000, points: 1.5 }, { from: null, to: 8000, points: 0 }] });
  expect(find(r.nodes, ['I', '3']).rubric).toMatchObject({ type: 'deduction', perItem: 0.75 });
  // II states 4 but its parts add up to 3; the stated total 12 matches the parts as stated.
  expect(r.findings.map((f) => `${f.rule} ${f.code}`)).toEqual(['sum-mismatch II']);
}

describe('generated Word, Excel and PDF files import with the same figures', () => {
  let source: ImportResult;
  beforeAll(async () => {
    source = await run(fixtureText(F000));
  });

  it('.docx report table', async () => {
    const r = await importDocument(await makeDocx(reportTable(source)), 'bang-tong-hop.docx');
    expect(r.kind).toBe('report');
    expect(figures(r.nodes)).toEqual(FIELDS_000);
    expect(flatten(r.nodes).map((n) => [n.code, n.name, n.max, n.self])).toEqual(flatten(source.nodes).map((n) => [n.code, n.name, n.max, n.self]));
    expect(r.totals).toMatchObject({ max: 100, self: 93 });
    expect(r.findings).toEqual([]);
  });

  it('.xlsx report table with real numbers in the cells', async () => {
    const r = await importDocument(await makeXlsx(reportTable(source)), 'bang-tong-hop.xlsx');
    expect(r.kind).toBe('report');
    expect(flatten(r.nodes).map((n) => [n.code, n.name, n.max, n.self])).toEqual(flatten(source.nodes).map((n) => [n.code, n.name, n.max, n.self]));
    expect(r.totals).toMatchObject({ max: 100, self: 93 });
    expect(r.findings).toEqual([]);
  });

  it('.pdf report table (text layer, wrapped cells, several pages)', async () => {
    const bytes = await makePdf(reportTable(source), [40, 330, 55, 55, 300]);
    const r = await importDocument(bytes, 'bang-tong-hop.pdf');
    expect(r.kind).toBe('report');
    expect(figures(r.nodes)).toEqual(FIELDS_000);
    // Wrapped names are rejoined from the name column's position on the page.
    expect(flatten(r.nodes).map((n) => [n.code, n.name, n.max, n.self])).toEqual(flatten(source.nodes).map((n) => [n.code, n.name, n.max, n.self]));
    expect(r.totals).toMatchObject({ max: 100, self: 93 });
    expect(r.findings).toEqual([]);
  });

  it('.docx criteria set with levels', async () => {
    checkFramework(await importDocument(await makeDocx(FRAMEWORK), 'bo-tieu-chi.docx'));
  });

  it('.xlsx criteria set with levels', async () => {
    checkFramework(await importDocument(await makeXlsx(FRAMEWORK), 'bo-tieu-chi.xlsx'));
  });

  it('.xlsx appraisal table with a two-row header and merged cells', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Thẩm định');
    ws.addRow(['KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CCHC NĂM 2023 CỦA UBND XÃ A']);
    ws.addRow(['STT', 'Tiêu chí', 'Điểm', '', '', 'Ghi chú']);
    ws.addRow(['', '', 'Tối đa', 'Tự chấm', 'Thẩm định', '']);
    ws.mergeCells('C2:E2');
    ws.addRow(['1', 'Công tác chỉ đạo', 3, 3, 2.5, '']);
    ws.addRow(['1.1', 'Kế hoạch CCHC', 1, 1, 1, '']);
    ws.addRow(['1.2', 'Báo cáo CCHC', 2, 2, 1.5, 'Thiếu báo cáo quý III']);
    ws.addRow(['2', 'Cải cách thể chế', 2, 2, { formula: 'E7', result: 2 }, '']);
    ws.addRow(['2.1', 'Rà soát văn bản', 2, 2, 2, '']);
    const r = await importDocument(new Uint8Array(await wb.xlsx.writeBuffer()), 'tham-dinh.xlsx');
    expect(r.kind).toBe('report');
    expect(flatten(r.nodes).map((n) => [n.code, n.max, n.self, n.appraisal, n.note])).toEqual([
      ['1', 3, 3, 2.5, null],
      ['1.1', 1, 1, 1, null],
      ['1.2', 2, 2, 1.5, 'Thiếu báo cáo quý III'],
      ['2', 2, 2, 2, null],
      ['2.1', 2, 2, 2, null],
    ]);
    expect(r.totals).toEqual({ max: 5, self: 5, appraisal: 4.5, lost: null });
    expect(r.findings).toEqual([]);
  });

  it('.pdf criteria set with levels', async () => {
    checkFramework(await importDocument(await makePdf(FRAMEWORK, [40, 400, 60, 200]), 'bo-tieu-chi.pdf'));
  });
});
