// The results cache: rebuilt in the background after the last unit is finalised (snapshots
// stored and the ranking served from memory before anyone asks), and never served stale after
// a reopening, a new finalisation or a change of the period's units.
import { expect, it } from 'vitest';
import { describeEachApp, type TestApp } from '../../../test/support/app';
import { finalised } from './test-fixture';

type View = { period: { name: string }; provisional: boolean; rows: { unitId: string; rank: number | null; total: string | null; finalised: boolean }[] };

const snapshotCount = async (t: TestApp, periodId: string) =>
  (await t.database.db.selectFrom('unit_results').select('unit_id').where('period_id', '=', periodId).execute()).length;

describeEachApp('results cache', (getApp) => {
  it('is rebuilt in the background after finalising and follows reopenings and unit changes', async () => {
    const t = getApp();
    const c = await finalised(t);
    const results = t.services.cycle.results;
    // Finalising the last unit started a rebuild: the snapshots are stored without a request.
    await results.settle();
    expect(await snapshotCount(t, c.periodId)).toBe(2);
    const first = await results.compute(t.database.db, c.periodId);
    expect(await results.compute(t.database.db, c.periodId)).toBe(first);
    const get = async () => {
      const res = await t.inject(c.organiser, 'GET', `/api/periods/${c.periodId}/results`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      return res.json<View>();
    };
    const before = await get();
    expect(before.provisional).toBe(false);
    expect(before.rows.map((r) => [r.unitId === c.unitA ? 'A' : 'B', r.rank, r.total])).toEqual([
      ['A', 1, '9.1'],
      ['B', 2, '9'],
    ]);

    // Reopened: provisional at once, the cached table is not served.
    const chair = await t.login('chutich');
    const appraiser = await t.login('thamdinh');
    expect((await t.inject(chair, 'POST', `/api/assessments/${c.assessmentA}/appraisal/reopen`, { reason: 'Chấm lại tiêu chí 2.1' })).statusCode).toBe(200);
    const reopened = await get();
    expect(reopened.provisional).toBe(true);
    expect(reopened.rows.find((r) => r.unitId === c.unitA)?.finalised).toBe(false);

    // Appraised lower and finalised again: the new total, ranked below B.
    const path = `/api/assessments/${c.assessmentA}/appraisal/items/2.1`;
    const v = (await t.inject(appraiser, 'GET', path)).json<{ version: number }>().version;
    expect((await t.inject(appraiser, 'PUT', path, { baseVersion: v, points: '2' })).statusCode).toBe(200);
    expect((await t.inject(chair, 'POST', `/api/assessments/${c.assessmentA}/appraisal/finalise`, {})).statusCode).toBe(200);
    await results.settle();
    const after = await get();
    expect(after.provisional).toBe(false);
    expect(after.rows.map((r) => [r.unitId === c.unitA ? 'A' : 'B', r.rank, r.total])).toEqual([
      ['B', 1, '9'],
      ['A', 2, '7.6'],
    ]);

    // A third unit joins the period (its row moves updated_at): no longer complete.
    const units = (await t.inject(c.organiser, 'GET', '/api/units?type=department')).json<{ id: string }[]>();
    const third = units.find((u) => u.id !== c.unitA && u.id !== c.unitB)!.id;
    const patched = await t.inject(c.organiser, 'PATCH', `/api/periods/${c.periodId}`, { unitIds: [c.unitA, c.unitB, third], name: 'Đánh giá năm 2027 (bổ sung)' });
    expect(patched.statusCode, patched.body).toBe(200);
    const grown = await get();
    expect(grown.period.name).toBe('Đánh giá năm 2027 (bổ sung)');
    expect(grown.provisional).toBe(true);
    expect(grown.rows).toHaveLength(3);
  });
});
