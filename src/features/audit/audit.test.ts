// Paging through the audit log by the keyset (at, id): many entries written in the same
// millisecond are each listed exactly once, on SQLite and PostgreSQL, through the repository
// and through GET /api/audit as the web page pages it.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { Db } from '../../db/types';
import { describeEachApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import * as repo from './repository';

const SAME_MS = '2026-03-02T08:15:30.123Z';

/** `count` entries stamped with one millisecond, and one entry before and after it. */
async function writeEntries(db: Db, count: number, entityId = 'u-1'): Promise<string[]> {
  const row = (at: string, n: number) => ({
    id: randomUUID(),
    at,
    user_id: null,
    action: 'unit.update',
    entity_type: 'unit',
    entity_id: entityId,
    before: null,
    after: JSON.stringify({ n }),
  });
  const rows = [row('2026-03-02T08:15:30.122Z', -1), ...Array.from({ length: count }, (_, n) => row(SAME_MS, n)), row('2026-03-02T08:15:30.124Z', count)];
  for (let i = 0; i < rows.length; i += 50) await db.insertInto('audit_log').values(rows.slice(i, i + 50)).execute();
  return rows.map((r) => r.id);
}

describeEachDatabase('audit log paging', (getDb) => {
  it('pages through 137 entries of one millisecond exactly once, newest first', async () => {
    const { db } = getDb();
    const ids = await writeEntries(db, 137);
    const seen: string[] = [];
    let before: { at: string; id: string } | undefined;
    for (let page = 0; page < 100; page++) {
      const rows = await repo.list(db, { entityType: 'unit', limit: 10, before });
      seen.push(...rows.map((r) => r.id));
      const last = rows[rows.length - 1];
      if (rows.length < 10 || !last) break;
      before = { at: last.at, id: last.id };
    }
    expect(seen).toHaveLength(ids.length);
    expect(new Set(seen)).toEqual(new Set(ids));
    // The newest entry first and the oldest last, the same-millisecond ones in between.
    expect(seen[0]).toBe(ids[ids.length - 1]);
    expect(seen[seen.length - 1]).toBe(ids[0]);
  });

  it('a cursor of time only still means "strictly older than this time"', async () => {
    const { db } = getDb();
    const ids = await writeEntries(db, 5);
    const rows = await repo.list(db, { limit: 100, before: { at: SAME_MS } });
    expect(rows.map((r) => r.id)).toEqual([ids[0]]);
  });
});

describeEachApp('GET /api/audit paging', (getApp) => {
  it('pages with before + beforeId through entries written in one millisecond', async () => {
    const t = getApp();
    const ids = await writeEntries(t.database.db, 23, 'u-paging');
    const admin = await t.login('admin');
    const seen: string[] = [];
    let query = '';
    for (let page = 0; page < 20; page++) {
      const res = await t.inject(admin, 'GET', `/api/audit?entityType=unit&entityId=u-paging&limit=4${query}`);
      expect(res.statusCode).toBe(200);
      const rows = res.json<{ id: string; at: string }[]>();
      seen.push(...rows.map((r) => r.id));
      const last = rows[rows.length - 1];
      if (rows.length < 4 || !last) break;
      query = `&before=${encodeURIComponent(last.at)}&beforeId=${last.id}`;
    }
    expect(seen).toHaveLength(ids.length);
    expect(new Set(seen)).toEqual(new Set(ids));
  });

  it('refuses beforeId without before, naming the field', async () => {
    const t = getApp();
    const admin = await t.login('admin');
    const res = await t.inject(admin, 'GET', `/api/audit?beforeId=${randomUUID()}`);
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: { field: string; message: { vi: string; en: string } } }>();
    expect(body.error.field).toBe('beforeId');
    expect(body.error.message.vi).toContain('before');
  });
});
