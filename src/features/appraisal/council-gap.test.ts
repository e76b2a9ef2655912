// The council's gap compares like with like when survey criteria exist: the self index over the
// items the unit scores itself against the appraisal of those same items, never against the
// appraised index over everything (survey items included). On SQLite and PostgreSQL.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeEachApp } from '../../../test/support/app';
import type { AppraisalSummary } from '../../shared/api/appraisal';
import { uploadSurvey } from '../surveys/testing';

describeEachApp('council gap', (getApp) => {
  it('is self − appraisal over the unit-scored items, with survey items left out of both sides', async () => {
    const t = getApp();
    expect((await t.services.frameworks.syncFromDirectory(join(import.meta.dirname, '../surveys/testdata'))).problems).toEqual([]);
    const organiser = await t.login('noivu');
    const admin = await t.login('admin');
    const unit = (await t.inject(organiser, 'GET', '/api/units?type=commune')).json<{ id: string; code: string }[]>()[0]!;
    const created = await t.inject(organiser, 'POST', '/api/periods', {
      name: 'Đánh giá xã, phường năm 2027',
      kind: 'yearly',
      year: 2027,
      unitType: 'commune',
      frameworkId: 'test-commune-survey@1',
      dataStart: '2027-01-01',
      dataEnd: '2027-10-15',
      selfAssessmentDeadline: '2027-10-31',
      appraisalStart: '2027-11-01',
      appraisalEnd: '2027-11-30',
      unitIds: [unit.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    const periodId = created.json<{ id: string }>().id;
    const go = async (to: string) => expect((await t.inject(organiser, 'POST', `/api/periods/${periodId}/transition`, { to })).statusCode).toBe(200);
    await go('open');
    const users = [
      { username: 'bientapxa', displayName: 'Biên tập xã', role: 'unit-editor', unitId: unit.id },
      { username: 'thamdinhxa', displayName: 'Thẩm định xã', role: 'appraiser', scopes: { fields: ['1', '2'], unitIds: [unit.id] } },
    ];
    for (const u of users) {
      const r = await t.inject(admin, 'POST', '/api/users', { ...u, password: 'mat-khau-dai-123' });
      expect(r.statusCode, r.body).toBe(201);
    }
    // The unit claims full marks on 1.1 (its only self-scored item): self index 100 %.
    const editor = await t.login('bientapxa', 'mat-khau-dai-123');
    const assessmentId = (await t.inject(editor, 'GET', `/api/periods/${periodId}/units/${unit.id}/assessment`)).json<{ assessment: { id: string } }>().assessment.id;
    const self = await t.inject(editor, 'PUT', `/api/assessments/${assessmentId}/items/1.1`, { baseVersion: 0, input: { type: 'yes-no', value: true } });
    expect(self.statusCode, self.body).toBe(200);
    await go('appraisal');
    const summary = async () => (await t.inject(await t.login('chutich'), 'GET', `/api/periods/${periodId}/units/${unit.id}/appraisal`)).json<AppraisalSummary>();
    // Nothing the unit scored is appraised yet: no gap to show.
    expect((await summary()).totals).toMatchObject({ selfIndex: '100.00', appraisedSelfIndex: null, gap: null });

    // Surveys give 2.1 and 2.2 full marks (6 of 10 points); the appraiser gives 1.1 nothing.
    const csv = ['unit_code,criterion_code,group,percent', `${unit.code},2.1,Người dân,100`, `${unit.code},2.2,Người dân,100`].join('\n');
    expect((await uploadSurvey(t, organiser, periodId, 'khao-sat.csv', csv)).statusCode).toBe(200);
    const appraiser = await t.login('thamdinhxa', 'mat-khau-dai-123');
    const url = `/api/assessments/${assessmentId}/appraisal/items/1.1`;
    const v = (await t.inject(appraiser, 'GET', url)).json<{ version: number }>().version;
    const scored = await t.inject(appraiser, 'PUT', url, { baseVersion: v, input: { type: 'yes-no', value: false } });
    expect(scored.statusCode, scored.body).toBe(200);

    const s = await summary();
    // The appraised index over everything is 60 %; 100 − 60 = 40 would mix bases. Over the unit's
    // own items the appraisal is 0 %: the unit overstated by 100 points.
    expect(s.totals).toMatchObject({ selfIndex: '100.00', finalIndex: '60.00', appraisedSelfIndex: '0.00', gap: '100.00' });
    const [field1, field2] = s.byField;
    expect(field1).toMatchObject({ code: '1', selfIndex: '100.00', appraisedSelfIndex: '0.00', gap: '100.00' });
    // Field 2 is all survey: the unit scored nothing there, so there is no gap, not −100.
    expect(field2).toMatchObject({ code: '2', selfIndex: null, finalIndex: '100.00', gap: null });
  });
});
