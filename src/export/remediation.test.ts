import { describe, expect, it } from 'vitest';
import { remediationDocx, remediationPdf, remediationXlsx } from './remediation';
import { docxParagraphs, loadXlsx, readPdf } from './testing/read';
import { sampleRemediation } from './testing/sample';

const HEADERS = ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm thẩm định', 'Điểm bị mất', 'Giải pháp khắc phục', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', 'Ghi chú'];

describe('remediation plan', () => {
  it('remediation.docx: a KẾ HOẠCH in the ND30 frame with the task table, rows in the given order', async () => {
    const paras = await docxParagraphs(await remediationDocx(sampleRemediation()));
    for (const line of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 45/KH-STP', 'Hạ Long, ngày 03 tháng 02 năm 2027', 'KẾ HOẠCH', 'Khắc phục hạn chế, tồn tại qua kết quả xác định Chỉ số cải cách hành chính năm 2026', ...HEADERS]) {
      expect(paras, line).toContain(line);
    }
    expect(paras.some((p) => p.includes('tổng số điểm bị mất: 1,75 điểm'))).toBe(true);
    const a = paras.indexOf('7.1.2. Tỷ lệ văn bản trao đổi dưới dạng điện tử');
    const b = paras.indexOf('1.5.1. Sáng kiến hoặc giải pháp mới trong triển khai CCHC');
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a);
    expect(paras.slice(a, a + 8)).toEqual(['7.1.2. Tỷ lệ văn bản trao đổi dưới dạng điện tử', '2', '1', '1', 'Số hóa toàn bộ văn bản đi, đến; ký số 100% văn bản', 'Văn phòng Sở', 'Sở Khoa học và Công nghệ', 'Quý I/2027']);
  });

  it('remediation.xlsx: lost points computed, totals as formulas', async () => {
    const wb = await loadXlsx(await remediationXlsx(sampleRemediation()));
    const ws = wb.worksheets[0]!;
    expect((ws.getRow(6).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(ws.getCell('B9').value).toBe('6.2. Thực hiện cơ chế tự chủ tài chính');
    expect(ws.getCell('E9').value).toBe(0.25);
    expect(ws.getCell('J9').value).toBe('Báo cáo kết quả trước 30/6/2027');
    expect(ws.getCell('E10').value).toEqual({ formula: 'E7+E8+E9', result: 1.75 });
    expect(ws.getCell('D10').value).toEqual({ formula: 'D7+D8+D9', result: 3.75 });
  });

  it('remediation PDF reads back with its Vietnamese text', async () => {
    const pages = await readPdf(await remediationPdf(sampleRemediation()));
    const all = pages.flatMap((p) => p.lines);
    expect(all).toContain('KẾ HOẠCH');
    expect(all).toContain('Giải pháp khắc phục');
    expect(all).toContain('Văn phòng Sở');
  });
});
