// Test helper (not a test): the cycle period with both units appraised and finalised.
import { expect } from 'vitest';
import type { TestApp } from '../../../test/support/app';
import { cyclePeriod, type Cycle } from '../appraisal/test-fixture';

/** Both units appraised and finalised through HTTP; A: 9.1 self accepted, B: 2 + 4 + 3. */
export async function finalised(t: TestApp): Promise<Cycle> {
  const c = await cyclePeriod(t);
  const appraiser = await t.login('thamdinh');
  const chair = await t.login('chutich');
  expect((await t.inject(appraiser, 'POST', `/api/assessments/${c.assessmentA}/appraisal/accept-self`, {})).json()).toEqual({ accepted: 3 });
  const b = (await t.inject(chair, 'GET', `/api/periods/${c.periodId}/units/${c.unitB}/appraisal`)).json<{ assessmentId: string; canFinalise: boolean; blockers: { code: string }[] }>();
  expect(b.blockers.map((x) => x.code)).toEqual(['pending']);
  for (const [nodeId, points] of [['1.1', '2'], ['1.2', '4'], ['2.1', '3']]) {
    const v = (await t.inject(appraiser, 'GET', `/api/assessments/${b.assessmentId}/appraisal/items/${nodeId}`)).json<{ version: number }>().version;
    expect((await t.inject(appraiser, 'PUT', `/api/assessments/${b.assessmentId}/appraisal/items/${nodeId}`, { baseVersion: v, points })).statusCode).toBe(200);
  }
  for (const id of [c.assessmentA, b.assessmentId]) {
    const r = await t.inject(chair, 'POST', `/api/assessments/${id}/appraisal/finalise`, {});
    expect(r.statusCode, r.body).toBe(200);
  }
  return c;
}

