import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { rankingAnnexDocx, rankingPdf, rankingXlsx } from './ranking';
import { docxParagraphs, docxPart, loadXlsx, readPdf } from './testing/read';
import { sampleRanking } from './testing/sample';

describe('ranking documents', () => {
  it('ranking.xlsx: rank, unit, total, index, band and one number column per field', async () => {
    const input = sampleRanking(6);
    const wb = await loadXlsx(await rankingXlsx(input));
    const ws = wb.getWorksheet('Xếp hạng')!;
    expect(ws.getCell('A1').value).toBe('PHỤ LỤC');
    expect(ws.getCell('A2').value).toBe('KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA CÁC XÃ, PHƯỜNG, ĐẶC KHU');
    expect(ws.getCell('A3').value).toBe('(Kèm theo Quyết định số 456/QĐ-UBND ngày 15/01/2027 của Ủy ban nhân dân tỉnh Quảng Ninh)');
    const header = ws.getRow(5).values as unknown[];
    expect(header.slice(1, 7)).toEqual(['Hạng', 'Đơn vị', 'Tổng điểm', 'Chỉ số (%)', 'Xếp loại', '1. Chỉ đạo, điều hành (16)']);
    expect(header).toHaveLength(1 + 5 + 7);
    const first = ws.getRow(6);
    const top = input.rows[0]!;
    expect(first.getCell(1).value).toBe(top.rank);
    expect(first.getCell(2).value).toBe(top.unitName);
    expect(first.getCell(3).value).toBe(top.total / 10_000);
    expect(first.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    expect(first.getCell(4).value).toBe(top.index / 100);
    expect(first.getCell(4).numFmt).toBe('0.00');
    expect(first.getCell(5).value).toBe(top.classification);
    expect(first.getCell(6).value).toBe(top.fieldPoints[0]! / 10_000);
    expect(ws.rowCount).toBe(5 + 6);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '5:5' });
  });

  it('prints tied units with the rank they share', async () => {
    const input = sampleRanking(2);
    input.rows = input.rows.map((r) => ({ ...r, rank: 1 }));
    const wb = await loadXlsx(await rankingXlsx(input));
    const ws = wb.worksheets[0]!;
    expect([ws.getCell('A6').value, ws.getCell('A7').value]).toEqual([1, 1]);
  });

  it('ranking-annex.docx: a landscape annex to the decision', async () => {
    const buf = await rankingAnnexDocx(sampleRanking(4));
    const paras = await docxParagraphs(buf);
    expect(paras.slice(0, 3)).toEqual([
      'PHỤ LỤC',
      'KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA CÁC XÃ, PHƯỜNG, ĐẶC KHU',
      '(Kèm theo Quyết định số 456/QĐ-UBND ngày 15/01/2027 của Ủy ban nhân dân tỉnh Quảng Ninh)',
    ]);
    for (const h of ['Hạng', 'Đơn vị', 'Tổng điểm', 'Chỉ số (%)', 'Xếp loại', '7. Chính quyền số (17)']) expect(paras).toContain(h);
    expect(paras).toContain('Ủy ban nhân dân xã Đông Ngũ 1');
    const xml = await docxPart(buf, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('ranking PDF for 120 units keeps every unit', async () => {
    const pages = await readPdf(await rankingPdf(sampleRanking(120)));
    const all = pages.flatMap((p) => p.lines);
    for (let i = 1; i <= 120; i++) expect(all).toContain(`Ủy ban nhân dân xã Đông Ngũ ${i}`);
    expect(pages.every((p) => p.lines.includes('Đơn vị'))).toBe(true);
  });
});
