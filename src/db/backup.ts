// Backups. Two forms:
// - logical (`*.jsonl.gz`, both dialects): a header line, then one JSON line per row of every
//   table, gzip-compressed. Restore loads it into an empty-or-not database of EITHER dialect in
//   one transaction (all tables are emptied first), so it also moves an installation from
//   SQLite to PostgreSQL and back.
// - SQLite file (any other name, SQLite only): better-sqlite3's online backup API, a consistent
//   copy taken while the server runs. Restore reads such a file like a logical backup.
// Sessions and login failures are not backed up: after a restore everybody logs in again.
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { Kysely, SqliteDialect, sql } from 'kysely';
import SQLite from 'better-sqlite3';
import type { DatabaseHandle } from './connection';
import { migrations } from './migrations/index';
import type { Database } from './types';

/** Parents before children (foreign keys). */
export const BACKUP_TABLES = ['unit_types', 'units', 'users', 'frameworks', 'periods', 'period_units', 'audit_log'] as const;
type Table = (typeof BACKUP_TABLES)[number];
const ORDER_BY: Record<Table, string[]> = {
  unit_types: ['id'],
  units: ['id'],
  users: ['id'],
  frameworks: ['id'],
  periods: ['id'],
  period_units: ['period_id', 'unit_id'],
  audit_log: ['at', 'id'],
};

interface Header {
  format: 'chiso-backup';
  version: 1;
  createdAt: string;
  database: string;
  migrations: string[];
}

export const isLogicalBackupName = (file: string): boolean => file.endsWith('.jsonl.gz') || file.endsWith('.gz');

async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.rows.map((r) => r.name);
}

async function* exportLines(db: Kysely<Database>, kind: string): AsyncGenerator<string> {
  const header: Header = { format: 'chiso-backup', version: 1, createdAt: new Date().toISOString(), database: kind, migrations: await appliedMigrations(db) };
  yield `${JSON.stringify(header)}\n`;
  for (const table of BACKUP_TABLES) {
    // Pages keep memory flat on large audit logs.
    const page = 2000;
    for (let offset = 0; ; offset += page) {
      let q = db.selectFrom(table).selectAll();
      for (const col of ORDER_BY[table]) q = q.orderBy(sql.ref(col));
      const rows = (await q.limit(page).offset(offset).execute()) as Record<string, unknown>[];
      for (const row of rows) yield `${JSON.stringify({ t: table, r: row })}\n`;
      if (rows.length < page) break;
    }
  }
}

/** Writes a backup of the open database to `file`; returns the form used. */
export async function backup(handle: DatabaseHandle, file: string): Promise<'logical' | 'sqlite-file'> {
  if (!isLogicalBackupName(file)) {
    if (!handle.sqlite) throw new Error('PostgreSQL: dùng tên tệp .jsonl.gz / use a .jsonl.gz file name for PostgreSQL backups');
    await handle.sqlite.backup(file);
    return 'sqlite-file';
  }
  await pipeline(Readable.from(exportLines(handle.db, handle.kind)), createGzip(), createWriteStream(file));
  return 'logical';
}

async function* readLogical(file: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) yield line;
}

/** Reads a SQLite database file as if it were a logical backup. */
async function* readSqliteFile(file: string): AsyncGenerator<string> {
  const source = new Kysely<Database>({ dialect: new SqliteDialect({ database: new SQLite(file, { readonly: true, fileMustExist: true }) }) });
  try {
    for await (const line of exportLines(source, 'sqlite')) yield line.trimEnd();
  } finally {
    await source.destroy();
  }
}

function isSqliteFile(file: string): boolean {
  const head = readFileSync(file).subarray(0, 16).toString('latin1');
  return head.startsWith('SQLite format 3');
}

/** Replaces every table's rows with the backup's, in one transaction. Returns row counts. */
export async function restore(handle: DatabaseHandle, file: string): Promise<Record<string, number>> {
  const lines = isSqliteFile(file) ? readSqliteFile(file) : readLogical(file);
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) throw new Error('Tệp sao lưu trống / empty backup file');
  const header = JSON.parse(first.value) as Partial<Header>;
  if (header.format !== 'chiso-backup' || header.version !== 1) throw new Error('Không phải tệp sao lưu Chỉ số / not a Chỉ số backup');
  const known = Object.keys(migrations).sort();
  const theirs = [...(header.migrations ?? [])].sort();
  if (JSON.stringify(known) !== JSON.stringify(theirs)) {
    throw new Error(
      `Phiên bản cấu trúc dữ liệu khác nhau / schema versions differ: backup ${theirs.at(-1) ?? '(none)'}, this program ${known.at(-1) ?? '(none)'}. ` +
        'Restore with the program version that made the backup, then upgrade.',
    );
  }
  const counts: Record<string, number> = {};
  await handle.db.transaction().execute(async (tx) => {
    for (const table of [...BACKUP_TABLES].reverse()) await tx.deleteFrom(table).execute();
    await tx.deleteFrom('sessions').execute();
    await tx.deleteFrom('login_failures').execute();
    const parents: { id: string; parent: string }[] = [];
    let batch: { table: Table; rows: Record<string, unknown>[] } | null = null;
    const flush = async () => {
      if (!batch || batch.rows.length === 0) return;
      await tx.insertInto(batch.table).values(batch.rows).execute();
      counts[batch.table] = (counts[batch.table] ?? 0) + batch.rows.length;
      batch = null;
    };
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const { t, r } = JSON.parse(next.value) as { t: Table; r: Record<string, unknown> };
      if (!BACKUP_TABLES.includes(t)) throw new Error(`Bảng lạ trong tệp sao lưu / unknown table in backup: ${String(t)}`);
      // A unit's parent may come later in id order: insert without it, link afterwards.
      if (t === 'units' && typeof r.parent_id === 'string') {
        parents.push({ id: r.id as string, parent: r.parent_id });
        r.parent_id = null;
      }
      if (batch && (batch.table !== t || batch.rows.length >= 500)) await flush();
      batch ??= { table: t, rows: [] };
      batch.rows.push(r);
      if (t !== 'units' && parents.length > 0) {
        await flush();
        for (const p of parents.splice(0)) await tx.updateTable('units').set({ parent_id: p.parent }).where('id', '=', p.id).execute();
        batch = null;
      }
    }
    await flush();
    for (const p of parents) await tx.updateTable('units').set({ parent_id: p.parent }).where('id', '=', p.id).execute();
  });
  return counts;
}
