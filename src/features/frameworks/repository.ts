import type { Db, FrameworksTable } from '../../db/types';

const summaryColumns = ['id', 'framework_key', 'name', 'unit_type', 'year', 'version', 'leaf_count', 'max_points', 'source_file', 'created_at'] as const;

export function listSummaries(db: Db) {
  return db.selectFrom('frameworks').select(summaryColumns).orderBy('year', 'desc').orderBy('unit_type').orderBy('name').execute();
}

export function findById(db: Db, id: string): Promise<FrameworksTable | undefined> {
  return db.selectFrom('frameworks').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insert(db: Db, row: FrameworksTable): Promise<void> {
  await db.insertInto('frameworks').values(row).execute();
}

export async function replaceContent(db: Db, id: string, row: Omit<FrameworksTable, 'id' | 'created_at'>): Promise<void> {
  await db.updateTable('frameworks').set(row).where('id', '=', id).execute();
}

/** A stored version that a period points to is frozen. */
export async function isUsedByPeriod(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('periods').select('id').where('framework_id', '=', id).executeTakeFirst()) !== undefined;
}
