// Workflow moves: send for review, return with a comment, submit (after the checklist), withdraw
// (before the deadline) and reopen (organiser, with a recorded reason). Each is audited and
// leaves a comment on the assessment; the people concerned get an in-app notification.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import type { AssessmentHeader, AssessmentStatus, ChecklistEntry } from '../../shared/api/assessments';
import type { Actor } from '../access/policy';
import { record } from '../audit/repository';
import { nowIso } from '../common/clock';
import { AppError } from '../common/errors';
import type { NotificationsService } from '../notifications/service';
import { buildChecklist } from './checklist';
import * as repo from './repository';
import { refuse, type AssessmentsService } from './service';
import { refusal, TARGET, type Move } from './workflow';

const LABEL: Record<Exclude<Move, 'edit'>, { vi: string; en: string }> = {
  'send-for-review': { vi: 'gửi lãnh đạo duyệt', en: 'sent for review' },
  return: { vi: 'trả lại để chỉnh sửa', en: 'returned for changes' },
  submit: { vi: 'đã nộp', en: 'submitted' },
  withdraw: { vi: 'rút lại để chỉnh sửa', en: 'withdrawn for changes' },
  reopen: { vi: 'mở lại', en: 'reopened' },
};

export class AssessmentTransitions {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly assessments: AssessmentsService,
    private readonly notifications: NotificationsService,
  ) {}

  async move(actor: Actor, id: string, move: Exclude<Move, 'edit'>, options: { text?: string; confirm?: boolean } = {}): Promise<AssessmentHeader> {
    const loader = this.assessments.loader;
    await this.db.transaction().execute(async (tx) => {
      const l = await loader.load(tx, actor, id);
      refuse(refusal(actor, move, l.facts));
      if (move === 'submit') {
        const failed = failing(buildChecklist(l.prepared, await this.assessments.items(tx, l)), options.confirm === true);
        if (failed.length > 0) {
          throw new AppError(
            'conflict',
            { vi: 'Chưa thể nộp: xem danh sách kiểm tra trước khi nộp', en: 'Cannot submit yet: see the pre-submit checklist' },
            'checklist',
            failed.map((c) => ({ field: c.code, message: c.message })),
          );
        }
      }
      const now = nowIso();
      const to: AssessmentStatus = TARGET[move];
      const patch: Parameters<typeof repo.setStatus>[2] = { status: to };
      if (move === 'submit') Object.assign(patch, { submitted_at: now, submitted_by: actor.id });
      if (move === 'withdraw' || move === 'reopen') Object.assign(patch, { submitted_at: null, submitted_by: null });
      await repo.setStatus(tx, id, patch, now);
      const text = options.text?.trim() ?? '';
      await repo.addComment(tx, { assessmentId: id, at: now, userId: actor.id, kind: move, text });
      await record(tx, {
        userId: actor.id,
        action: `assessment.${move}`,
        entityType: 'assessment',
        entityId: id,
        before: { status: l.facts.status },
        after: { status: to, ...(text ? { text } : {}) },
      });
      const label = LABEL[move];
      await this.notifications.notifyUnit(tx, l.row.unit_id, {
        kind: `assessment.${move}`,
        message: {
          vi: `Báo cáo tự đánh giá "${l.row.period_name}" ${label.vi}${text ? `: ${text}` : ''}`,
          en: `Self-assessment "${l.row.period_name}" ${label.en}${text ? `: ${text}` : ''}`,
        },
        link: `/periods/${l.row.period_id}/assessment`,
        exceptUserId: actor.id,
      });
    });
    const l = await loader.load(this.db, actor, id);
    return loader.header(this.db, actor, l);
  }
}

/** Errors always block; warnings block until the leader confirms them. */
function failing(list: ChecklistEntry[], confirmed: boolean): ChecklistEntry[] {
  return list.filter((c) => !c.ok && (c.severity === 'error' || !confirmed));
}
