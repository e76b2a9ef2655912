import { expect, it } from 'vitest';
import { describeEachApp } from '../../../test/support/app';
import type { AssessmentView, Item } from '../../shared/api/assessments';
import { openDemo, save } from './testing';

describeEachApp('self-assessment items', (getApp) => {
  it('computes points with the rubric and keeps totals exact', async () => {
    const t = getApp();
    const d = await openDemo(t);
    const a = await save(t, d.editor, d.assessmentId, '1.1', { baseVersion: 0, input: { type: 'yes-no', value: true } });
    expect(a.statusCode).toBe(200);
    expect(a.json<Item>()).toMatchObject({ nodeId: '1.1', points: '2', version: 1, errors: [] });
    expect(a.json<Item>().explanation?.vi).toBeTruthy();
    const b = await save(t, d.editor, d.assessmentId, '1.2', { baseVersion: 0, input: { type: 'ratio', numerator: 3, denominator: 4 } });
    expect(b.json<Item>().points).toBe('3');
    const c = await save(t, d.editor, d.assessmentId, '2.1', { baseVersion: 0, input: { type: 'manual', points: '1,25' } });
    expect(c.json<Item>().points).toBe('1.25');
    const view = (await t.inject(d.editor, 'GET', `/api/assessments/${d.assessmentId}`)).json<AssessmentView>();
    expect(view.assessment.status).toBe('in-progress');
    expect(view.summary).toMatchObject({ leaves: 3, answered: 3, selfTotal: '6.25', max: '10', index: '62.50' });
    expect(view.summary.byField.map((f) => [f.code, f.self])).toEqual([['1', '5'], ['2', '1.25']]);
  });

  it('keeps input the rubric cannot accept, with the reason, and refuses the wrong input shape', async () => {
    const t = getApp();
    const d = await openDemo(t);
    const bad = await save(t, d.editor, d.assessmentId, '1.2', { baseVersion: 0, input: { type: 'ratio', numerator: 3, denominator: 0 } });
    expect(bad.statusCode).toBe(200);
    const item = bad.json<Item>();
    expect(item.input).toEqual({ type: 'ratio', numerator: 3, denominator: 0 });
    expect(item.points).toBeNull();
    expect(item.errors.length).toBeGreaterThan(0);
    expect(item.flags.map((f) => f.code)).toContain('input-error');
    const again = (await t.inject(d.editor, 'GET', `/api/assessments/${d.assessmentId}`)).json<AssessmentView>();
    expect(again.items.find((i) => i.nodeId === '1.2')!.input).toEqual({ type: 'ratio', numerator: 3, denominator: 0 });
    const wrongShape = await save(t, d.editor, d.assessmentId, '1.1', { baseVersion: 0, input: { type: 'manual', points: '2' } });
    expect(wrongShape.statusCode).toBe(400);
    expect(wrongShape.json().error.field).toBe('input.type');
    const notNumber = await save(t, d.editor, d.assessmentId, '2.1', { baseVersion: 0, input: { type: 'manual', points: 'abc' } });
    expect(notNumber.statusCode).toBe(200);
    expect(notNumber.json<Item>()).toMatchObject({ points: null, input: { type: 'manual', points: 'abc' } });
    expect(notNumber.json<Item>().errors[0]!.field).toBe('points');
  });

  it('tells the second writer about the conflict with both versions, and keeps the history', async () => {
    const t = getApp();
    const d = await openDemo(t);
    const first = await save(t, d.editor, d.assessmentId, '1.1', { baseVersion: 0, input: { type: 'yes-no', value: true }, note: 'Kế hoạch đã ban hành' });
    expect(first.statusCode).toBe(200);
    const second = await save(t, d.leader, d.assessmentId, '1.1', { baseVersion: 0, input: { type: 'yes-no', value: false } });
    expect(second.statusCode).toBe(409);
    const body = second.json<{ error: { code: string; details: { mine: { input: unknown }; theirs: Item } } }>();
    expect(body.error.code).toBe('conflict');
    expect(body.error.details.mine.input).toEqual({ type: 'yes-no', value: false });
    expect(body.error.details.theirs).toMatchObject({ version: 1, points: '2', note: 'Kế hoạch đã ban hành', updatedBy: 'bientap' });
    const resolved = await save(t, d.leader, d.assessmentId, '1.1', { baseVersion: 1, input: { type: 'yes-no', value: false } });
    expect(resolved.json<Item>()).toMatchObject({ version: 2, points: '0' });
    const history = (await t.inject(d.editor, 'GET', `/api/assessments/${d.assessmentId}/items/1.1/history`)).json<{ version: number; username: string; before: { points: string | null }; after: { points: string } }[]>();
    expect(history.map((h) => [h.version, h.username, h.before.points, h.after.points])).toEqual([
      [2, 'lanhdao', '2', '0'],
      [1, 'bientap', null, '2'],
    ]);
    const audit = (await t.inject(d.organiser, 'GET', `/api/audit?entityType=assessment-item`)).json<{ action: string }[]>();
    expect(audit.filter((e) => e.action === 'assessment.item.save')).toHaveLength(2);
  });

  it('N/A needs a reason and is scored by the set’s policy (exclude)', async () => {
    const t = getApp();
    const d = await openDemo(t);
    const noReason = await save(t, d.editor, d.assessmentId, '2.1', { baseVersion: 0, na: { reason: '  ' } });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('na.reason');
    const na = await save(t, d.editor, d.assessmentId, '2.1', { baseVersion: 0, na: { reason: 'Không phát sinh văn bản QPPL trong năm' } });
    expect(na.json<Item>().na).toEqual({ reason: 'Không phát sinh văn bản QPPL trong năm' });
    await save(t, d.editor, d.assessmentId, '1.1', { baseVersion: 0, input: { type: 'yes-no', value: true } });
    const view = (await t.inject(d.editor, 'GET', `/api/assessments/${d.assessmentId}`)).json<AssessmentView>();
    expect(view.summary).toMatchObject({ na: 1, selfTotal: '2' });
    // 2 of the 6 points that remain applicable (field 2 excluded): 33.33 %.
    expect(view.summary.index).toBe('33.33');
  });

  it('lets only the unit edit its own assessment; other units and appraisers get 403', async () => {
    const t = getApp();
    const d = await openDemo(t);
    const units = (await t.inject(d.organiser, 'GET', `/api/periods/${d.periodId}`)).json<{ unitIds: string[] }>().unitIds;
    const other = units.find((u) => u !== d.unitId)!;
    expect((await t.inject(d.editor, 'GET', `/api/periods/${d.periodId}/units/${other}/assessment`)).statusCode).toBe(403);
    const otherView = await t.inject(d.organiser, 'GET', `/api/periods/${d.periodId}/units/${other}/assessment`);
    expect(otherView.statusCode).toBe(200);
    const otherId = otherView.json<AssessmentView>().assessment.id;
    expect(otherView.json<AssessmentView>().assessment.canEdit).toBe(false);
    expect((await save(t, d.editor, otherId, '1.1', { baseVersion: 0, input: { type: 'yes-no', value: true } })).statusCode).toBe(403);
    expect((await save(t, d.organiser, d.assessmentId, '1.1', { baseVersion: 0, input: { type: 'yes-no', value: true } })).statusCode).toBe(403);
    const appraiser = await t.login('thamdinh');
    expect((await t.inject(appraiser, 'GET', `/api/assessments/${d.assessmentId}`)).statusCode).toBe(200);
    expect((await save(t, appraiser, d.assessmentId, '1.1', { baseVersion: 0, input: { type: 'yes-no', value: true } })).statusCode).toBe(403);
    const viewer = await t.login('xem');
    expect((await t.inject(viewer, 'GET', `/api/assessments/${d.assessmentId}`)).statusCode).toBe(403);
  });
});
