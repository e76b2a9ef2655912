// What the issue-6 features share: the period with its prepared criteria set (one cache for the
// process, like self-assessment's), the effective scope of an appraiser in a period, and
// lazily creating the assessment rows that appraisal writes into.
import type { Kysely } from 'kysely';
import type { Database, Db } from '../../db/types';
import { can, type Actor, type Action } from '../access/policy';
import { nowIso, todayInVietnam } from '../common/clock';
import { forbidden, notFound } from '../common/errors';
import { parseJson } from '../common/json';
import * as assessmentsRepo from '../assessments/repository';
import { PreparedCache, type LeafInfo, type PreparedFramework } from '../assessments/prepared';
import type { FrameworksService } from '../frameworks/service';

export const PERIOD = { vi: 'đợt đánh giá', en: 'Period' };

export interface PeriodInfo {
  id: string;
  name: string;
  year: number;
  unitType: string;
  status: string;
  frameworkId: string;
  dataStart: string;
  dataEnd: string;
  updatedAt: string;
}

export class IssueContext {
  constructor(
    readonly db: Kysely<Database>,
    private readonly frameworks: FrameworksService,
    readonly cache: PreparedCache = new PreparedCache(),
    /** Today in Vietnam, YYYY-MM-DD; replaceable in tests. */
    public today: () => string = () => todayInVietnam(),
  ) {}

  async period(db: Db, id: string): Promise<PeriodInfo> {
    const p = await db.selectFrom('periods').selectAll().where('id', '=', id).executeTakeFirst();
    if (!p) throw notFound(PERIOD);
    return { id: p.id, name: p.name, year: p.year, unitType: p.unit_type, status: p.status, frameworkId: p.framework_id, dataStart: p.data_start, dataEnd: p.data_end, updatedAt: p.updated_at };
  }

  prepared(db: Db, frameworkId: string): Promise<PreparedFramework> {
    return this.cache.get(frameworkId, () => this.frameworks.load(db, frameworkId));
  }

  /**
   * The actor as the policy should see them in this period: an appraiser's scopes come from the
   * period's assignment when one exists, else from the user's own scopes.
   */
  async effectiveActor(db: Db, actor: Actor, periodId: string): Promise<Actor> {
    if (actor.role !== 'appraiser') return actor;
    const row = await db.selectFrom('appraisal_assignments').select(['fields', 'unit_ids']).where('period_id', '=', periodId).where('user_id', '=', actor.id).executeTakeFirst();
    if (!row) return actor;
    return { ...actor, scopes: { fields: (parseJson(row.fields) as string[]) ?? [], unitIds: (parseJson(row.unit_ids) as string[]) ?? [] } };
  }

  /** Ensures every participating unit has its assessment (and item rows); returns them by unit. */
  async ensureAssessments(db: Db, period: PeriodInfo, unitIds?: string[]): Promise<Map<string, assessmentsRepo.AssessmentRow>> {
    let rows = await assessmentsRepo.listByPeriod(db, period.id);
    const have = new Set(rows.map((r) => r.unit_id));
    const wanted = unitIds ?? (await assessmentsRepo.periodUnits(db, period.id)).map((u) => u.id);
    const missing = wanted.filter((u) => !have.has(u));
    if (missing.length > 0) {
      const prepared = await this.prepared(db, period.frameworkId);
      const now = nowIso();
      for (const unitId of missing) {
        if (!(await assessmentsRepo.isInPeriod(db, period.id, unitId))) continue;
        await assessmentsRepo.create(db, period.id, unitId, prepared.leafOrder, now);
      }
      rows = await assessmentsRepo.listByPeriod(db, period.id);
    }
    return new Map(rows.map((r) => [r.unit_id, r]));
  }
}

/** An appraiser may act on a leaf when its field is in scope, by field node id or by field code. */
export function canOnLeaf(actor: Actor, action: Action, unitId: string, leaf: LeafInfo): boolean {
  return can(actor, action, { unitId, field: leaf.fieldId }) || can(actor, action, { unitId, field: leaf.fieldCode });
}

export function assertOnLeaf(actor: Actor, action: Action, unitId: string, leaf: LeafInfo): void {
  if (!canOnLeaf(actor, action, unitId, leaf)) throw forbidden();
}
