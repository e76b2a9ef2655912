// Applies or reverts migrations with Kysely's Migrator; used at start and by `chiso db migrate`.
import { Migrator, PostgresAdapter, sql, type Kysely, type MigrationResultSet } from 'kysely';
import { migrations } from './migrations/index';
import type { Database } from './types';

// On PostgreSQL the migration tables are looked up in the connection's current schema: without
// it Kysely accepts a kysely_migration_lock table of ANY schema as ours, which breaks when
// several schemas (tests running in parallel) share one database.
async function migrator(db: Kysely<Database>): Promise<Migrator> {
  const schema =
    db.getExecutor().adapter instanceof PostgresAdapter ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined;
  return new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) }, ...(schema ? { migrationTableSchema: schema } : {}) });
}

function check(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const message = result.error instanceof Error ? result.error.message : JSON.stringify(result.error);
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed / lỗi di chuyển dữ liệu: ${message}`);
  }
  return (result.results ?? []).map((r) => `${r.direction === 'Up' ? '↑' : '↓'} ${r.migrationName}`);
}

/** Brings the schema to the newest migration; returns the names applied. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  return check(await (await migrator(db)).migrateToLatest());
}

/** Reverts the newest applied migration. */
export async function migrateDown(db: Kysely<Database>): Promise<string[]> {
  return check(await (await migrator(db)).migrateDown());
}
