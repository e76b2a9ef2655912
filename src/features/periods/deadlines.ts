// Per-criterion deadlines the organiser sets for a period (issue 5): the deadline-tier leaves of
// the period's criteria set, with the set's own date, the period's, and the one scoring uses.
// Setting them checks every row (each message names the criterion), writes them, recomputes
// the stored points that depend on them (deadline-recompute.ts) and records the change, in one
// transaction. Only the leaves whose set states no date take a period's deadline
// (deadline-rules.ts).
import type { Kysely } from 'kysely';
import { formatDate, parseIsoDate } from '../../core/dates';
import { toDecimalString } from '../../core/points';
import type { Database, Db } from '../../db/types';
import type { CriterionDeadline, PeriodDeadlines, PeriodDeadlinesSaved, PutPeriodDeadlines } from '../../shared/api/periods';
import type { PreparedFramework } from '../assessments/prepared';
import { assertCan, can, type Actor } from '../access/policy';
import { record } from '../audit/repository';
import { nowIso } from '../common/clock';
import { AppError, conflict, notFound, type ErrorDetail } from '../common/errors';
import * as dl from './deadline-repository';
import { recomputeItems } from './deadline-recompute';
import { acceptedRange, displayCode, effectiveDeadline, isDeadlineLeaf } from './deadline-rules';
import * as periods from './repository';
import { STATUS_LABEL } from './status';

const PERIOD = { vi: 'đợt đánh giá', en: 'Period' };

/** Deadlines stay editable until the period closes; after that its results stand as they are. */
const LOCKED = new Set(['closed', 'published']);

export type LoadPrepared = (db: Db, frameworkId: string) => Promise<PreparedFramework>;

/** The set's own deadline as people read it: "20/01 hằng năm" or a date. */
function documentText(deadline: string): { vi: string; en: string } {
  const yearly = /^(\d{2})-(\d{2})$/.exec(deadline);
  if (yearly) return { vi: `${yearly[2]}/${yearly[1]} hằng năm`, en: `${deadline} every year` };
  return { vi: formatDate(deadline, 'vi'), en: formatDate(deadline, 'en') };
}

