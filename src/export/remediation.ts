/** Remediation plan documents (issue 6): remediation.docx, remediation.xlsx and PDF. */
import { remediationModel } from './build/remediation';
import { renderDocx } from './docx/render';
import { renderPdf } from './pdf/render';
import type { RemediationInput } from './types';
import { renderXlsx } from './xlsx/table-sheet';

export function remediationDocx(input: RemediationInput): Promise<Buffer> {
  return renderDocx(remediationModel(input));
}

export function remediationXlsx(input: RemediationInput): Promise<Buffer> {
  return renderXlsx([{ name: 'Kế hoạch khắc phục', appendix: remediationModel(input).appendices[0]! }]);
}

export function remediationPdf(input: RemediationInput): Promise<Buffer> {
  return renderPdf(remediationModel(input), `Kế hoạch khắc phục Chỉ số CCHC năm ${input.year}`);
}
