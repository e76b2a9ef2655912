// Periods (đợt đánh giá): a unit type, a frozen criteria-set version, the data window, deadlines
// and participating units, moving through draft → open → appraisal → closed → published.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, Db, PeriodsTable } from '../../db/types';
import type { CreatePeriod, PatchPeriod, Period, PeriodStatus } from '../../shared/api/periods';
import { assertCan, type Actor } from '../access/policy';
import { record } from '../audit/repository';
import { nowIso } from '../common/clock';
import { AppError, conflict, invalid, notFound } from '../common/errors';
import * as repo from './repository';
import { canTransition, FROZEN_AFTER_DRAFT, STATUS_LABEL } from './status';

const PERIOD = { vi: 'đợt đánh giá', en: 'Period' };

function present(row: repo.PeriodRow, unitIds: string[]): Period {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as Period['kind'],
    year: row.year,
    unitType: row.unit_type as Period['unitType'],
    frameworkId: row.framework_id,
    frameworkName: row.framework_name,
    frameworkVersion: row.framework_version,
    status: row.status as PeriodStatus,
    dataStart: row.data_start,
    dataEnd: row.data_end,
    selfAssessmentDeadline: row.self_assessment_deadline,
    appraisalStart: row.appraisal_start,
    appraisalEnd: row.appraisal_end,
    explanationDeadline: row.explanation_deadline,
    unitIds,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

type Fields = Omit<Period, 'id' | 'status' | 'frameworkName' | 'frameworkVersion' | 'createdAt' | 'updatedAt'>;

/** Order of dates and consistency with the framework and units; names the offending field. */
async function validate(db: Db, p: Fields): Promise<void> {
  const before = (a: keyof Fields, b: keyof Fields, vi: string, en: string) => {
    if ((p[a] as string) > (p[b] as string)) throw invalid(b, vi, en);
  };
  before('dataStart', 'dataEnd', 'ngày kết thúc số liệu phải sau ngày bắt đầu', 'data window ends before it starts');
  before('dataStart', 'selfAssessmentDeadline', 'hạn tự đánh giá phải sau ngày bắt đầu số liệu', 'self-assessment deadline is before the data window starts');
  before('appraisalStart', 'appraisalEnd', 'ngày kết thúc thẩm định phải sau ngày bắt đầu', 'appraisal ends before it starts');
  before('selfAssessmentDeadline', 'appraisalStart', 'thẩm định phải bắt đầu sau hạn tự đánh giá', 'appraisal starts before the self-assessment deadline');
  const fw = await repo.frameworkInfo(db, p.frameworkId);
  if (!fw) throw invalid('frameworkId', 'bộ tiêu chí không tồn tại', 'criteria set does not exist');
  if (fw.unit_type !== p.unitType) {
    throw invalid('frameworkId', `bộ tiêu chí dành cho loại đơn vị "${fw.unit_type}", không phải "${p.unitType}"`, `the criteria set is for unit type "${fw.unit_type}", not "${p.unitType}"`);
  }
  const unique = [...new Set(p.unitIds)];
  const units = await repo.unitsByIds(db, unique);
  const found = new Map(units.map((u) => [u.id, u]));
  unique.forEach((id, i) => {
    const u = found.get(id);
    if (!u) throw invalid(`unitIds.${i}`, 'đơn vị không tồn tại', 'unit does not exist');
    if (u.type !== p.unitType) throw invalid(`unitIds.${i}`, `"${u.name}" không thuộc loại đơn vị của đợt`, `"${u.name}" is not of the period's unit type`);
  });
}

/** A check another feature adds before a period moves (results: every unit finalised before publishing). */
export type TransitionGuard = (tx: Db, periodId: string, to: PeriodStatus) => Promise<void>;

export class PeriodsService {
  private readonly guards: TransitionGuard[] = [];

  constructor(private readonly db: Kysely<Database>) {}

  addTransitionGuard(guard: TransitionGuard): void {
    this.guards.push(guard);
  }

  async list(actor: Actor): Promise<Period[]> {
    assertCan(actor, 'period.list');
    return this.listAll(this.db);
  }

  async listAll(db: Db): Promise<Period[]> {
    const rows = await repo.list(db);
    const units = await repo.unitIdsOf(db, rows.map((r) => r.id));
    return rows.map((r) => present(r, units.get(r.id) ?? []));
  }

  async get(actor: Actor, id: string): Promise<Period> {
    assertCan(actor, 'period.read');
    return this.load(this.db, id);
  }

  private async load(db: Db, id: string): Promise<Period> {
    const row = await repo.findById(db, id);
    if (!row) throw notFound(PERIOD);
    return present(row, (await repo.unitIdsOf(db, [id])).get(id) ?? []);
  }

  /** `actor` null = the system (demo seeding). */
  async create(actor: Actor | null, input: CreatePeriod): Promise<Period> {
    if (actor) assertCan(actor, 'period.create');
    const fields: Fields = { ...input, explanationDeadline: input.explanationDeadline ?? null, unitIds: [...new Set(input.unitIds)] };
    const now = nowIso();
    const id = randomUUID();
    return this.db.transaction().execute(async (tx) => {
      await validate(tx, fields);
      await repo.insert(tx, { id, status: 'draft', created_at: now, updated_at: now, ...toColumns(fields) });
      await repo.setUnits(tx, id, fields.unitIds);
      const created = await this.load(tx, id);
      await record(tx, { userId: actor?.id ?? null, action: 'period.create', entityType: 'period', entityId: id, after: created });
      return created;
    });
  }

  async update(actor: Actor, id: string, patch: PatchPeriod): Promise<Period> {
    assertCan(actor, 'period.update');
    return this.db.transaction().execute(async (tx) => {
      const before = await this.load(tx, id);
      if (before.status === 'closed' || before.status === 'published') {
        throw conflict(`Đợt đánh giá đã ${STATUS_LABEL[before.status].vi.toLowerCase()}, không thể sửa`, `The period is ${before.status} and can no longer be changed`);
      }
      if (before.status !== 'draft') {
        for (const key of FROZEN_AFTER_DRAFT) {
          if (patch[key] !== undefined && patch[key] !== before[key]) {
            throw conflict(`${key}: chỉ sửa được khi đợt còn là dự thảo`, `${key}: can only change while the period is a draft`, key);
          }
        }
      }
      const fields: Fields = {
        ...pickFields(before),
        ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
      };
      if (patch.unitIds) fields.unitIds = [...new Set(patch.unitIds)];
      await validate(tx, fields);
      await repo.update(tx, id, { ...toColumns(fields), updated_at: nowIso() });
      if (patch.unitIds) await repo.setUnits(tx, id, fields.unitIds);
      const after = await this.load(tx, id);
      await record(tx, { userId: actor.id, action: 'period.update', entityType: 'period', entityId: id, before, after });
      return after;
    });
  }

  async transition(actor: Actor | null, id: string, to: PeriodStatus): Promise<Period> {
    if (actor) assertCan(actor, 'period.transition');
    return this.db.transaction().execute(async (tx) => {
      const before = await this.load(tx, id);
      if (!canTransition(before.status, to)) {
        throw new AppError(
          'conflict',
          {
            vi: `Không thể chuyển đợt từ "${STATUS_LABEL[before.status].vi}" sang "${STATUS_LABEL[to].vi}"`,
            en: `Cannot move the period from "${before.status}" to "${to}"`,
          },
          'to',
        );
      }
      if (to === 'open' && before.unitIds.length === 0) {
        throw conflict('Đợt đánh giá chưa có đơn vị tham gia', 'The period has no participating units', 'unitIds');
      }
      for (const guard of this.guards) await guard(tx, id, to);
      await repo.update(tx, id, { status: to, updated_at: nowIso() });
      const after = await this.load(tx, id);
      await record(tx, { userId: actor?.id ?? null, action: 'period.transition', entityType: 'period', entityId: id, before: { status: before.status }, after: { status: to } });
      return after;
    });
  }
}

function pickFields(p: Period): Fields {
  const { id: _id, status: _s, frameworkName: _n, frameworkVersion: _v, createdAt: _c, updatedAt: _u, ...rest } = p;
  return rest;
}

function toColumns(f: Fields): Omit<PeriodsTable, 'id' | 'status' | 'created_at' | 'updated_at'> {
  return {
    name: f.name,
    kind: f.kind,
    year: f.year,
    unit_type: f.unitType,
    framework_id: f.frameworkId,
    data_start: f.dataStart,
    data_end: f.dataEnd,
    self_assessment_deadline: f.selfAssessmentDeadline,
    appraisal_start: f.appraisalStart,
    appraisal_end: f.appraisalEnd,
    explanation_deadline: f.explanationDeadline,
  };
}
