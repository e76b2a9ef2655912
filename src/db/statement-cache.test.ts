import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache';

describe('SQLite statement cache', () => {
  let sqlite: SQLite.Database;
  beforeEach(() => {
    sqlite = new SQLite(':memory:');
    sqlite.exec('create table t (a integer)');
    sqlite.prepare('insert into t values (1), (2), (3)').run();
  });
  afterEach(() => {
    if (sqlite.open) sqlite.close();
  });

  it('hands back the statement compiled the first time for the same SQL', () => {
    const db = withStatementCache(sqlite);
    const first = db.prepare('select a from t where a > ?');
    expect(db.prepare('select a from t where a > ?')).toBe(first);
    expect(db.prepare('select a from t where a < ?')).not.toBe(first);
    expect(first.all([1])).toEqual([{ a: 2 }, { a: 3 }]);
    expect(db.cached()).toBe(2);
  });

  it('reuses a statement once a streamed (iterated) result is finished', () => {
    const db = withStatementCache(sqlite);
    const sql = 'select a from t order by a';
    const stmt = db.prepare(sql);
    expect([...stmt.iterate([])]).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
    expect(db.prepare(sql)).toBe(stmt);
    expect(db.prepare(sql).all([])).toHaveLength(3);
  });

  it('keeps at most `limit` statements, dropping the least recently used', () => {
    const db = withStatementCache(sqlite, 2);
    const one = db.prepare('select 1');
    db.prepare('select 2');
    expect(db.prepare('select 1')).toBe(one); // now the most recent
    const three = db.prepare('select 3'); // evicts `select 2`
    expect(db.cached()).toBe(2);
    expect(db.prepare('select 1')).toBe(one);
    expect(db.prepare('select 3')).toBe(three);
  });

  it('sees a schema change made after the statement was cached', () => {
    const db = withStatementCache(sqlite);
    expect(db.prepare('select * from t where a = ?').all([1])).toEqual([{ a: 1 }]);
    sqlite.exec("alter table t add column b text default 'x'");
    expect(db.prepare('select * from t where a = ?').all([1])).toEqual([{ a: 1, b: 'x' }]);
  });

  it('closes the database', () => {
    const db = withStatementCache(sqlite);
    db.prepare('select 1');
    db.close();
    expect(sqlite.open).toBe(false);
    expect(db.cached()).toBe(0);
  });
});
