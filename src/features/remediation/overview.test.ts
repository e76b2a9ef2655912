// The organiser's overview of every unit's remediation plan and the all-units spreadsheet, over
// HTTP on SQLite and PostgreSQL: numbers before any unit opened its plan, after filling, overdue
// rows, permissions.
import { expect, it } from 'vitest';
import { describeEachApp, type TestApp } from '../../../test/support/app';
import { loadXlsx } from '../../export/testing/read';
import type { RemediationOverviewRow, RemediationPlan } from '../../shared/api/remediation';
import { cyclePeriod, type Cycle } from '../appraisal/test-fixture';

/** Unit A appraised (2.1 at 2 of 4, 1.2 at the self score 3.6 of 4, 1.1 full) and finalised. */
async function finalisedA(t: TestApp): Promise<Cycle> {
  const c = await cyclePeriod(t);
  const appraiser = await t.login('thamdinh');
  const item = `/api/assessments/${c.assessmentA}/appraisal/items/2.1`;
  const v = (await t.inject(appraiser, 'GET', item)).json<{ version: number }>().version;
  expect((await t.inject(appraiser, 'PUT', item, { baseVersion: v, points: '2', comment: 'Chưa kiểm tra văn bản quý III' })).statusCode).toBe(200);
  expect((await t.inject(appraiser, 'POST', `/api/assessments/${c.assessmentA}/appraisal/accept-self`, {})).statusCode).toBe(200);
  const fin = await t.inject(await t.login('chutich'), 'POST', `/api/assessments/${c.assessmentA}/appraisal/finalise`, {});
  expect(fin.statusCode, fin.body).toBe(200);
  return c;
}

