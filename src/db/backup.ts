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
import { readSchemaGraph, type TableInfo } from './schema-graph';
import type { Database, DatabaseKind } from './types';

interface Header {
  format: 'chiso-backup';
  version: 1;
  createdAt: string;
  database: string;
  migrations: string[];
  tables: string[];
}

export const isLogicalBackupName = (file: string): boolean => file.endsWith('.jsonl.gz') || file.endsWith('.gz');

async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.rows.map((r) => r.name);
}

async function* exportLines(db: Kysely<Database>, kind: DatabaseKind): AsyncGenerator<string> {
  const graph = await readSchemaGraph(db, kind);
  const header: Header = {
    format: 'chiso-backup',
    version: 1,
    createdAt: new Date().toISOString(),
    database: kind,
    migrations: await appliedMigrations(db),
    tables: graph.map((t) => t.name),
  };
  yield `${JSON.stringify(header)}\n`;
  const any = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  for (const table of graph) {
    // Pages keep memory flat on large audit logs; the primary key gives a stable order.
    const page = 2000;
    for (let offset = 0; ; offset += page) {
      let q = any.selectFrom(table.name).selectAll();
      for (const col of table.primaryKey) q = q.orderBy(sql.ref(col));
      const rows = await q.limit(page).offset(offset).execute();
      for (const row of rows) yield `${JSON.stringify({ t: table.name, r: row })}\n`;
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
  const graph = await readSchemaGraph(handle.db, handle.kind);
  const byName = new Map(graph.map((t) => [t.name, t]));
  await handle.db.transaction().execute(async (trx) => {
    const tx = trx as unknown as Kysely<Record<string, Record<string, unknown>>>;
    for (const table of [...graph].reverse()) await tx.deleteFrom(table.name).execute();
    await tx.deleteFrom('sessions').execute();
    await tx.deleteFrom('login_failures').execute();
    let current: TableInfo | undefined;
    let batch: Record<string, unknown>[] = [];
    // Self-references (units.parent_id) are set after all rows of the table exist.
    let links: { id: unknown; values: Record<string, unknown> }[] = [];
    const flush = async () => {
      if (!current || batch.length === 0) return;
      await tx.insertInto(current.name).values(batch).execute();
      counts[current.name] = (counts[current.name] ?? 0) + batch.length;
      batch = [];
    };
    const finishTable = async () => {
      await flush();
      if (!current) return;
      const key = current.primaryKey[0]!;
      for (const l of links) await tx.updateTable(current.name).set(l.values).where(key, '=', l.id).execute();
      links = [];
    };
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const { t, r } = JSON.parse(next.value) as { t: string; r: Record<string, unknown> };
      const table = byName.get(t);
      if (!table) throw new Error(`Bảng lạ trong tệp sao lưu / unknown table in backup: ${t}`);
      if (table !== current) {
        await finishTable();
        current = table;
      }
      if (table.selfReferences.length > 0) {
        const values = Object.fromEntries(table.selfReferences.filter((c) => r[c] !== null && r[c] !== undefined).map((c) => [c, r[c]]));
        if (Object.keys(values).length > 0) {
          if (table.primaryKey.length !== 1) throw new Error(`${t}: self-reference without a single-column primary key`);
          links.push({ id: r[table.primaryKey[0]!], values });
          for (const c of Object.keys(values)) r[c] = null;
        }
      }
      batch.push(r);
      if (batch.length >= 200) await flush();
    }
    await finishTable();
  });
  return counts;
}
