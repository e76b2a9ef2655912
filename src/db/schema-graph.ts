// Which tables exist in the current schema, their primary keys and foreign keys, read from the
// database itself. Backups use it so tables added by later migrations are included without
// editing the backup code, in an order where parents come before children.
import { sql, type Kysely } from 'kysely';
import type { Database, DatabaseKind } from './types';

/** Bookkeeping and ephemeral tables that are never backed up. */
const SKIP = new Set(['kysely_migration', 'kysely_migration_lock', 'sessions', 'login_failures']);

export interface TableInfo {
  name: string;
  primaryKey: string[];
  /** Columns that reference the same table (e.g. units.parent_id). */
  selfReferences: string[];
}

interface Fk {
  table: string;
  column: string;
  ref: string;
}

async function rows<T>(db: Kysely<Database>, query: ReturnType<typeof sql<T>>): Promise<T[]> {
  return (await query.execute(db)).rows;
}

export async function readSchemaGraph(db: Kysely<Database>, kind: DatabaseKind): Promise<TableInfo[]> {
  let tables: string[];
  const fks: Fk[] = [];
  const pks = new Map<string, string[]>();
  if (kind === 'sqlite') {
    tables = (await rows(db, sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`)).map((r) => r.name);
    for (const t of tables) {
      for (const f of await rows(db, sql<{ table: string; from: string }>`select "table", "from" from pragma_foreign_key_list(${t})`)) fks.push({ table: t, column: f.from, ref: f.table });
      pks.set(t, (await rows(db, sql<{ name: string }>`select name from pragma_table_info(${t}) where pk > 0 order by pk`)).map((r) => r.name));
    }
  } else {
    tables = (
      await rows(db, sql<{ table_name: string }>`select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`)
    ).map((r) => r.table_name);
    const keyRows = await rows(
      db,
      sql<{ table_name: string; column_name: string; constraint_type: string; ref: string | null }>`
        select tc.table_name, kcu.column_name, tc.constraint_type,
               (select ccu.table_name from information_schema.constraint_column_usage ccu
                 where ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema limit 1) as ref
          from information_schema.table_constraints tc
          join information_schema.key_column_usage kcu
            on kcu.constraint_name = tc.constraint_name and kcu.constraint_schema = tc.constraint_schema
         where tc.table_schema = current_schema() and tc.constraint_type in ('PRIMARY KEY', 'FOREIGN KEY')
         order by tc.table_name, kcu.ordinal_position`,
    );
    for (const k of keyRows) {
      if (k.constraint_type === 'PRIMARY KEY') pks.set(k.table_name, [...(pks.get(k.table_name) ?? []), k.column_name]);
      else if (k.ref) fks.push({ table: k.table_name, column: k.column_name, ref: k.ref });
    }
  }
  const wanted = tables.filter((t) => !SKIP.has(t)).sort();
  // Topological order (parents first); ties broken by name so both dialects agree.
  const ordered: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (t: string) => {
    if (state.get(t) === 'done') return;
    if (state.get(t) === 'visiting') throw new Error(`foreign keys form a cycle through ${t}`);
    state.set(t, 'visiting');
    for (const f of fks.filter((x) => x.table === t && x.ref !== t && wanted.includes(x.ref)).sort((a, b) => a.ref.localeCompare(b.ref))) visit(f.ref);
    state.set(t, 'done');
    ordered.push(t);
  };
  wanted.forEach(visit);
  return ordered.map((name) => ({
    name,
    primaryKey: pks.get(name) ?? [],
    selfReferences: fks.filter((f) => f.table === name && f.ref === name).map((f) => f.column),
  }));
}
