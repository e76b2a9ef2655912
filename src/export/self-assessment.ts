/**
 * Self-assessment documents: the official report (.docx, .pdf) and the summary table
 * (.xlsx, .pdf). Each call checks its input and returns the file's bytes.
 */
import { selfAssessmentReportModel, selfAssessmentTableModel } from './build/self-assessment';
import { renderDocx } from './docx/render';
import { renderPdf } from './pdf/render';
import { renderXlsx } from './xlsx/table-sheet';
import type { SelfAssessmentInput } from './types';

/** self-assessment-report.docx: ND30 report with the summary table as a landscape appendix. */
export function selfAssessmentReportDocx(input: SelfAssessmentInput): Promise<Buffer> {
  return renderDocx(selfAssessmentReportModel(input));
}

/** The summary table alone as .docx (the appendix with its heading). */
export function selfAssessmentTableDocx(input: SelfAssessmentInput): Promise<Buffer> {
  return renderDocx(selfAssessmentTableModel(input));
}

/** self-assessment-table.xlsx: the summary table with number cells and a TỔNG CỘNG formula row. */
export function selfAssessmentTableXlsx(input: SelfAssessmentInput): Promise<Buffer> {
  const appendix = selfAssessmentTableModel(input).appendices[0]!;
  return renderXlsx([{ name: 'Bảng tổng hợp', appendix }]);
}

/** The report as PDF: the same letter and appendix, embedded font (see pdf/fonts.ts). */
export function selfAssessmentReportPdf(input: SelfAssessmentInput): Promise<Buffer> {
  return renderPdf(selfAssessmentReportModel(input), `Báo cáo tự đánh giá Chỉ số CCHC năm ${input.year}`);
}

/** The summary table as PDF (A4 landscape, header row repeated, pages numbered). */
export function selfAssessmentTablePdf(input: SelfAssessmentInput): Promise<Buffer> {
  return renderPdf(selfAssessmentTableModel(input), `Bảng tổng hợp tự đánh giá Chỉ số CCHC năm ${input.year}`);
}
