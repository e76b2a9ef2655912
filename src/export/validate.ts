/**
 * Input checks shared by the writers. A bad value is reported with the row and the field it
 * sits in, in Vietnamese and English, before anything is written.
 */
import type { Bilingual } from '../core/text';
import { dateParts } from './format';
import type { DocumentFrame, RankingInput, RemediationInput, SelfAssessmentInput, SummaryRow } from './types';

export class ExportError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
    this.name = 'ExportError';
  }
}

function fail(vi: string, en: string): never {
  throw new ExportError({ vi, en });
}

function isPoints(v: unknown): boolean {
  return typeof v === 'number' && Number.isSafeInteger(v);
}

function checkPoints(v: unknown, optional: boolean, whereVi: string, whereEn: string): void {
  if ((v === undefined || v === null) && optional) return;
  if (!isPoints(v)) fail(`${whereVi}: giá trị điểm không hợp lệ (${String(v)})`, `${whereEn}: invalid points value (${String(v)})`);
}

function checkText(v: unknown, whereVi: string, whereEn: string): void {
  if (typeof v !== 'string' || v.trim() === '') fail(`${whereVi}: không được để trống`, `${whereEn}: must not be empty`);
}

function checkDate(v: string | undefined, whereVi: string, whereEn: string): void {
  if (v !== undefined && !dateParts(v)) fail(`${whereVi}: ngày "${v}" không hợp lệ (cần YYYY-MM-DD)`, `${whereEn}: invalid date "${v}" (expected YYYY-MM-DD)`);
}

export function checkFrame(frame: DocumentFrame): void {
  checkText(frame.issuingBody, 'Cơ quan ban hành', 'Issuing body');
  checkText(frame.symbol, 'Ký hiệu văn bản', 'Document symbol');
  checkText(frame.place, 'Địa danh', 'Place');
  checkDate(frame.date, 'Ngày ban hành', 'Date of issue');
  if (!Array.isArray(frame.recipients)) fail('Nơi nhận phải là danh sách', 'Recipients must be a list');
  checkText(frame.signature.position, 'Chức vụ người ký', 'Signer position');
  checkText(frame.signature.name, 'Họ tên người ký', 'Signer name');
}

function rowWhere(i: number, code: string): [string, string] {
  const c = code ? ` (${code})` : '';
  return [`Dòng ${i + 1}${c}`, `Row ${i + 1}${c}`];
}

export function checkSummaryRows(rows: SummaryRow[]): void {
  if (rows.length === 0) fail('Bảng tổng hợp không có dòng nào', 'The summary table has no rows');
  rows.forEach((r, i) => {
    const [vi, en] = rowWhere(i, r.code);
    if (!Number.isInteger(r.level) || r.level < 1) fail(`${vi}: cấp (level) phải là số nguyên ≥ 1`, `${en}: level must be an integer ≥ 1`);
    checkText(r.name, `${vi}: tên`, `${en}: name`);
    checkPoints(r.max, false, `${vi}: điểm tối đa`, `${en}: max`);
    checkPoints(r.self, true, `${vi}: điểm tự đánh giá`, `${en}: self score`);
    checkPoints(r.appraisal, true, `${vi}: điểm thẩm định`, `${en}: appraisal score`);
  });
}

export function checkSelfAssessment(input: SelfAssessmentInput): void {
  checkFrame(input.frame);
  checkText(input.unitName, 'Tên đơn vị', 'Unit name');
  if (!Number.isInteger(input.year)) fail('Năm đánh giá không hợp lệ', 'Invalid year');
  checkSummaryRows(input.rows);
  const t = input.totals;
  if (t) {
    checkPoints(t.max, false, 'Tổng điểm tối đa', 'Total max');
    checkPoints(t.self, true, 'Tổng điểm tự đánh giá', 'Total self score');
    checkPoints(t.appraisal, true, 'Tổng điểm thẩm định', 'Total appraisal score');
  }
}

export function checkRanking(input: RankingInput): void {
  if (!Number.isInteger(input.year)) fail('Năm đánh giá không hợp lệ', 'Invalid year');
  input.fields.forEach((f, i) => {
    checkText(f.name, `Lĩnh vực ${i + 1}: tên`, `Field ${i + 1}: name`);
    checkPoints(f.max, false, `Lĩnh vực ${i + 1}: điểm tối đa`, `Field ${i + 1}: max`);
  });
  input.rows.forEach((r, i) => {
    const vi = `Dòng ${i + 1} (${r.unitName})`;
    const en = `Row ${i + 1} (${r.unitName})`;
    checkText(r.unitName, `Dòng ${i + 1}: tên đơn vị`, `Row ${i + 1}: unit name`);
    if (!Number.isInteger(r.rank) || r.rank < 1) fail(`${vi}: hạng phải là số nguyên ≥ 1`, `${en}: rank must be an integer ≥ 1`);
    checkPoints(r.total, false, `${vi}: tổng điểm`, `${en}: total`);
    if (!Number.isInteger(r.index)) fail(`${vi}: chỉ số không hợp lệ`, `${en}: invalid index`);
    if (r.fieldPoints.length !== input.fields.length) {
      fail(`${vi}: có ${r.fieldPoints.length} cột điểm lĩnh vực, cần ${input.fields.length}`, `${en}: ${r.fieldPoints.length} field scores, expected ${input.fields.length}`);
    }
    r.fieldPoints.forEach((p, j) => checkPoints(p, true, `${vi}: lĩnh vực ${j + 1}`, `${en}: field ${j + 1}`));
  });
  if (input.decision) checkDate(input.decision.date, 'Ngày quyết định', 'Decision date');
}

export function checkRemediation(input: RemediationInput): void {
  checkFrame(input.frame);
  checkText(input.unitName, 'Tên đơn vị', 'Unit name');
  input.rows.forEach((r, i) => {
    const [vi, en] = rowWhere(i, r.code);
    checkText(r.name, `${vi}: tiêu chí`, `${en}: criterion`);
    checkPoints(r.max, false, `${vi}: điểm tối đa`, `${en}: max`);
    checkPoints(r.appraisal, false, `${vi}: điểm thẩm định`, `${en}: appraisal score`);
    checkPoints(r.lost, true, `${vi}: điểm bị mất`, `${en}: lost points`);
  });
}
