import type { Db, PeriodsTable } from '../../db/types';

export type PeriodRow = PeriodsTable & { framework_name: string; framework_version: string };

function base(db: Db) {
  return db
    .selectFrom('periods')
    .innerJoin('frameworks', 'frameworks.id', 'periods.framework_id')
    .selectAll('periods')
    .select(['frameworks.name as framework_name', 'frameworks.version as framework_version']);
}

export function list(db: Db): Promise<PeriodRow[]> {
  return base(db).orderBy('periods.year', 'desc').orderBy('periods.created_at', 'desc').execute();
}

export function findById(db: Db, id: string): Promise<PeriodRow | undefined> {
  return base(db).where('periods.id', '=', id).executeTakeFirst();
}

export async function insert(db: Db, row: PeriodsTable): Promise<void> {
  await db.insertInto('periods').values(row).execute();
}

export async function update(db: Db, id: string, patch: Partial<Omit<PeriodsTable, 'id'>>): Promise<void> {
  await db.updateTable('periods').set(patch).where('id', '=', id).execute();
}

export async function unitIdsOf(db: Db, periodIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(periodIds.map((id) => [id, []]));
  if (periodIds.length === 0) return out;
  const rows = await db.selectFrom('period_units').select(['period_id', 'unit_id']).where('period_id', 'in', periodIds).orderBy('unit_id').execute();
  for (const r of rows) out.get(r.period_id)?.push(r.unit_id);
  return out;
}

export async function setUnits(db: Db, periodId: string, unitIds: string[]): Promise<void> {
  await db.deleteFrom('period_units').where('period_id', '=', periodId).execute();
  if (unitIds.length > 0) await db.insertInto('period_units').values(unitIds.map((unit_id) => ({ period_id: periodId, unit_id }))).execute();
}

export function unitsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('units').select(['id', 'type', 'active', 'name']).where('id', 'in', ids).execute();
}

export function frameworkInfo(db: Db, id: string) {
  return db.selectFrom('frameworks').select(['id', 'unit_type', 'year']).where('id', '=', id).executeTakeFirst();
}
