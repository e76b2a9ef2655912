/**
 * Self-assessment documents: the official report (.docx, .pdf) and the summary table
 * (.xlsx, .pdf). Each call checks its input and returns the file's bytes.
 */
import { selfAssessmentReportModel, selfAssessmentTableModel } from './build/self-assessment';
import { renderDocx } from './docx/render';
import type { SelfAssessmentInput } from './types';

/** self-assessment-report.docx: ND30 report with the summary table as a landscape appendix. */
export function selfAssessmentReportDocx(input: SelfAssessmentInput): Promise<Buffer> {
  return renderDocx(selfAssessmentReportModel(input));
}

/** The summary table alone as .docx (the appendix with its heading). */
export function selfAssessmentTableDocx(input: SelfAssessmentInput): Promise<Buffer> {
  return renderDocx(selfAssessmentTableModel(input));
}
