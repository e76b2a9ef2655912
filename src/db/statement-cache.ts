// Kysely's SQLite driver calls `prepare(sql)` for every query it runs. Compiling the same SQL
// text again on each request cost about a tenth of the server's CPU under load (profiled on
// the 200-editor save benchmark), so the driver gets a database whose `prepare` hands back the
// statement compiled the first time. better-sqlite3 re-compiles a cached statement by itself
// when the schema changes (sqlite3_prepare_v2), so a migration never runs a stale plan.
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct SQL texts kept; the application has a few hundred, so this is rarely reached. */
const LIMIT = 2000;

export function withStatementCache(sqlite: SQLite.Database, limit = LIMIT): SqliteDatabase & { cached(): number } {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare(sql: string): SqliteStatement {
      const hit = cache.get(sql);
      // better-sqlite3 refuses other queries while one iterates, so `busy` is only a safety net.
      if (hit && !hit.busy) {
        // Move to the end so the Map's first key is always the least recently used.
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const stmt = sqlite.prepare(sql);
      if (!hit) {
        cache.set(sql, stmt);
        if (cache.size > limit) cache.delete(cache.keys().next().value!);
      }
      return stmt;
    },
    cached: () => cache.size,
  };
}