const overview = async (t: TestApp, c: Cycle) => {
  const res = await t.inject(c.organiser, 'GET', `/api/periods/${c.periodId}/remediation`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<RemediationOverviewRow[]>();
};

describeEachApp('remediation overview', (getApp) => {
  it('counts every unit’s plan, prefilled even before the unit opens it; filled, statuses, overdue, last change', async () => {
    const t = getApp();
    const c = await finalisedA(t);
    let all = await overview(t, c);
    // A lost 2 on 2.1 and 0,4 on 1.2 (3,6 of 4): two rows, nobody has opened the plan yet.
    expect(all.map((u) => u.unitId)).toEqual([c.unitA, c.unitB]); // most points to regain first
    expect(all[0]).toMatchObject({ unitType: 'department', available: true, rows: 2, filled: 0, lost: '2.4', 'not-started': 2, 'in-progress': 0, done: 0, overdue: 0, lastUpdate: null });
    expect(all[1]).toMatchObject({ unitId: c.unitB, available: false, rows: 0, filled: 0, lost: '0', overdue: 0, lastUpdate: null });

    const editor = await t.login('bientap');
    const plan = (await t.inject(editor, 'GET', `/api/periods/${c.periodId}/units/${c.unitA}/remediation`)).json<RemediationPlan>();
    const [r21, r12] = plan.rows as [RemediationPlan['rows'][number], RemediationPlan['rows'][number]];
    expect([r21.code, r12.code]).toEqual(['2.1', '1.2']);
    // 2.1 fully filled, its time frame long past and not done → overdue.
    const a = await t.inject(editor, 'PATCH', `/api/remediation/${r21.id}`, { baseVersion: r21.version, solution: 'Rà soát văn bản hằng quý', leadAgency: 'Phòng Văn bản', timeFrame: 'Quý I/2020', status: 'in-progress' });
    expect(a.statusCode, a.body).toBe(200);
    // 1.2: a solution but no lead agency → not filled; done, so never overdue.
    const b = await t.inject(editor, 'PATCH', `/api/remediation/${r12.id}`, { baseVersion: r12.version, solution: 'Đôn đốc thực hiện kế hoạch', timeFrame: '30/6/2020', status: 'done' });
    expect(b.statusCode, b.body).toBe(200);
    all = await overview(t, c);
    expect(all[0]).toMatchObject({ rows: 2, filled: 1, lost: '2.4', 'not-started': 0, 'in-progress': 1, done: 1, overdue: 1 });
    const latest = [a.json<{ updatedAt: string }>().updatedAt, b.json<{ updatedAt: string }>().updatedAt].sort().at(-1);
    expect(all[0]!.lastUpdate).toBe(latest);

    // A progress note is a change too; a later time frame is no longer overdue.
    const noted = await t.inject(editor, 'POST', `/api/remediation/${r21.id}/progress`, { note: 'Đã rà soát quý I' });
    const v = noted.json<{ version: number; updatedAt: string }>();
    await t.inject(editor, 'PATCH', `/api/remediation/${r21.id}`, { baseVersion: v.version, timeFrame: 'Quý IV/2099' });
    all = await overview(t, c);
    expect(all[0]).toMatchObject({ filled: 1, overdue: 0 });
    expect(all[0]!.lastUpdate! >= v.updatedAt).toBe(true);

    // Reopened and finalised again with 2.1 at 3 of 4: the overview follows without anybody
    // opening the plan (the filled row stays, with its new figures).
    const chair = await t.login('chutich');
    expect((await t.inject(chair, 'POST', `/api/assessments/${c.assessmentA}/appraisal/reopen`, { reason: 'Hội đồng xem lại tiêu chí 2.1' })).statusCode).toBe(200);
    const appraiser = await t.login('thamdinh');
    const item = `/api/assessments/${c.assessmentA}/appraisal/items/2.1`;
    const iv = (await t.inject(appraiser, 'GET', item)).json<{ version: number }>().version;
    expect((await t.inject(appraiser, 'PUT', item, { baseVersion: iv, points: '3', comment: 'Đã bổ sung văn bản' })).statusCode).toBe(200);
    all = await overview(t, c);
    expect(all.find((u) => u.unitId === c.unitA)).toMatchObject({ available: false });
    expect((await t.inject(chair, 'POST', `/api/assessments/${c.assessmentA}/appraisal/finalise`, {})).statusCode).toBe(200);
    all = await overview(t, c);
    expect(all[0]).toMatchObject({ unitId: c.unitA, available: true, rows: 2, lost: '1.4' });

    // Only those who read every unit's plan see the overview.
    expect((await t.inject(editor, 'GET', `/api/periods/${c.periodId}/remediation`)).statusCode).toBe(403);
    expect((await t.inject(await t.login('chutich'), 'GET', `/api/periods/${c.periodId}/remediation`)).statusCode).toBe(200);
    expect((await t.inject(c.organiser, 'GET', '/api/periods/no-such-period/remediation')).statusCode).toBe(404);
  });

  it('exports every plan in one spreadsheet with the unit column and a total', async () => {
    const t = getApp();
    const c = await finalisedA(t);
    const editor = await t.login('bientap');
    const plan = (await t.inject(editor, 'GET', `/api/periods/${c.periodId}/units/${c.unitA}/remediation`)).json<RemediationPlan>();
    const row = plan.rows[0]!;
    await t.inject(editor, 'PATCH', `/api/remediation/${row.id}`, { baseVersion: row.version, solution: 'Rà soát văn bản hằng quý', leadAgency: 'Phòng Văn bản', cooperatingAgencies: 'Văn phòng Sở', timeFrame: 'Quý I/2028', status: 'in-progress' });
    const res = await t.inject(c.organiser, 'GET', `/api/periods/${c.periodId}/remediation.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('khac-phuc-tong-hop-2027.xlsx');
    const sheet = (await loadXlsx(res.rawPayload)).worksheets[0]!;
    const lines: string[] = [];
    sheet.eachRow((r) => {
      const cells: string[] = [];
      r.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.text));
      lines.push(cells.join('|'));
    });
    const unitName = (await t.database.db.selectFrom('units').select('name').where('id', '=', c.unitA).executeTakeFirstOrThrow()).name;
    expect(lines.find((l) => l.startsWith('STT|'))).toBe('STT|Đơn vị|Tiêu chí|Điểm tối đa|Điểm thẩm định|Điểm bị mất|Giải pháp khắc phục|Cơ quan chủ trì|Cơ quan phối hợp|Thời gian thực hiện|Tình trạng|Ghi chú');
    expect(lines).toContain(`1|${unitName}|2.1. Kiểm tra, rà soát văn bản quy phạm pháp luật|4|2|2|Rà soát văn bản hằng quý|Phòng Văn bản|Văn phòng Sở|Quý I/2028|Đang thực hiện|`);
    expect(lines).toContain(`2|${unitName}|1.2. Mức độ thực hiện kế hoạch|4|3.6|0.4|||||Chưa thực hiện|`);
    expect(lines.find((l) => l.includes('TỔNG CỘNG'))).toMatch(/^\|TỔNG CỘNG\|\|8\|5\.6\|2\.4\|/);
    expect((await t.inject(editor, 'GET', `/api/periods/${c.periodId}/remediation.xlsx`)).statusCode).toBe(403);
  });
});
