// All SQL on period_deadlines, and the item rows a deadline change recomputes.
import type { AssessmentItemsTable, Db, PeriodDeadlinesTable } from '../../db/types';

export function list(db: Db, periodId: string) {
  return db
    .selectFrom('period_deadlines')
    .leftJoin('users', 'users.id', 'period_deadlines.updated_by')
    .selectAll('period_deadlines')
    .select('users.username')
    .where('period_deadlines.period_id', '=', periodId)
    .execute();
}

/** leaf id → ISO date, what scoring reads. */
export async function byLeaf(db: Db, periodId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('period_deadlines').select(['criterion_id', 'deadline']).where('period_id', '=', periodId).execute();
  return new Map(rows.map((r) => [r.criterion_id, r.deadline]));
}

export async function upsert(db: Db, row: PeriodDeadlinesTable): Promise<void> {
  await db
    .insertInto('period_deadlines')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['period_id', 'criterion_id']).doUpdateSet((eb) => ({
        deadline: eb.ref('excluded.deadline'),
        note: eb.ref('excluded.note'),
        updated_by: eb.ref('excluded.updated_by'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

export async function remove(db: Db, periodId: string, criterionId: string): Promise<void> {
  await db.deleteFrom('period_deadlines').where('period_id', '=', periodId).where('criterion_id', '=', criterionId).execute();
}

export type AffectedItem = AssessmentItemsTable & { unit_id: string; unit_name: string; finalised: number | null };

/**
 * Items of the given leaves in the period that hold something a deadline scores: the unit's
 * input or the appraiser's. With the unit and whether its appraisal is finalised.
 */
export function answeredItems(db: Db, periodId: string, leafIds: string[]): Promise<AffectedItem[]> {
  if (leafIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('assessment_items')
    .innerJoin('assessments', 'assessments.id', 'assessment_items.assessment_id')
    .innerJoin('units', 'units.id', 'assessments.unit_id')
    .leftJoin('appraisal_finalisations', 'appraisal_finalisations.assessment_id', 'assessments.id')
    .selectAll('assessment_items')
    .select(['assessments.unit_id', 'units.name as unit_name', 'appraisal_finalisations.finalised'])
    .where('assessments.period_id', '=', periodId)
    .where('assessment_items.node_id', 'in', leafIds)
    .where((eb) => eb.or([eb('assessment_items.input', 'is not', null), eb('assessment_items.appraisal_input', 'is not', null)]))
    .orderBy('units.name')
    .orderBy('assessment_items.node_id')
    .execute();
}

/** One item again, after a concurrent save changed its version (PostgreSQL, read committed). */
export function itemAgain(db: Db, assessmentId: string, nodeId: string) {
  return db
    .selectFrom('assessment_items')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .where('node_id', '=', nodeId)
    .executeTakeFirst();
}

/** Answered items per leaf (unit input or appraiser input), for the organiser's list. */
export async function answeredCounts(db: Db, periodId: string, leafIds: string[]): Promise<Map<string, number>> {
  if (leafIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('assessment_items')
    .innerJoin('assessments', 'assessments.id', 'assessment_items.assessment_id')
    .select(['assessment_items.node_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('assessments.period_id', '=', periodId)
    .where('assessment_items.node_id', 'in', leafIds)
    .where((eb) => eb.or([eb('assessment_items.input', 'is not', null), eb('assessment_items.appraisal_input', 'is not', null)]))
    .groupBy('assessment_items.node_id')
    .execute();
  return new Map(rows.map((r) => [r.node_id, Number(r.n)]));
}
