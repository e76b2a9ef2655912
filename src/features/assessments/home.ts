// What the home page needs from self-assessment: how many units of a period have not submitted,
// and for a unit how many of its criteria are still unscored. Called by features/home.
import type { Framework } from '../../core/framework';
import type { Db } from '../../db/types';
import { PreparedCache } from './prepared';

const cache = new PreparedCache();

async function prepared(db: Db, frameworkId: string) {
  return cache.get(frameworkId, async () => {
    const row = await db.selectFrom('frameworks').select('content').where('id', '=', frameworkId).executeTakeFirstOrThrow();
    return JSON.parse(row.content) as Framework;
  });
}

export async function submittedCount(db: Db, periodId: string): Promise<number> {
  const row = await db
    .selectFrom('assessments')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('period_id', '=', periodId)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Criteria the unit scores itself that have neither points nor N/A; null = nothing to do now. */
export async function unitProgress(db: Db, periodId: string, frameworkId: string, unitId: string): Promise<{ status: string; unscored: number }> {
  const p = await prepared(db, frameworkId);
  const unitLeaves = [...p.leaves.values()].filter((l) => l.scoredBy === 'unit').map((l) => l.node.id);
  const a = await db.selectFrom('assessments').select(['id', 'status']).where('period_id', '=', periodId).where('unit_id', '=', unitId).executeTakeFirst();
  if (!a) return { status: 'not-started', unscored: unitLeaves.length };
  const rows = await db.selectFrom('assessment_items').select(['node_id', 'self_points', 'na_reason']).where('assessment_id', '=', a.id).execute();
  const done = new Set(rows.filter((r) => r.self_points !== null || r.na_reason !== null).map((r) => r.node_id));
  return { status: a.status, unscored: unitLeaves.filter((id) => !done.has(id)).length };
}

/**
 * Returns for explanation still waiting for the unit's answer in a period (status 'open': the
 * appraiser asked, nobody from the unit has answered yet), with the earliest due date.
 */
export async function openReturns(db: Db, periodId: string, unitId: string): Promise<{ count: number; earliestDue: string | null }> {
  const rows = await db
    .selectFrom('appraisal_rounds')
    .innerJoin('assessments', 'assessments.id', 'appraisal_rounds.assessment_id')
    .select(['appraisal_rounds.due_date'])
    .where('assessments.period_id', '=', periodId)
    .where('assessments.unit_id', '=', unitId)
    .where('appraisal_rounds.status', '=', 'open')
    .execute();
  const dues = rows.map((r) => r.due_date).filter((d): d is string => typeof d === 'string' && d !== '').sort();
  return { count: rows.length, earliestDue: dues[0] ?? null };
}
