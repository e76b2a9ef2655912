// "What to do next" per role. For now derived from periods and units; later issues (self-
// assessment, appraisal) replace the counts with real submission states.
import type { Kysely } from 'kysely';
import { formatDate } from '../../core/dates';
import type { Database } from '../../db/types';
import type { Home, HomeDeadline, HomeTask } from '../../shared/api/home';
import type { Period } from '../../shared/api/periods';
import { assertCan, type Actor } from '../access/policy';
import { daysBetween, todayInVietnam } from '../common/clock';
import type { PeriodsService } from '../periods/service';
import { openReturns, submittedCount, unitProgress } from '../assessments/home';
import { returnsLink } from '../appraisal/links';
import * as units from '../units/repository';
import * as users from '../users/repository';

/** Deadlines further away than this are not "approaching". */
const HORIZON_DAYS = 60;

export class HomeService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly periods: PeriodsService,
  ) {}

  async home(actor: Actor, today: string = todayInVietnam()): Promise<Home> {
    assertCan(actor, 'home.read');
    const all = await this.periods.listAll(this.db);
    const mine = all.filter((p) => relevant(actor, p));
    const tasks: HomeTask[] = [];
    const stats: Record<string, number> = {
      periodsOpen: all.filter((p) => p.status === 'open').length,
      periodsInAppraisal: all.filter((p) => p.status === 'appraisal').length,
    };
    const due = (p: Period, date: string) => daysBetween(today, date);

    switch (actor.role) {
      case 'admin': {
        const list = await users.listAll(this.db);
        stats.users = list.length;
        stats.activeUsers = list.filter((u) => u.active === 1).length;
        stats.units = (await units.list(this.db, { active: true })).length;
        if (stats.units === 0) tasks.push(task('add-units', 'warning', 'Chưa có đơn vị nào: hãy thêm hoặc nhập danh sách đơn vị', 'No units yet: add or import the unit list', undefined, '/units'));
        tasks.push(task('users', 'info', `${stats.activeUsers} tài khoản đang hoạt động`, `${stats.activeUsers} active accounts`, stats.activeUsers, '/users'));
        break;
      }
      case 'organiser': {
        stats.units = (await units.list(this.db, { active: true })).length;
        for (const p of all) {
          if (p.status === 'draft') tasks.push(task(`open-${p.id}`, 'info', `Đợt "${p.name}" đang là dự thảo: kiểm tra và mở đợt`, `Period "${p.name}" is a draft: review and open it`, undefined, `/periods/${p.id}`));
          if (p.status === 'open') {
            const n = p.unitIds.length - (await submittedCount(this.db, p.id));
            const late = due(p, p.selfAssessmentDeadline) < 0;
            tasks.push(task(`not-submitted-${p.id}`, late ? 'danger' : 'warning', `${n} đơn vị chưa nộp báo cáo tự đánh giá (${p.name})`, `${n} units have not submitted their self-assessment (${p.name})`, n, `/periods/${p.id}`));
          }
          if (p.status === 'closed') tasks.push(task(`publish-${p.id}`, 'info', `Đợt "${p.name}" đã kết thúc: công bố kết quả`, `Period "${p.name}" is closed: publish the results`, undefined, `/periods/${p.id}`));
        }
        break;
      }
      case 'unit-editor':
      case 'unit-leader':
        for (const p of mine.filter((x) => x.status === 'open')) {
          const left = due(p, p.selfAssessmentDeadline);
          const date = p.selfAssessmentDeadline;
          tasks.push(
            task(
              `self-assess-${p.id}`,
              left < 0 ? 'danger' : left <= 7 ? 'warning' : 'info',
              actor.role === 'unit-leader'
                ? `Duyệt và nộp báo cáo tự đánh giá "${p.name}" trước ngày ${formatDate(date, 'vi')}`
                : `Hoàn thành tự đánh giá "${p.name}" trước ngày ${formatDate(date, 'vi')}`,
              actor.role === 'unit-leader'
                ? `Approve and submit the self-assessment for "${p.name}" by ${formatDate(date, 'en')}`
                : `Complete the self-assessment for "${p.name}" by ${formatDate(date, 'en')}`,
              undefined,
              `/periods/${p.id}`,
            ),
          );
          if (left >= 0) tasks.push(task(`days-left-${p.id}`, left <= 7 ? 'warning' : 'info', `Còn ${left} ngày đến hạn tự đánh giá`, `${left} days left until the self-assessment deadline`, left, `/periods/${p.id}`));
          if (actor.unitId !== null) {
            const progress = await unitProgress(this.db, p.id, p.frameworkId, actor.unitId);
            if (progress.status === 'in-review' && actor.role === 'unit-leader') tasks.push(task(`review-${p.id}`, 'warning', 'Báo cáo tự đánh giá đang chờ lãnh đạo duyệt', 'The self-assessment is waiting for your review', undefined, `/periods/${p.id}/assessment`));
            if (progress.status !== 'submitted' && progress.unscored > 0) tasks.push(task(`unscored-${p.id}`, 'warning', `${progress.unscored} tiêu chí chưa chấm điểm`, `${progress.unscored} criteria not scored yet`, progress.unscored, `/periods/${p.id}/assessment`));
          }
        }
        // During appraisal the unit's work is answering the appraisers' returns for explanation.
        if (actor.unitId !== null) {
          for (const p of mine.filter((x) => x.status === 'appraisal')) {
            const open = await openReturns(this.db, p.id, actor.unitId);
            if (open.count === 0) continue;
            const first = open.earliestDue;
            const late = first !== null && daysBetween(today, first) < 0;
            const byVi = first !== null ? `, hạn sớm nhất ${formatDate(first, 'vi')}` : '';
            const byEn = first !== null ? `, earliest due ${formatDate(first, 'en')}` : '';
            tasks.push(
              task(
                `returns-${p.id}`,
                late ? 'danger' : 'warning',
                `${open.count} tiêu chí cần giải trình, bổ sung theo yêu cầu thẩm định (${p.name}${byVi})`,
                `${open.count} ${open.count === 1 ? 'criterion needs' : 'criteria need'} an explanation the appraisers asked for (${p.name}${byEn})`,
                open.count,
                returnsLink(p.id, actor.unitId),
              ),
            );
          }
        }
        break;
      case 'appraiser':
        for (const p of mine.filter((x) => x.status === 'appraisal')) {
          const n = p.unitIds.filter((u) => actor.scopes?.unitIds.includes(u)).length;
          tasks.push(task(`appraise-${p.id}`, 'warning', `${n} đơn vị cần thẩm định (${p.name})`, `${n} units to appraise (${p.name})`, n, `/periods/${p.id}`));
        }
        stats.unitsInScope = actor.scopes?.unitIds.length ?? 0;
        break;
      case 'council-chair':
        for (const p of all.filter((x) => x.status === 'appraisal')) {
          tasks.push(task(`council-${p.id}`, 'info', `Đợt "${p.name}" đang thẩm định: theo dõi và chốt kết quả`, `Period "${p.name}" is under appraisal: follow and finalise`, undefined, `/periods/${p.id}`));
        }
        break;
      case 'viewer':
        for (const p of all.filter((x) => x.status === 'published')) {
          tasks.push(task(`results-${p.id}`, 'info', `Kết quả "${p.name}" đã được công bố`, `Results of "${p.name}" are published`, undefined, `/periods/${p.id}`));
        }
        break;
    }
    if (tasks.length === 0) tasks.push(task('nothing', 'info', 'Hiện không có việc cần làm', 'Nothing to do right now'));
    return { role: actor.role, tasks, deadlines: deadlines(mine, today), stats };
  }
}