export class PeriodDeadlinesService {
  /** Called after a change is committed (results caches; src/server/services.ts). */
  onChange: (periodId: string) => void = () => undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly prepared: LoadPrepared,
  ) {}

  /** `actor` null = the system (demo seeding). */
  async list(actor: Actor | null, periodId: string): Promise<PeriodDeadlines> {
    if (actor) assertCan(actor, 'period.read');
    const period = await periods.findById(this.db, periodId);
    if (!period) throw notFound(PERIOD);
    return this.present(this.db, actor, period);
  }

  async set(actor: Actor | null, periodId: string, body: PutPeriodDeadlines): Promise<PeriodDeadlinesSaved> {
    if (actor) assertCan(actor, 'period.deadlines');
    const saved = await this.db.transaction().execute(async (tx) => {
      const period = await periods.findById(tx, periodId);
      if (!period) throw notFound(PERIOD);
      if (LOCKED.has(period.status)) {
        const label = STATUS_LABEL[period.status as keyof typeof STATUS_LABEL];
        throw conflict(`Đợt đánh giá ${label.vi.toLowerCase()}, không thể đổi hạn của tiêu chí`, `The period is ${period.status}; criterion deadlines can no longer change`, 'status');
      }
      const prepared = await this.prepared(tx, period.framework_id);
      const window = { dataStart: period.data_start, dataEnd: period.data_end };
      const range = acceptedRange(window);
      const current = await dl.byLeaf(tx, periodId);

      const errors: ErrorDetail[] = [];
      const wanted = new Map<string, { deadline: string | null; note: string | null; index: number }>();
      body.deadlines.forEach((d, i) => {
        const field = `deadlines.${i}`;
        const leaf = prepared.leaves.get(d.criterionId);
        const code = displayCode(d.criterionId);
        const bad = (f: string, vi: string, en: string) => errors.push({ field: `${field}.${f}`, message: { vi, en } });
        if (!leaf) return bad('criterionId', `Không có tiêu chí "${d.criterionId}" trong bộ tiêu chí của đợt`, `The period's criteria set has no criterion "${d.criterionId}"`);
        if (!isDeadlineLeaf(leaf)) {
          return bad('criterionId', `Tiêu chí ${code} không chấm điểm theo thời hạn nên không đặt hạn`, `Criterion ${code} is not scored against a deadline, so it takes none`);
        }
        if (leaf.deadline !== null) {
          const t = documentText(leaf.deadline);
          return bad(
            'criterionId',
            `Tiêu chí ${code} đã có hạn trong bộ tiêu chí (${t.vi}); hạn đó được dùng — muốn đổi thì sửa bộ tiêu chí`,
            `Criterion ${code} has its deadline in the criteria set (${t.en}); that one applies — change the set to change it`,
          );
        }
        if (wanted.has(d.criterionId)) return bad('criterionId', `Tiêu chí ${code} được gửi hai lần`, `Criterion ${code} is sent twice`);
        if (d.deadline !== null && parseIsoDate(d.deadline) === undefined) {
          return bad('deadline', `Hạn của tiêu chí ${code} "${d.deadline}" không phải là ngày hợp lệ dạng YYYY-MM-DD`, `The deadline of criterion ${code} "${d.deadline}" is not a valid date in YYYY-MM-DD form`);
        }
        if (d.deadline !== null && (d.deadline < range.from || d.deadline > range.to)) {
          return bad(
            'deadline',
            `Hạn của tiêu chí ${code} (${formatDate(d.deadline, 'vi')}) nằm ngoài khoảng hợp lý của đợt, từ ${formatDate(range.from, 'vi')} đến ${formatDate(range.to, 'vi')}`,
            `The deadline of criterion ${code} (${d.deadline}) is outside the period's sensible range, ${range.from} to ${range.to}`,
          );
        }
        const note = d.note === undefined ? null : d.note === null || d.note === '' ? null : d.note;
        wanted.set(d.criterionId, { deadline: d.deadline, note, index: i });
      });
      if (errors.length > 0) {
        const first = errors[0]!;
        const more = errors.length > 1 ? { vi: ` (và ${errors.length - 1} lỗi khác)`, en: ` (and ${errors.length - 1} more)` } : { vi: '', en: '' };
        throw new AppError('validation', { vi: `${first.message.vi}${more.vi}`, en: `${first.message.en}${more.en}` }, first.field, errors);
      }

      const now = nowIso();
      const userId = actor?.id ?? null;
      const changed: string[] = [];
      const before: Record<string, string | null> = {};
      const after: Record<string, string | null> = {};
      for (const [leafId, w] of wanted) {
        const was = current.get(leafId) ?? null;
        if (w.deadline === null) await dl.remove(tx, periodId, leafId);
        else await dl.upsert(tx, { period_id: periodId, criterion_id: leafId, deadline: w.deadline, note: w.note, updated_by: userId, updated_at: now });
        if (was !== w.deadline) {
          changed.push(leafId);
          before[leafId] = was;
          after[leafId] = w.deadline;
        }
      }
      const deadlines = await dl.byLeaf(tx, periodId);
      const result = await recomputeItems(tx, { periodId, prepared, window: { ...window, deadlines }, leafIds: changed, previous: current, userId, now });
      if (result.refused.length > 0) {
        // Name the row of the request the refusal belongs to, so the screen shows it there.
        const refused = result.refused.map((r) => {
          const leafId = r.field.slice('deadlines.'.length);
          return { field: `deadlines.${wanted.get(leafId)?.index ?? 0}.deadline`, message: r.message };
        });
        throw new AppError(
          'conflict',
          { vi: `Không đổi được hạn: ${refused[0]!.message.vi}${refused.length > 1 ? ` (và ${refused.length - 1} mục khác)` : ''}`, en: `The deadlines were not changed: ${refused[0]!.message.en}${refused.length > 1 ? ` (and ${refused.length - 1} more)` : ''}` },
          refused[0]!.field,
          refused,
        );
      }
      const recomputed = { self: result.self, appraisal: result.appraisal };
      await record(tx, { userId, action: 'period.deadlines', entityType: 'period', entityId: periodId, before: { deadlines: before }, after: { deadlines: after, recomputed } });
      return { ...(await this.present(tx, actor, period)), recomputed };
    });
    this.onChange(periodId);
    return saved;
  }

  private async present(db: Db, actor: Actor | null, period: periods.PeriodRow): Promise<PeriodDeadlines> {
    const prepared = await this.prepared(db, period.framework_id);
    const rows = new Map((await dl.list(db, period.id)).map((r) => [r.criterion_id, r]));
    const window = { dataStart: period.data_start, dataEnd: period.data_end, deadlines: new Map([...rows].map(([k, r]) => [k, r.deadline])) };
    const leafIds = prepared.leafOrder.filter((id) => isDeadlineLeaf(prepared.leaves.get(id)!));
    const answered = await dl.answeredCounts(db, period.id, leafIds);
    const criteria: CriterionDeadline[] = leafIds.map((id) => {
      const leaf = prepared.leaves.get(id)!;
      const row = leaf.deadline === null ? rows.get(id) : undefined;
      const e = effectiveDeadline(leaf, window);
      return {
        criterionId: id,
        code: displayCode(id),
        title: { vi: leaf.node.name, en: leaf.node.nameEn ?? leaf.node.name },
        max: toDecimalString(leaf.node.max),
        scoredBy: leaf.scoredBy,
        documentDeadline: leaf.deadline,
        documentDate: e.source === 'document' ? e.date : null,
        periodDeadline: row?.deadline ?? null,
        note: row?.note ?? null,
        effective: e.date,
        source: e.source,
        updatedAt: row?.updated_at ?? null,
        updatedBy: row?.username ?? null,
        answered: answered.get(id) ?? 0,
      };
    });
    return {
      periodId: period.id,
      periodStatus: period.status as PeriodDeadlines['periodStatus'],
      canEdit: !LOCKED.has(period.status) && (actor === null || can(actor, 'period.deadlines')),
      range: acceptedRange(window),
      criteria,
    };
  }
}
