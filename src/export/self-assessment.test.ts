import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parsePoints } from '../core/points';
import {
  selfAssessmentReportDocx,
  selfAssessmentReportPdf,
  selfAssessmentTablePdf,
  selfAssessmentTableXlsx,
} from './self-assessment';
import { docxParagraphs, docxPart, docxRawText, loadXlsx, readPdf } from './testing/read';
import { generatedReport, sampleReport } from './testing/sample';

describe('self-assessment-report.docx', () => {
  it('carries the ND30 frame, the total and the appendix table', async () => {
    const buf = await selfAssessmentReportDocx(sampleReport());
    const paras = await docxParagraphs(buf);
    for (const line of [
      'UBND TỈNH QUẢNG NINH',
      'SỞ TƯ PHÁP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 123/BC-STP',
      'Hạ Long, ngày 05 tháng 12 năm 2026',
      'BÁO CÁO',
      'Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026',
      '3. Tổng điểm tự đánh giá: 93/100 điểm, đạt 93,00%.',
      '- 1. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC: 15/16 điểm, đạt 93,75%.',
      'Nơi nhận:',
      '- Sở Nội vụ (b/c);',
      '- Lưu: VT, VP.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Thị Hằng',
      'PHỤ LỤC',
      'BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM',
      '(Kèm theo Báo cáo số 123/BC-STP ngày 05/12/2026 của Sở Tư pháp tỉnh Quảng Ninh)',
      'STT',
      'Lĩnh vực/Tiêu chí/Tiêu chí thành phần',
      'Điểm tối đa',
      'Điểm tự đánh giá',
      'Điểm thẩm định',
      'Nội dung giải trình; Tài liệu kiểm chứng',
      'TỔNG CỘNG',
    ]) {
      expect(paras, line).toContain(line);
    }
    // Rows in order: code, name, max, self, appraisal.
    const i = paras.indexOf('1.5.2');
    expect(paras.slice(i, i + 5)).toEqual(['1.5.2', 'Ban hành văn bản chỉ đạo triển khai thực hiện các nhiệm vụ CCHC tại đơn vị', '12,5', '12', '11,5']);
    const t = paras.lastIndexOf('TỔNG CỘNG');
    expect(paras.slice(t, t + 4)).toEqual(['TỔNG CỘNG', '100', '93', '89']);
    // The frame comes before the appendix, the signature before the appendix heading.
    expect(paras.indexOf('Nguyễn Thị Hằng')).toBeLessThan(paras.indexOf('PHỤ LỤC'));
  });

  it('sets A4 pages, ND30 margins, a landscape appendix, Times New Roman and a repeated header row', async () => {
    const buf = await selfAssessmentReportDocx(sampleReport());
    const xml = await docxPart(buf, 'word/document.xml');
    const sizes = [...xml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]!);
    expect(sizes).toHaveLength(2);
    expect(sizes[0]).toMatch(/w:w="11906" w:h="16838"/);
    expect(sizes[1]).toMatch(/w:w="16838" w:h="11906" w:orient="landscape"/);
    const margins = xml.match(/<w:pgMar ([^>]*)\/>/)![1]!;
    expect(margins).toMatch(/w:top="1134"/); // 20 mm
    expect(margins).toMatch(/w:left="1701"/); // 30 mm
    expect(margins).toMatch(/w:right="850"/); // 15 mm
    expect(xml).toContain('<w:tblHeader/>');
    // Grid lines and cell padding once per table, not repeated on each of ~1 000 cells.
    expect(xml).toMatch(/<w:tblBorders>.*<w:insideH w:val="single"[^>]*\/>.*<w:insideV w:val="single"/);
    expect(xml).toContain('<w:tblCellMar>');
    const appendix = xml.slice(xml.lastIndexOf('<w:tbl>'));
    expect(appendix).not.toContain('<w:tcBorders>');
    expect(appendix).not.toContain('<w:tcMar>');
    expect(xml).toContain('<w:titlePg/>');
    expect(xml).toMatch(/<w:jc w:val="both"\/>/);
    const styles = await docxPart(buf, 'word/styles.xml');
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(styles).toMatch(/<w:sz w:val="28"\/>/); // 14 pt body
    // mammoth (the importer's reader) reads it as Word text.
    expect(await docxRawText(buf)).toContain('Độc lập - Tự do - Hạnh phúc');
  });
});

