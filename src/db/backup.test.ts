import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createTestDatabase, describeEachDatabase } from '../../test/support/databases';
import { UnitsService } from '../features/units/service';
import { backup, restore } from './backup';
import { migrateDown, migrateToLatest } from './migrate';
import { migrations } from './migrations/index';

const dir = mkdtempSync(join(tmpdir(), 'chiso-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEachDatabase('backup and restore', (getDb, kind) => {
  it('round-trips units with their hierarchy into the other dialect and back', async () => {
    const source = getDb();
    const units = new UnitsService(source.db);
    const parent = await units.create(null, { code: 'H-1', name: 'Huyện Một', type: 'district' });
    // The child's id may sort before its parent's: restore must cope.
    await units.create(null, { code: 'X-1', name: 'Xã Một', type: 'commune', parentId: parent.id });
    const file = join(dir, `${kind}-${Date.now()}.jsonl.gz`);
    expect(await backup(source, file)).toBe('logical');

    const other = await createTestDatabase(kind === 'sqlite' ? 'postgres' : 'sqlite');
    try {
      await new UnitsService(other.db).create(null, { code: 'GONE', name: 'Sẽ bị xoá', type: 'commune' });
      const counts = await restore(other, file);
      expect(counts.units).toBe(2);
      expect(counts.unit_types).toBe(4);
      const rows = await other.db.selectFrom('units').select(['code', 'parent_id']).orderBy('code').execute();
      expect(rows).toEqual([
        { code: 'H-1', parent_id: null },
        { code: 'X-1', parent_id: parent.id },
      ]);
      const audit = await other.db.selectFrom('audit_log').select('action').execute();
      expect(audit).toHaveLength(2);
    } finally {
      await other.dispose();
    }
  });

  it('refuses a file that is not a backup', async () => {
    const file = join(dir, `bad-${kind}.jsonl.gz`);
    const { gzipSync } = await import('node:zlib');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, gzipSync('{"hello":1}\n'));
    await expect(restore(getDb(), file)).rejects.toThrow(/not a Chỉ số backup/);
  });
});

it('takes an online SQLite file backup that restore can read', async () => {
  const file = join(dir, 'live.db');
  const source = await createTestDatabase('sqlite');
  const target = await createTestDatabase('sqlite');
  try {
    await new UnitsService(source.db).create(null, { code: 'S-1', name: 'Sở Một', type: 'department' });
    expect(await backup(source, file)).toBe('sqlite-file');
    expect((await restore(target, file)).units).toBe(1);
  } finally {
    await source.dispose();
    await target.dispose();
  }
});

describeEachDatabase('migrations', (getDb) => {
  it('go all the way down and up again', async () => {
    const { db } = getDb();
    const names = Object.keys(migrations).sort();
    const down: string[] = [];
    for (let i = 0; i < names.length; i++) down.push(...(await migrateDown(db)));
    expect(down).toEqual([...names].reverse().map((n) => `↓ ${n}`));
    await expect(db.selectFrom('units').selectAll().execute()).rejects.toThrow();
    expect(await migrateToLatest(db)).toEqual(names.map((n) => `↑ ${n}`));
    expect(await db.selectFrom('unit_types').select('id').execute()).toHaveLength(4);
  });

  it('enforce foreign keys', async () => {
    const { db } = getDb();
    const now = new Date().toISOString();
    await expect(
      db.insertInto('units').values({ id: 'u1', code: 'A', name: 'A', type: 'planet', parent_id: null, active: 1, created_at: now, updated_at: now }).execute(),
    ).rejects.toThrow();
  });
});
