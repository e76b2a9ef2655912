// Provisional results (appraisal under way) are cached and never served stale: after every kind
// of write that changes them the next request shows it, whatever path wrote it (the change
// counters are kept by triggers), and a write that changes nothing of them keeps the cache.
import { expect, it } from 'vitest';
import { describeEachApp, type TestApp } from '../../../test/support/app';
import { cyclePeriod } from '../appraisal/test-fixture';

type View = { provisional: boolean; rows: { unitId: string; rank: number | null; total: string | null; finalised: boolean }[] };

describeEachApp('provisional results cache', (getApp) => {
  it('follows appraisal saves, N/A, survey points, finalising, reopening, unit renames and unit list changes', async () => {
    const t: TestApp = getApp();
    const c = await cyclePeriod(t);
    const results = t.services.cycle.results;
    const db = t.database.db;
    const get = async () => {
      const res = await t.inject(c.organiser, 'GET', `/api/periods/${c.periodId}/results`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<View>();
    };
    const totalOf = async (unitId = c.unitA) => (await get()).rows.find((r) => r.unitId === unitId)?.total ?? null;
    const setItem = (nodeId: string, change: { self_points?: number | null; na_reason?: string | null; appraisal_points?: number | null; survey_points?: number | null; note?: string }) =>
      db.updateTable('assessment_items').set(change).where('assessment_id', '=', c.assessmentA).where('node_id', '=', nodeId).execute();

    const first = await get();
    expect(first.provisional).toBe(true);
    expect(first.rows.map((r) => r.total)).toEqual([null, null]);
    // Cached: the same computed object while nothing changes; a note is not a score.
    const cached = await results.compute(db, c.periodId);
    await setItem('1.1', { note: 'Chỉ sửa ghi chú' });
    expect(await results.compute(db, c.periodId)).toBe(cached);

    // The appraiser's save through HTTP.
    const appraiser = await t.login('thamdinh');
    const path = `/api/assessments/${c.assessmentA}/appraisal/items/2.1`;
    const v = (await t.inject(appraiser, 'GET', path)).json<{ version: number }>().version;
    expect((await t.inject(appraiser, 'PUT', path, { baseVersion: v, points: '3' })).statusCode).toBe(200);
    expect(await totalOf()).toBe('3');
    // Accepting the unit's own scores (1.1 = 2, 1.2 = 3.6).
    expect((await t.inject(appraiser, 'POST', `/api/assessments/${c.assessmentA}/appraisal/accept-self`, {})).statusCode).toBe(200);
    expect(await totalOf()).toBe('8.6');

    // Writes of each score column, whichever code path makes them (unit saves, survey figures,
    // deadline recomputation, imports all end in these columns).
    await setItem('2.1', { appraisal_points: 40_000 });
    expect(await totalOf()).toBe('9.6');
    await setItem('2.1', { appraisal_points: null, self_points: 10_000 });
    const afterSelf = (await get()).rows.find((r) => r.unitId === c.unitA)!;
    expect(afterSelf.total).toBe('5.6');
    await setItem('2.1', { survey_points: 20_000 });
    expect(await totalOf()).toBe('5.6'); // not a survey leaf: a survey figure does not count here
    await setItem('1.2', { appraisal_points: 10_000 });
    expect(await totalOf()).toBe('3');

    // Finalising and reopening.
    await setItem('2.1', { appraisal_points: 20_000 });
    const chair = await t.login('chutich');
    expect((await t.inject(chair, 'POST', `/api/assessments/${c.assessmentA}/appraisal/finalise`, {})).statusCode).toBe(200);
    expect((await get()).rows.find((r) => r.unitId === c.unitA)).toMatchObject({ total: '5', finalised: true });
    expect((await t.inject(chair, 'POST', `/api/assessments/${c.assessmentA}/appraisal/reopen`, { reason: 'Xem lại' })).statusCode).toBe(200);
    expect((await get()).rows.find((r) => r.unitId === c.unitA)).toMatchObject({ total: '5', finalised: false });

    // The unit's N/A (not allowed on this set's leaves, so the council's score still counts),
    // then the second unit's scores.
    await setItem('2.1', { na_reason: 'Không phát sinh' });
    expect(await totalOf()).toBe('5');
    const b = (await db.selectFrom('assessments').select('id').where('period_id', '=', c.periodId).where('unit_id', '=', c.unitB).executeTakeFirst())?.id;
    if (b) {
      await db.updateTable('assessment_items').set({ appraisal_points: 40_000 }).where('assessment_id', '=', b).where('node_id', '=', '2.1').execute();
      expect(await totalOf(c.unitB)).toBe('4');
    }

    // A unit renamed (any path), then the unit list changed.
    await db.updateTable('units').set({ name: 'Sở Đổi Tên' }).where('id', '=', c.unitA).execute();
    const renamed = await results.compute(db, c.periodId);
    expect(renamed.byUnit.get(c.unitA)?.name).toBe('Sở Đổi Tên');
    await db.deleteFrom('period_units').where('period_id', '=', c.periodId).where('unit_id', '=', c.unitB).execute();
    expect((await get()).rows.map((r) => r.unitId)).toEqual([c.unitA]);
  });
});
