// The assessment's life and who may move it. Pure: the service loads the facts, these rules
// decide. Editing happens in the unit (editor or leader) while the period is open and the
// assessment is not with the leader or submitted; the leader returns, submits and withdraws
// (withdraw only until the deadline); the organiser reopens a submitted one, with a reason.
import type { AssessmentStatus } from '../../shared/api/assessments';
import { can, type Actor } from '../access/policy';

export const EDITABLE: ReadonlySet<AssessmentStatus> = new Set(['not-started', 'in-progress', 'returned', 'withdrawn']);

export interface Facts {
  status: AssessmentStatus;
  unitId: string;
  periodStatus: string;
  deadline: string;
  today: string;
}

export type Move = 'edit' | 'send-for-review' | 'return' | 'submit' | 'withdraw' | 'reopen';

export const TARGET: Record<Exclude<Move, 'edit'>, AssessmentStatus> = {
  'send-for-review': 'in-review',
  return: 'returned',
  submit: 'submitted',
  withdraw: 'withdrawn',
  reopen: 'in-progress',
};

/** null = allowed; otherwise why not (bilingual). */
export function refusal(actor: Actor, move: Move, f: Facts): { vi: string; en: string } | 'forbidden' | null {
  const unit = { unitId: f.unitId };
  const open = f.periodStatus === 'open';
  const closedPeriod = { vi: 'Đợt đánh giá không còn mở để tự đánh giá', en: 'The period is not open for self-assessment' };
  switch (move) {
    case 'edit':
      if (!can(actor, 'assessment.edit', unit)) return 'forbidden';
      if (!open) return closedPeriod;
      if (!EDITABLE.has(f.status)) return f.status === 'submitted'
        ? { vi: 'Báo cáo đã nộp, không thể sửa', en: 'The assessment is submitted and locked' }
        : { vi: 'Báo cáo đang chờ lãnh đạo duyệt, không thể sửa', en: 'The assessment is with the leader for review' };
      return null;
    case 'send-for-review':
      if (!can(actor, 'assessment.edit', unit)) return 'forbidden';
      if (!open) return closedPeriod;
      if (!EDITABLE.has(f.status)) return { vi: 'Chỉ gửi duyệt được khi báo cáo đang soạn', en: 'Only an assessment being edited can be sent for review' };
      return null;
    case 'return':
      if (!can(actor, 'assessment.submit', unit)) return 'forbidden';
      if (f.status !== 'in-review') return { vi: 'Chỉ trả lại được báo cáo đang chờ duyệt', en: 'Only an assessment in review can be returned' };
      return null;
    case 'submit':
      if (!can(actor, 'assessment.submit', unit)) return 'forbidden';
      if (!open) return closedPeriod;
      if (f.status === 'submitted') return { vi: 'Báo cáo đã được nộp', en: 'The assessment is already submitted' };
      if (f.status === 'not-started') return { vi: 'Báo cáo chưa được soạn', en: 'Nothing has been entered yet' };
      return null;
    case 'withdraw':
      if (!can(actor, 'assessment.submit', unit)) return 'forbidden';
      if (f.status !== 'submitted') return { vi: 'Chỉ rút lại được báo cáo đã nộp', en: 'Only a submitted assessment can be withdrawn' };
      if (!open || f.today > f.deadline) {
        return { vi: 'Đã quá hạn tự đánh giá: chỉ cơ quan tổ chức đánh giá mới mở lại được báo cáo', en: 'The self-assessment deadline has passed: only the organiser can reopen the assessment' };
      }
      return null;
    case 'reopen':
      if (!can(actor, 'assessment.reopen', unit)) return 'forbidden';
      if (f.status !== 'submitted') return { vi: 'Chỉ mở lại được báo cáo đã nộp', en: 'Only a submitted assessment can be reopened' };
      if (!open) return closedPeriod;
      return null;
  }
}

export function allowed(actor: Actor, move: Move, f: Facts): boolean {
  return refusal(actor, move, f) === null;
}
