/**
 * Document writers: plain data in, file bytes out. No database, no HTTP — features call these
 * and send the bytes. See docs/DOCUMENTS.md for what each document contains.
 */
export type * from './types';
export { ExportError } from './validate';
export { resolvePdfFonts, FontNotFoundError, type PdfFonts } from './pdf/fonts';
export {
  selfAssessmentReportDocx,
  selfAssessmentReportPdf,
  selfAssessmentTableDocx,
  selfAssessmentTablePdf,
  selfAssessmentTableXlsx,
} from './self-assessment';
export { rankingAnnexDocx, rankingPdf, rankingXlsx } from './ranking';
export { remediationDocx, remediationPdf, remediationXlsx } from './remediation';
export { remediationAllXlsx, type RemediationAllInput, type RemediationAllRow } from './remediation-all';
