import { expect, it } from 'vitest';
import { describeEachApp } from '../../../test/support/app';
import { docxRawText, loadXlsx } from '../../export/testing/read';
import { cyclePeriod } from '../appraisal/test-fixture';
import { finalised } from './test-fixture';

describeEachApp('results', (getApp) => {
  it('ranks, classifies, charts and exports; unit users wait for publication, then anyone with the link reads it', async () => {
    const t = getApp();
    const c = await finalised(t);
    const editor = await t.login('bientap');
    expect((await t.inject(editor, 'GET', `/api/periods/${c.periodId}/results`)).statusCode).toBe(403);
    const viewer = await t.login('xem');
    expect((await t.inject(viewer, 'GET', `/api/periods/${c.periodId}/results`)).statusCode).toBe(403);
    const own = await t.inject(editor, 'GET', `/api/periods/${c.periodId}/results/units/${c.unitA}`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ total: '9.1', index: '91.00', rank: 1, of: 2, band: { code: 'A' } });
    expect((await t.inject(editor, 'GET', `/api/periods/${c.periodId}/results/units/${c.unitB}`)).statusCode).toBe(403);

    const view = (await t.inject(c.organiser, 'GET', `/api/periods/${c.periodId}/results`)).json<{ rows: { rank: number; total: string; fields: string[] }[]; fieldGaps: unknown[] }>();
    expect(view.rows.map((r) => [r.rank, r.total, r.fields])).toEqual([
      [1, '9.1', ['5.6', '3.5']],
      [2, '9', ['6', '3']],
    ]);
    expect(view.fieldGaps[0]).toMatchObject({ nodeId: '1', gap: '0.00' });
    const radar = (await t.inject(c.organiser, 'GET', `/api/periods/${c.periodId}/results/charts/radar?unitId=${c.unitB}`)).json();
    expect(radar.series[0]).toMatchObject({ key: 'unit', values: [100, 75] });
    const bars = (await t.inject(c.organiser, 'GET', `/api/periods/${c.periodId}/results/charts/ranking`)).json<{ units: { index: number }[] }>();
    expect(bars.units.map((u) => u.index)).toEqual([91, 90]);

    const xlsx = await t.inject(c.organiser, 'GET', `/api/periods/${c.periodId}/results/ranking.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const cells: string[] = [];
    (await loadXlsx(xlsx.rawPayload)).worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell.text)));
    expect(cells).toContain('Sở Tư pháp');
    const docx = await t.inject(c.organiser, 'GET', `/api/periods/${c.periodId}/results/ranking.docx`);
    expect(await docxRawText(docx.rawPayload)).toContain('XẾP HẠNG');
    expect((await t.inject(editor, 'GET', `/api/periods/${c.periodId}/results/ranking.xlsx`)).statusCode).toBe(403);

    expect((await t.inject(c.organiser, 'POST', `/api/periods/${c.periodId}/results/public-link`, {})).statusCode).toBe(409);
    for (const to of ['closed', 'published']) expect((await t.inject(c.organiser, 'POST', `/api/periods/${c.periodId}/transition`, { to })).statusCode).toBe(200);
    expect((await t.inject(editor, 'GET', `/api/periods/${c.periodId}/results`)).statusCode).toBe(200);
    expect((await t.inject(viewer, 'GET', `/api/periods/${c.periodId}/results/units/${c.unitB}`)).statusCode).toBe(200);
    const link = (await t.inject(c.organiser, 'POST', `/api/periods/${c.periodId}/results/public-link`, {})).json<{ token: string; url: string }>();
    expect(link.token.length).toBeGreaterThanOrEqual(32);
    const again = (await t.inject(c.organiser, 'POST', `/api/periods/${c.periodId}/results/public-link`, {})).json<{ token: string }>();
    expect(again.token).toBe(link.token);
    const pub = await t.inject(null, 'GET', `/api/public/results/${link.token}`);
    expect(pub.statusCode).toBe(200);
    expect(pub.json<{ rows: { rank: number }[] }>().rows.map((r) => r.rank)).toEqual([1, 2]);
    expect(pub.json().period.publishedAt).not.toBeNull();
    expect((await t.inject(null, 'GET', `/api/public/results/${'x'.repeat(32)}`)).statusCode).toBe(404);
    expect((await t.inject(null, 'GET', `/api/periods/${c.periodId}/results`)).statusCode).toBe(401);
  });

  it('remediation over HTTP: only the unit edits its plan, stale writes get 409, exports open', async () => {
    const t = getApp();
    const c = await cyclePeriod(t);
    const editor = await t.login('bientap');
    const before = (await t.inject(editor, 'GET', `/api/periods/${c.periodId}/units/${c.unitA}/remediation`)).json();
    expect(before).toMatchObject({ available: false, rows: [] });
    const appraiser = await t.login('thamdinh');
    const v = (await t.inject(appraiser, 'GET', `/api/assessments/${c.assessmentA}/appraisal/items/2.1`)).json<{ version: number }>().version;
    await t.inject(appraiser, 'PUT', `/api/assessments/${c.assessmentA}/appraisal/items/2.1`, { baseVersion: v, points: '2', comment: 'Thiếu kiểm tra văn bản' });
    await t.inject(appraiser, 'POST', `/api/assessments/${c.assessmentA}/appraisal/accept-self`, {});
    expect((await t.inject(await t.login('chutich'), 'POST', `/api/assessments/${c.assessmentA}/appraisal/finalise`, {})).statusCode).toBe(200);
    const plan = (await t.inject(editor, 'GET', `/api/periods/${c.periodId}/units/${c.unitA}/remediation`)).json<{ rows: { id: string; code: string; lost: string; version: number }[]; canEdit: boolean }>();
    expect(plan.rows.map((r) => [r.code, r.lost])).toEqual([['2.1', '2'], ['1.2', '0.4']]);
    expect(plan.canEdit).toBe(true);
    const row = plan.rows[0]!;
    const ok = await t.inject(editor, 'PATCH', `/api/remediation/${row.id}`, { baseVersion: row.version, solution: 'Kiểm tra văn bản định kỳ' });
    expect(ok.statusCode).toBe(200);
    const stale = await t.inject(await t.login('lanhdao'), 'PATCH', `/api/remediation/${row.id}`, { baseVersion: row.version, solution: 'Khác' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.theirs.solution).toBe('Kiểm tra văn bản định kỳ');
    expect((await t.inject(c.organiser, 'PATCH', `/api/remediation/${row.id}`, { baseVersion: 1, solution: 'x' })).statusCode).toBe(403);
    const docx = await t.inject(editor, 'GET', `/api/periods/${c.periodId}/units/${c.unitA}/remediation.docx`);
    expect(docx.statusCode).toBe(200);
    expect(await docxRawText(docx.rawPayload)).toContain('Kiểm tra văn bản định kỳ');
    const overview = (await t.inject(c.organiser, 'GET', `/api/periods/${c.periodId}/remediation`)).json<{ unitId: string }[]>();
    expect(overview.find((u) => u.unitId === c.unitA)).toMatchObject({ available: true, rows: 2, lost: '2.4' });
  });
});