describe('self-assessment-table.xlsx', () => {
  it('stores numbers as numbers, the total as a formula with its result, and prints A4 landscape', async () => {
    const buf = await selfAssessmentTableXlsx(sampleReport());
    const wb = await loadXlsx(buf);
    const ws = wb.getWorksheet('Bảng tổng hợp')!;
    expect(ws.getCell('A1').value).toBe('PHỤ LỤC');
    const headerRow = 6;
    expect(ws.getRow(headerRow).values).toEqual([
      undefined,
      'STT',
      'Lĩnh vực/Tiêu chí/Tiêu chí thành phần',
      'Điểm tối đa',
      'Điểm tự đánh giá',
      'Điểm thẩm định',
      'Nội dung giải trình; Tài liệu kiểm chứng',
    ]);
    const field = ws.getRow(headerRow + 1);
    expect(field.getCell(1).value).toBe('1');
    expect(field.getCell(2).value).toBe('CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC');
    expect(field.getCell(2).font.bold).toBe(true);
    expect(field.getCell(5).value).toBe(14.5);
    expect(field.getCell(5).type).toBe(ExcelJS.ValueType.Number);
    expect(field.getCell(5).numFmt).toBe('#,##0.00');
    expect(ws.getRow(headerRow + 2).getCell(2).font.bold).toBeFalsy();
    expect(ws.getRow(headerRow + 3).getCell(2).alignment.indent).toBe(1);
    expect(ws.getRow(headerRow + 3).getCell(6).value).toBe('- Kế hoạch số 67/KH-UBND ngày 10/01/2022 của UBND huyện về cải cách hành chính năm 2022');

    const last = ws.getRow(ws.rowCount);
    expect(last.getCell(2).value).toBe('TỔNG CỘNG');
    expect(last.getCell(3).value).toEqual({ formula: 'C7+C14+C15+C16+C17+C18+C19', result: 100 });
    expect(last.getCell(4).value).toEqual({ formula: 'D7+D14+D15+D16+D17+D18+D19', result: 93 });
    expect(last.getCell(5).value).toEqual({ formula: 'E7+E14+E15+E16+E17+E18+E19', result: 89 });

    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '6:6' });
    expect(ws.getCell('B7').border.top?.style).toBe('thin');
    expect(ws.getCell('F9').alignment.wrapText).toBe(true);
  });

  it('keeps 0,1 + 0,2 exact in the cached total', async () => {
    const input = sampleReport();
    input.rows = [
      { level: 1, code: '1', name: 'A', max: parsePoints('0,1'), self: parsePoints('0,1') },
      { level: 1, code: '2', name: 'B', max: parsePoints('0,2'), self: parsePoints('0,2') },
    ];
    const wb = await loadXlsx(await selfAssessmentTableXlsx(input));
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(ws.rowCount).getCell(3).value).toEqual({ formula: 'C7+C8', result: 0.3 });
  });
});

describe('self-assessment PDFs', () => {
  it('sets the report in Vietnamese on A4, letter portrait and appendix landscape', async () => {
    const pages = await readPdf(await selfAssessmentReportPdf(sampleReport()));
    expect(pages.length).toBe(3);
    expect(pages[0]).toMatchObject({ width: 595.28, height: 841.89 });
    expect(pages.at(-1)).toMatchObject({ width: 841.89, height: 595.28 });
    const first = pages[0]!.lines;
    for (const line of ['UBND TỈNH QUẢNG NINH', 'SỞ TƯ PHÁP', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 123/BC-STP', 'Hạ Long, ngày 05 tháng 12 năm 2026', 'BÁO CÁO', '93/100 điểm', '93,00%']) {
      expect(first, line).toContain(line);
    }
    const all = pages.flatMap((p) => p.lines);
    for (const line of ['Nơi nhận:', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Thị Hằng', 'PHỤ LỤC', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN', 'TỔNG CỘNG']) {
      expect(all, line).toContain(line);
    }
    // The signature block is never alone on a page: the closing paragraph goes with it.
    const signaturePage = pages.find((p) => p.lines.includes('Nguyễn Thị Hằng'))!;
    expect(signaturePage.lines.some((l) => l.includes('báo cáo kết quả tự đánh giá'))).toBe(true);
  });

  it('breaks a 150-leaf table over landscape pages with the header row on each and numbers them', async () => {
    const pages = await readPdf(await selfAssessmentTablePdf(generatedReport(150)));
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((p, i) => {
      expect(p).toMatchObject({ width: 841.89, height: 595.28 });
      expect(p.lines).toContain('Lĩnh vực/Tiêu chí/Tiêu chí thành phần');
      expect(p.lines).toContain(String(i + 1));
    });
    const all = pages.flatMap((p) => p.lines);
    expect(all).toContain('8.5.1'); // the last of 150 leaves (7 × 19 + 17)
    expect(all).toContain('TỔNG CỘNG');
    expect(all.filter((l) => l === 'TỔNG CỘNG')).toHaveLength(1);
  });

  it('splits a row taller than a page instead of losing text', async () => {
    const input = sampleReport();
    const long = Array.from({ length: 120 }, (_, i) => `Văn bản số ${i + 1}/UBND-NV ngày 07/12/2026 của Ủy ban nhân dân về cải cách hành chính`);
    input.rows[2] = { ...input.rows[2]!, evidence: long };
    const pages = await readPdf(await selfAssessmentTablePdf(input));
    const all = pages.flatMap((p) => p.lines).join('\n');
    expect(all).toContain('Văn bản số 1/UBND-NV');
    expect(all).toContain('Văn bản số 120/UBND-NV');
    expect(pages.length).toBeGreaterThan(2);
  });
});
