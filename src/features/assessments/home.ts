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
