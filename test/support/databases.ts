/**
 * Run the same tests on SQLite and on PostgreSQL.
 *
 *   import { describeEachDatabase } from '../../../test/support/databases';
 *   describeEachDatabase('units repository', (getDb) => {
 *     it('inserts', async () => { const db = getDb().db; … });
 *   });
 *
 * Before EVERY test a fresh, fully migrated database is made: SQLite in memory, and on
 * PostgreSQL (127.0.0.1:5432, database `test`, user `postgres`; override with
 * CHISO_TEST_DATABASE_URL) a new schema `t_<random>` reached through search_path, dropped after
 * the test. Tests on both dialects therefore never see each other's rows and can run in
 * parallel files. PostgreSQL not running is a failure, not a skip: both dialects must pass.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe } from 'vitest';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection';
import { migrateToLatest } from '../../src/db/migrate';
import type { DatabaseKind } from '../../src/db/types';

export const TEST_POSTGRES_URL = process.env.CHISO_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const DATABASE_KINDS: DatabaseKind[] = ['sqlite', 'postgres'];

export interface TestDatabase extends DatabaseHandle {
  /** PostgreSQL only: the schema made for this test. */
  schema?: string;
}

/** A fresh migrated database of one kind; call `dispose` when done. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase & { dispose(): Promise<void> }> {
  if (kind === 'sqlite') {
    const handle = openDatabase({ kind: 'sqlite', file: ':memory:' });
    await migrateToLatest(handle.db);
    return { ...handle, dispose: () => handle.close() };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await admin.end();
  }
  const handle = openDatabase({ kind: 'postgres', url: TEST_POSTGRES_URL }, { schema, max: 5 });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    schema,
    dispose: async () => {
      await handle.close();
      const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await c.connect();
      try {
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await c.end();
      }
    },
  };
}

/**
 * `describe` once per dialect; `getDb()` returns this test's fresh database. The suite name gets
 * " [sqlite]" / " [postgres]" so a failure says which dialect broke.
 */
export function describeEachDatabase(name: string, fn: (getDb: () => TestDatabase, kind: DatabaseKind) => void): void {
  for (const kind of DATABASE_KINDS) {
    describe(`${name} [${kind}]`, () => {
      let current: (TestDatabase & { dispose(): Promise<void> }) | undefined;
      beforeEach(async () => {
        current = await createTestDatabase(kind);
      });
      afterEach(async () => {
        await current?.dispose();
        current = undefined;
      });
      fn(() => {
        if (!current) throw new Error('getDb() called outside a test');
        return current;
      }, kind);
    });
  }
}
