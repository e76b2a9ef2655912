// The organiser's view of a period: every participating unit's state (not started, in
// progress, submitted, overdue, withdrawn …) with its progress and total; reminders to the late
// (in-app, and by e-mail through src/features/mail/ when SMTP is configured).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import type { AssessmentStatus, PeriodAssessmentRow, RemindResult } from '../../shared/api/assessments';
import { assertCan, can, type Actor } from '../access/policy';
import { nowIso } from '../common/clock';
import { invalid, notFound } from '../common/errors';
import { formatDate } from '../../core/dates';
import type { UnitUser } from '../notifications/repository';
import type { NotificationsService } from '../notifications/service';
import { assessmentLink, reminderMail } from '../mail/reminder-mail';
import { sendEach, type MailJob } from '../mail/send-each';
import { openSmtpMailer, type SmtpSettings } from '../mail/smtp';
import { consoleMailLog, type MailLog } from '../mail/types';
import { record } from '../audit/repository';
import * as repo from './repository';
import type { AssessmentsService } from './service';
import { totals, type ScoreRow } from './summary';

/** How reminders go out by e-mail; `smtp` undefined = in-app only. */
export interface ReminderMailSettings {
  smtp: SmtpSettings | undefined;
  /** CHISO_PUBLIC_URL, for the link to the unit's form. */
  publicUrl: string | undefined;
  log: MailLog;
  /** How long the organiser's request waits for the e-mails; the rest go on in the background. */
  budgetMs: number;
}

export class AssessmentOverview {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly assessments: AssessmentsService,
    private readonly notifications: NotificationsService,
    private readonly mail: ReminderMailSettings = { smtp: undefined, publicUrl: undefined, log: consoleMailLog, budgetMs: 20_000 },
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

  /**
   * Reminders to the editors and leaders of units that have not submitted: in-app notifications
   * written in one transaction, then — after the commit, when SMTP is configured — one e-mail
   * per person with an address. E-mail never fails the request: refusals and a dead server are
   * logged and counted, and the in-app reminders stand.
   */
  async remind(actor: Actor, periodId: string, unitIds: string[], message?: string): Promise<RemindResult> {
    assertCan(actor, 'assessment.remind');
    const period = await this.db.selectFrom('periods').select(['id', 'name', 'self_assessment_deadline', 'framework_id']).where('id', '=', periodId).executeTakeFirst();
    if (!period) throw notFound({ vi: 'đợt đánh giá', en: 'Period' });
    const members = new Map((await repo.periodUnits(this.db, periodId)).map((u) => [u.id, u.name]));
    unitIds.forEach((id, i) => {
      if (!members.has(id)) throw invalid(`unitIds.${i}`, 'đơn vị không tham gia đợt đánh giá này', 'unit does not take part in this period');
    });
    const prepared = await this.assessments.loader.prepared(this.db, period.framework_id);
    const leafIds = prepared.leafOrder;
    const deadline = period.self_assessment_deadline;
    let sent = 0;
    const reached: { unitId: string; users: UnitUser[] }[] = [];
    await this.db.transaction().execute(async (tx) => {
      const now = nowIso();
      for (const unitId of [...new Set(unitIds)]) {
        let a = await repo.findByPeriodUnit(tx, periodId, unitId);
        if (a?.status === 'submitted') continue;
        if (!a) {
          await repo.create(tx, periodId, unitId, leafIds, now);
          a = await repo.findByPeriodUnit(tx, periodId, unitId);
        }
        const users = await this.notifications.notifyUnitUsers(tx, unitId, {
          kind: 'assessment.reminder',
          message: {
            vi: `Nhắc nhở: hoàn thành và nộp báo cáo tự đánh giá "${period.name}" trước ngày ${formatDate(deadline, 'vi')}${message ? `. ${message}` : ''}`,
            en: `Reminder: complete and submit the self-assessment "${period.name}" by ${formatDate(deadline, 'en')}${message ? `. ${message}` : ''}`,
          },
          link: `/periods/${periodId}/assessment`,
        });
        sent += users.length;
        reached.push({ unitId, users });
        if (a) await repo.setStatus(tx, a.id, { last_reminded_at: now }, a.updated_at === now ? now : a.updated_at);
      }
      await record(tx, { userId: actor.id, action: 'assessment.remind', entityType: 'period', entityId: periodId, after: { unitIds, sent } });
    });

    const base = { sent, units: reached.length };
    const smtp = this.mail.smtp;
    if (!smtp) return { ...base, emailed: 0, emailConfigured: false, emailFailed: 0, noAddress: 0, emailPending: 0 };
    const jobs: MailJob[] = [];
    let noAddress = 0;
    for (const { unitId, users } of reached) {
      for (const u of users) {
        if (!u.email) {
          noAddress += 1;
          continue;
        }
        const mail = reminderMail({
          to: u.email,
          recipientName: u.display_name,
          unitName: members.get(unitId) ?? unitId,
          periodName: period.name,
          deadline,
          message,
          link: assessmentLink(this.mail.publicUrl, periodId, unitId),
        });
        jobs.push({ ref: u.id, mail });
      }
    }
    const outcome = jobs.length === 0 ? { emailed: 0, failed: 0, pending: 0, done: Promise.resolve({ emailed: 0, failed: 0 }) } : await sendEach(openSmtpMailer(smtp), jobs, { concurrency: 2, budgetMs: this.mail.budgetMs, log: this.mail.log });
    // The audit entry of the reminder is committed already; the e-mail figures follow in their own
    // entry once every message is settled (in the background if the batch outlived the answer).
    const audit = outcome.done
      .then((c) => record(this.db, { userId: actor.id, action: 'assessment.remind-email', entityType: 'period', entityId: periodId, after: { emailed: c.emailed, failed: c.failed, noAddress } }))
      .catch((error: unknown) => this.mail.log.warn({ err: error, periodId }, 'reminder e-mail audit entry not written'));
    if (outcome.pending === 0) await audit;
    return { ...base, emailed: outcome.emailed, emailConfigured: true, emailFailed: outcome.failed, noAddress, emailPending: outcome.pending };
  }
}
