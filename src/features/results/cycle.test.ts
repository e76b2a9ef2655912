// The whole yearly cycle at service level, on both databases: self-assessment submitted → item
// returned → answered → appraised → finalised → published → remediation plan exported.
import { expect, it } from 'vitest';
import { describeEachApp } from '../../../test/support/app';
import { loadXlsx } from '../../export/testing/read';
import { AppError } from '../common/errors';
import { actorOf, cyclePeriod } from '../appraisal/test-fixture';

describeEachApp('the yearly cycle (services)', (getApp) => {
  it('self-assessment → return → answer → appraisal → finalise → publish → remediation export', async () => {
    const t = getApp();
    const c = await cyclePeriod(t); // unit A submitted (2 + 3.6 + 3.5 = 9.1 of 10), period in appraisal
    const s = t.services.cycle;
    const appraiser = await actorOf(t, 'thamdinh');
    const editor = await actorOf(t, 'bientap');
    const chair = await actorOf(t, 'chutich');
    const organiser = await actorOf(t, 'noivu');

    // Returned for explanation, answered by the unit, then appraised lower: the round closes.
    const round = await s.appraisal.returnItem(appraiser, c.assessmentA, '1.2', { message: 'Bổ sung báo cáo kết quả thực hiện kế hoạch', dueDate: '2099-12-31' });
    expect(round).toMatchObject({ number: 1, status: 'open' });
    await expect(s.appraisal.answer(appraiser, round.id, { text: 'x' })).rejects.toThrow(AppError);
    const answered = await s.appraisal.answer(editor, round.id, { text: 'Đã thực hiện 8/10 nhiệm vụ, xem báo cáo số 12/BC-STP' });
    expect(answered).toMatchObject({ status: 'answered', answeredBy: 'bientap' });
    let item = await s.appraisal.item(appraiser, c.assessmentA, '1.2');
    expect(item.state).toBe('answered');
    const saved = await s.appraisal.save(appraiser, c.assessmentA, '1.2', { baseVersion: item.version, input: { type: 'ratio', numerator: 8, denominator: 10 }, comment: 'Theo giải trình: 8/10' });
    expect(saved.ok).toBe(true);
    item = await s.appraisal.item(appraiser, c.assessmentA, '1.2');
    expect(item).toMatchObject({ state: 'appraised', appraisal: { points: '3.2' } });
    expect(item.rounds.map((r) => r.status)).toEqual(['closed']);
    expect(item.history[0]!.after).toMatchObject({ appraisal: { points: '3.2' } });

    // Finalising refuses pending items, then goes through once everything is appraised.
    await expect(s.council.finalise(chair, c.assessmentA)).rejects.toMatchObject({ code: 'conflict', details: [{ field: 'pending' }] });
    expect((await s.appraisal.acceptSelf(appraiser, c.assessmentA, undefined)).accepted).toBe(2);
    const summaryA = await s.council.finalise(chair, c.assessmentA);
    expect(summaryA).toMatchObject({ finalised: true, totals: { self: '9.1', final: '8.7', lost: '1.3', finalIndex: '87.00', gap: '4.00' } });
    expect(summaryA.byField.map((f) => [f.nodeId, f.final])).toEqual([['1', '5.2'], ['2', '3.5']]);
    // Locked: no write after finalising; a correction needs a recorded reopening.
    const v = (await s.appraisal.item(appraiser, c.assessmentA, '2.1')).version;
    await expect(s.appraisal.save(appraiser, c.assessmentA, '2.1', { baseVersion: v, points: '4' })).rejects.toMatchObject({ code: 'conflict' });
    const reopened = await s.council.reopen(chair, c.assessmentA, 'Sửa lỗi nhập điểm tiêu chí 2.1');
    expect(reopened.reopenings).toMatchObject([{ username: 'chutich', reason: 'Sửa lỗi nhập điểm tiêu chí 2.1' }]);
    expect((await s.appraisal.save(appraiser, c.assessmentA, '2.1', { baseVersion: v, points: '3' })).ok).toBe(true);
    await s.council.finalise(chair, c.assessmentA);

    // Unit B never submitted: the appraiser scores from records; publishing waits for it.
    const b = await s.council.summaryFor(chair, c.periodId, c.unitB);
    for (const [nodeId, points] of [['1.1', '2'], ['1.2', '4'], ['2.1', '3']] as const) {
      const it2 = await s.appraisal.item(appraiser, b.assessmentId, nodeId);
      expect((await s.appraisal.save(appraiser, b.assessmentId, nodeId, { baseVersion: it2.version, points })).ok).toBe(true);
    }
    await t.services.periods.transition(organiser, c.periodId, 'closed');
    const refused = await t.services.periods.transition(organiser, c.periodId, 'published').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).details?.map((d) => d.field)).toEqual([`unitIds.${c.unitB}`]);
    await s.council.finalise(chair, b.assessmentId);
    expect((await t.services.periods.transition(organiser, c.periodId, 'published')).status).toBe('published');

    // Results: B 9 (90 %, band A) ranks above A 8.2 (82 %).
    const results = await s.results.view(organiser, c.periodId);
    expect(results.rows.map((r) => [r.unitId === c.unitA ? 'A' : 'B', r.rank, r.total, r.index, r.band?.code ?? null])).toEqual([
      ['B', 1, '9', '90.00', 'A'],
      ['A', 2, '8.2', '82.00', null],
    ]);
    expect(results.provisional).toBe(false);
    const link = await s.results.publicLink(organiser, c.periodId);
    const pub = await s.results.publicResults(link.token);
    expect(pub.rows).toHaveLength(2);
    expect(pub.rows[0]).not.toHaveProperty('selfTotal');

    // Remediation: A lost 0.8 on 1.2 and 1 on 2.1 → two rows, most to regain first.
    const plan = await s.remediation.plan(editor, c.periodId, c.unitA);
    expect(plan.rows.map((r) => [r.code, r.max, r.appraisal, r.lost])).toEqual([
      ['2.1', '4', '3', '1'],
      ['1.2', '4', '3.2', '0.8'],
    ]);
    expect(plan.fields.map((f) => [f.nodeId, f.lost])).toEqual([['2', '1'], ['1', '0.8']]);
    const row = plan.rows[0]!;
    const patched = await s.remediation.patch(editor, row.id, { baseVersion: row.version, solution: 'Rà soát văn bản hằng quý', leadAgency: 'Phòng Văn bản', cooperatingAgencies: 'Văn phòng Sở', timeFrame: 'Quý I/2028', status: 'in-progress' });
    expect(patched.ok).toBe(true);
    const progressed = await s.remediation.addProgress(editor, row.id, 'Đã rà soát quý I', 'done');
    expect(progressed).toMatchObject({ status: 'done', progress: [{ note: 'Đã rà soát quý I', username: 'bientap' }] });
    const xlsx = await s.remediation.document(editor, c.periodId, c.unitA, 'xlsx');
    const sheet = (await loadXlsx(xlsx.bytes)).worksheets[0]!;
    const texts: string[] = [];
    sheet.eachRow((r) => {
      const cells: string[] = [];
      r.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.text));
      texts.push(cells.join('|'));
    });
    const solutionRow = texts.find((x) => x.includes('Rà soát văn bản hằng quý'));
    expect(solutionRow).toBeDefined();
    expect(solutionRow).toContain('Phòng Văn bản');
    expect(solutionRow).toContain('Quý I/2028');
    expect(texts.some((x) => x.includes('Mức độ thực hiện kế hoạch'))).toBe(true);
  });
});
