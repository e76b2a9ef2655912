// All SQL on remediation rows and their progress notes.
import { randomUUID } from 'node:crypto';
import type { Db, RemediationRowsTable } from '../../db/types';

export function rowsOf(db: Db, periodId: string, unitId: string) {
  return db
    .selectFrom('remediation_rows')
    .leftJoin('users', 'users.id', 'remediation_rows.updated_by')
    .selectAll('remediation_rows')
    .select('users.username as updated_by_name')
    .where('remediation_rows.period_id', '=', periodId)
    .where('remediation_rows.unit_id', '=', unitId)
    .execute();
}
export type RowWithName = Awaited<ReturnType<typeof rowsOf>>[number];

export function rowById(db: Db, id: string) {
  return db.selectFrom('remediation_rows').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every row of the period with what the overview counts (no texts beyond the three it checks). */
export function periodRows(db: Db, periodId: string) {
  return db
    .selectFrom('remediation_rows')
    .select(['id', 'unit_id', 'node_id', 'status', 'max_points', 'appraisal_points', 'lost_points', 'solution', 'lead_agency', 'time_frame', 'version', 'updated_at'])
    .where('period_id', '=', periodId)
    .execute();
}
export type PeriodRow = Awaited<ReturnType<typeof periodRows>>[number];

/** Every row of the period with all its texts and the unit, for the all-units export. */
export function periodRowsFull(db: Db, periodId: string) {
  return db
    .selectFrom('remediation_rows')
    .innerJoin('units', 'units.id', 'remediation_rows.unit_id')
    .selectAll('remediation_rows')
    .select(['units.code as unit_code', 'units.name as unit_name'])
    .where('remediation_rows.period_id', '=', periodId)
    .execute();
}

/** The period's units with their type. */
export function periodUnits(db: Db, periodId: string) {
  return db
    .selectFrom('period_units')
    .innerJoin('units', 'units.id', 'period_units.unit_id')
    .select(['units.id', 'units.code', 'units.name', 'units.type'])
    .where('period_units.period_id', '=', periodId)
    .execute();
}

export async function insertRow(db: Db, r: Pick<RemediationRowsTable, 'period_id' | 'unit_id' | 'node_id' | 'max_points' | 'appraisal_points' | 'lost_points' | 'created_at'>): Promise<void> {
  await db
    .insertInto('remediation_rows')
    .values({ ...r, id: randomUUID(), solution: '', lead_agency: '', cooperating_agencies: '', time_frame: '', note: '', status: 'not-started', version: 0, updated_at: null, updated_by: null })
    .onConflict((oc) => oc.columns(['period_id', 'unit_id', 'node_id']).doNothing())
    .execute();
}

export async function setFigures(db: Db, id: string, f: Pick<RemediationRowsTable, 'max_points' | 'appraisal_points' | 'lost_points'>): Promise<void> {
  await db.updateTable('remediation_rows').set(f).where('id', '=', id).execute();
}

export async function deleteRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('remediation_rows').where('id', '=', id).execute();
}

export type PlanChange = Partial<Pick<RemediationRowsTable, 'solution' | 'lead_agency' | 'cooperating_agencies' | 'time_frame' | 'note' | 'status'>> & { updated_at: string; updated_by: string };

export async function updateRow(db: Db, id: string, baseVersion: number, change: PlanChange): Promise<boolean> {
  const r = await db.updateTable('remediation_rows').set({ ...change, version: baseVersion + 1 }).where('id', '=', id).where('version', '=', baseVersion).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function progressOf(db: Db, rowIds: string[]) {
  if (rowIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('remediation_progress')
    .leftJoin('users', 'users.id', 'remediation_progress.user_id')
    .select(['remediation_progress.id', 'remediation_progress.row_id', 'remediation_progress.at', 'users.username', 'remediation_progress.status', 'remediation_progress.note'])
    .where('remediation_progress.row_id', 'in', rowIds)
    .orderBy('remediation_progress.at')
    .execute();
}

export async function addProgress(db: Db, p: { row_id: string; at: string; user_id: string; status: string; note: string }): Promise<void> {
  await db.insertInto('remediation_progress').values({ id: randomUUID(), ...p }).execute();
}
