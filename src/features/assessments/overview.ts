// The organiser's view of a period: every participating unit's state (not started, in
// progress, submitted, overdue, withdrawn …) with its progress and total; reminders to the late.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import type { AssessmentStatus, PeriodAssessmentRow } from '../../shared/api/assessments';
import { assertCan, can, type Actor } from '../access/policy';
import { nowIso } from '../common/clock';
import { invalid, notFound } from '../common/errors';
import { formatDate } from '../../core/dates';
import type { NotificationsService } from '../notifications/service';
import { record } from '../audit/repository';
import * as repo from './repository';
import type { AssessmentsService } from './service';
import { totals, type ScoreRow } from './summary';

export class AssessmentOverview {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly assessments: AssessmentsService,
    private readonly notifications: NotificationsService,
  ) {}

  async list(actor: Actor, periodId: string): Promise<PeriodAssessmentRow[]> {
    const period = await this.db.selectFrom('periods').select(['id', 'framework_id', 'self_assessment_deadline']).where('id', '=', periodId).executeTakeFirst();
    if (!period) throw notFound({ vi: 'đợt đánh giá', en: 'Period' });
    const units = (await repo.periodUnits(this.db, periodId)).filter((u) => can(actor, 'assessment.read', { unitId: u.id }));
    if (units.length === 0 && !can(actor, 'assessment.read', { unitId: actor.unitId })) assertCan(actor, 'assessment.read', {});
    const prepared = await this.assessments.loader.prepared(this.db, period.framework_id);
    const rows = new Map((await repo.listByPeriod(this.db, periodId)).map((r) => [r.unit_id, r]));
    const scores = new Map<string, ScoreRow[]>();
    for (const s of await repo.periodScores(this.db, periodId)) {
      const list = scores.get(s.assessment_id) ?? [];
      list.push(s);
      scores.set(s.assessment_id, list);
    }
    const overdue = this.assessments.loader.today() > period.self_assessment_deadline;
    // Progress counts what the unit itself scores, as the form does: appraiser- and survey-scored
    // leaves are never the unit's to answer.
    const unitLeaves = [...prepared.leaves.values()].filter((l) => l.scoredBy === 'unit').length;
    return units.map((u) => {
      const a = rows.get(u.id);
      const status = (a?.status ?? 'not-started') as AssessmentStatus;
      const t = a ? totals(prepared, scores.get(a.id) ?? []) : { selfTotal: null, index: null, answered: 0 };
      return {
        id: a?.id ?? null,
        unitId: u.id,
        unitName: u.name,
        status,
        overdue: overdue && status !== 'submitted',
        answered: t.answered,
        leaves: unitLeaves,
        selfTotal: t.selfTotal,
        index: t.index,
        submittedAt: a?.submitted_at ?? null,
        lastRemindedAt: a?.last_reminded_at ?? null,
      };
    });
  }

  /** In-app reminders to the editors and leaders of units that have not submitted. */
  async remind(actor: Actor, periodId: string, unitIds: string[], message?: string): Promise<{ sent: number; emailed: number }> {
    assertCan(actor, 'assessment.remind');
    const period = await this.db.selectFrom('periods').select(['id', 'name', 'self_assessment_deadline', 'framework_id']).where('id', '=', periodId).executeTakeFirst();
    if (!period) throw notFound({ vi: 'đợt đánh giá', en: 'Period' });
    const members = new Set((await repo.periodUnits(this.db, periodId)).map((u) => u.id));
    unitIds.forEach((id, i) => {
      if (!members.has(id)) throw invalid(`unitIds.${i}`, 'đơn vị không tham gia đợt đánh giá này', 'unit does not take part in this period');
    });
    const prepared = await this.assessments.loader.prepared(this.db, period.framework_id);
    const leafIds = prepared.leafOrder;
    const deadline = period.self_assessment_deadline;
    let sent = 0;
    await this.db.transaction().execute(async (tx) => {
      const now = nowIso();
      for (const unitId of [...new Set(unitIds)]) {
        let a = await repo.findByPeriodUnit(tx, periodId, unitId);
        if (a?.status === 'submitted') continue;
        if (!a) {
          await repo.create(tx, periodId, unitId, leafIds, now);
          a = await repo.findByPeriodUnit(tx, periodId, unitId);
        }
        sent += await this.notifications.notifyUnit(tx, unitId, {
          kind: 'assessment.reminder',
          message: {
            vi: `Nhắc nhở: hoàn thành và nộp báo cáo tự đánh giá "${period.name}" trước ngày ${formatDate(deadline, 'vi')}${message ? `. ${message}` : ''}`,
            en: `Reminder: complete and submit the self-assessment "${period.name}" by ${formatDate(deadline, 'en')}${message ? `. ${message}` : ''}`,
          },
          link: `/periods/${periodId}/assessment`,
        });
        if (a) await repo.setStatus(tx, a.id, { last_reminded_at: now }, a.updated_at === now ? now : a.updated_at);
      }
      await record(tx, { userId: actor.id, action: 'assessment.remind', entityType: 'period', entityId: periodId, after: { unitIds, sent } });
    });
    return { sent, emailed: 0 };
  }
}
