import type { Db, UnitsTable } from '../../db/types';

export interface UnitFilter {
  type?: string;
  active?: boolean;
}

export function list(db: Db, filter: UnitFilter = {}): Promise<UnitsTable[]> {
  let q = db.selectFrom('units').selectAll();
  if (filter.type !== undefined) q = q.where('type', '=', filter.type);
  if (filter.active !== undefined) q = q.where('active', '=', filter.active ? 1 : 0);
  return q.orderBy('type').orderBy('code').execute();
}

export function findById(db: Db, id: string): Promise<UnitsTable | undefined> {
  return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findByCode(db: Db, code: string): Promise<UnitsTable | undefined> {
  return db.selectFrom('units').selectAll().where('code', '=', code).executeTakeFirst();
}

export function findByCodes(db: Db, codes: string[]): Promise<UnitsTable[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('units').selectAll().where('code', 'in', codes).execute();
}

export async function insert(db: Db, row: UnitsTable): Promise<void> {
  await db.insertInto('units').values(row).execute();
}

export async function update(db: Db, id: string, patch: Partial<Omit<UnitsTable, 'id'>>): Promise<void> {
  await db.updateTable('units').set(patch).where('id', '=', id).execute();
}

export function listTypes(db: Db) {
  return db.selectFrom('unit_types').selectAll().orderBy('sort').execute();
}
