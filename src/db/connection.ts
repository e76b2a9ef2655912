// Opens the database named by the configuration: better-sqlite3 (default) or a pg Pool.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config';
import { withStatementCache } from './statement-cache';
import type { Database, DatabaseKind } from './types';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** The raw better-sqlite3 handle (backups use its online backup API). */
  sqlite?: SQLite.Database;
  close(): Promise<void>;
}

export function openSqlite(file: string): SQLite.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL lets readers run while one writer commits; busy_timeout waits instead of failing
  // when a CLI command (backup, migrate) holds the lock for a moment.
  if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
  // In WAL mode, synchronous=NORMAL syncs the WAL only at checkpoints, not at every commit.
  // The database stays consistent after a crash or power cut (no corruption); what can be
  // lost is the last commits before a power cut — not an application crash, which keeps the
  // WAL in the OS cache. For a form that autosaves every few seconds that is the standard
  // trade (FULL costs an fsync per save, which dominates the save time on ordinary disks).
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

export interface PostgresOptions {
  /** Sets search_path on every connection (tests use one schema each). */
  schema?: string;
  max?: number;
}

export function openDatabase(config: DatabaseConfig, options: PostgresOptions = {}): DatabaseHandle {
  if (config.kind === 'sqlite') {
    const sqlite = openSqlite(config.file);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    return { db, kind: 'sqlite', sqlite, close: () => db.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: options.max ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}
