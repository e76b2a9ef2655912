// All SQL on imported documents (the `imports` table).
import type { Db, ImportsTable } from '../../db/types';

export async function insert(db: Db, row: ImportsTable): Promise<void> {
  await db.insertInto('imports').values(row).execute();
}

export function findById(db: Db, id: string): Promise<ImportsTable | undefined> {
  return db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Moves a draft to its final state; false when it was no longer a draft (decided twice). */
export async function decide(db: Db, id: string, status: 'confirmed' | 'discarded', outcome: unknown, at: string): Promise<boolean> {
  const res = await db
    .updateTable('imports')
    .set({ status, outcome: outcome === null ? null : JSON.stringify(outcome), decided_at: at })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Stored criteria sets, newest first, for matching a report to the one it was scored on. */
export function frameworkContents(db: Db, limit: number) {
  return db.selectFrom('frameworks').select(['id', 'name', 'content']).orderBy('year', 'desc').orderBy('created_at', 'desc').limit(limit).execute();
}

export function period(db: Db, id: string) {
  return db.selectFrom('periods').select(['id', 'name', 'status', 'framework_id']).where('id', '=', id).executeTakeFirst();
}

export async function isInPeriod(db: Db, periodId: string, unitId: string): Promise<boolean> {
  return (await db.selectFrom('period_units').select('unit_id').where('period_id', '=', periodId).where('unit_id', '=', unitId).executeTakeFirst()) !== undefined;
}

export function assessment(db: Db, periodId: string, unitId: string) {
  return db.selectFrom('assessments').select(['id', 'status']).where('period_id', '=', periodId).where('unit_id', '=', unitId).executeTakeFirst();
}

export function assessmentItems(db: Db, assessmentId: string) {
  return db.selectFrom('assessment_items').selectAll().where('assessment_id', '=', assessmentId).execute();
}

/** The imported answer replaces the unit's: one statement per leaf, the version moves on. */
export async function writeImportedItem(
  db: Db,
  key: { assessmentId: string; nodeId: string; version: number },
  change: { input: string; self_points: number; self_explanation: string; note: string; updated_at: string; updated_by: string },
): Promise<void> {
  await db
    .updateTable('assessment_items')
    .set({ ...change, self_errors: null, na_reason: null, version: key.version + 1 })
    .where('assessment_id', '=', key.assessmentId)
    .where('node_id', '=', key.nodeId)
    .execute();
}
