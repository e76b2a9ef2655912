// Item rows as the API shows them, with the flags a reviewer looks for: no evidence, evidence
// dated outside the data window or after the rubric's deadline, input errors, the unit's own flag.
import { toDecimalString, type Points } from '../../core/points';
import { formatDate } from '../../core/dates';
import type { InputError } from '../../core/rubric/types';
import type { Bilingual } from '../../core/text';
import type { AssessmentItemsTable } from '../../db/types';
import type { Item, ItemFlag, ItemInput } from '../../shared/api/assessments';
import { parseJson } from '../common/json';
import { effectiveDeadline } from '../periods/deadline-rules';
import type { PeriodWindow } from './compute';
import type { LeafInfo } from './prepared';

export interface LinkedEvidence {
  evidence_id: string;
  document_date: string | null;
}

export function flagsOf(row: AssessmentItemsTable, leaf: LeafInfo, evidence: LinkedEvidence[], window: PeriodWindow, errors: InputError[]): ItemFlag[] {
  const flags: ItemFlag[] = [];
  const answered = row.input !== null && row.na_reason === null;
  if (answered && leaf.scoredBy === 'unit' && evidence.length === 0) {
    flags.push({ code: 'no-evidence', message: { vi: 'Chưa có tài liệu kiểm chứng', en: 'No evidence attached' } });
  }
  const outside = evidence.filter((e) => e.document_date !== null && (e.document_date < window.dataStart || e.document_date > window.dataEnd));
  if (outside.length > 0) {
    flags.push({
      code: 'evidence-outside-window',
      message: {
        vi: `Tài liệu kiểm chứng có ngày ngoài thời gian số liệu (${formatDate(window.dataStart, 'vi')} – ${formatDate(window.dataEnd, 'vi')})`,
        en: `Evidence dated outside the data window (${formatDate(window.dataStart, 'en')} – ${formatDate(window.dataEnd, 'en')})`,
      },
      evidenceIds: outside.map((e) => e.evidence_id),
    });
  }
  // The deadline the rubric scores against: the set's own (a yearly "01-20" in the year the data
  // window ends) or, when the set states none, the one the organiser set for the period.
  const deadline = effectiveDeadline(leaf, window).date;
  if (deadline !== null) {
    const late = evidence.filter((e) => e.document_date !== null && e.document_date > deadline);
    if (late.length > 0) {
      flags.push({
        code: 'evidence-after-deadline',
        message: { vi: `Tài liệu kiểm chứng ban hành sau hạn ${formatDate(deadline, 'vi')} của tiêu chí`, en: `Evidence issued after the criterion's deadline ${formatDate(deadline, 'en')}` },
        evidenceIds: late.map((e) => e.evidence_id),
      });
    }
  }
  if (errors.length > 0) {
    flags.push({ code: 'input-error', message: { vi: errors.map((e) => e.vi).join('; '), en: errors.map((e) => e.en).join('; ') } });
  }
  if (row.flagged === 1) flags.push({ code: 'flagged', message: { vi: 'Đánh dấu cần xem lại', en: 'Marked for review' } });
  return flags;
}

export function presentItem(row: AssessmentItemsTable, leaf: LeafInfo, evidence: LinkedEvidence[], window: PeriodWindow, username: string | null): Item {
  const errors = (parseJson(row.self_errors) as InputError[] | null) ?? [];
  return {
    nodeId: row.node_id,
    input: parseJson(row.input) as ItemInput | null,
    points: row.self_points === null ? null : toDecimalString(row.self_points as Points),
    explanation: parseJson(row.self_explanation) as Bilingual | null,
    errors,
    note: row.note,
    na: row.na_reason === null ? null : { reason: row.na_reason },
    evidenceIds: evidence.map((e) => e.evidence_id),
    flagged: row.flagged === 1,
    flags: flagsOf(row, leaf, evidence, window, errors),
    version: row.version,
    updatedAt: row.updated_at,
    updatedBy: username,
  };
}

/** Index in hundredths of a percent → "87.25". */
export function indexString(hundredths: number | null): string | null {
  if (hundredths === null) return null;
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function pointsString(p: Points | null): string | null {
  return p === null ? null : toDecimalString(p);
}