function task(id: string, severity: HomeTask['severity'], vi: string, en: string, count?: number, link?: string): HomeTask {
  return { id, severity, message: { vi, en }, ...(count !== undefined ? { count } : {}), ...(link ? { link } : {}) };
}

/** Which periods concern this actor: unit users and appraisers only those of their units. */
function relevant(actor: Actor, p: Period): boolean {
  if (actor.role === 'unit-editor' || actor.role === 'unit-leader') return actor.unitId !== null && p.unitIds.includes(actor.unitId);
  if (actor.role === 'appraiser') return p.unitIds.some((u) => actor.scopes?.unitIds.includes(u));
  return true;
}

function deadlines(periods: Period[], today: string): HomeDeadline[] {
  const out: HomeDeadline[] = [];
  for (const p of periods) {
    const add = (kind: HomeDeadline['kind'], date: string | null) => {
      if (date === null) return;
      const daysLeft = daysBetween(today, date);
      if (daysLeft >= -7 && daysLeft <= HORIZON_DAYS) out.push({ periodId: p.id, periodName: p.name, kind, date, daysLeft });
    };
    if (p.status === 'open') add('self-assessment', p.selfAssessmentDeadline);
    if (p.status === 'open' || p.status === 'appraisal') {
      add('explanation', p.explanationDeadline);
      add('appraisal', p.appraisalEnd);
    }
  }
  return out.sort((a, b) => a.daysLeft - b.daysLeft);
}
