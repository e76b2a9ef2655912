// Tests only: a commune period on one of the survey criteria sets in testdata/, moved on to
// appraisal (when survey figures are imported), and the survey file upload.
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Session, TestApp } from '../../../test/support/app';
import { postFile } from '../../../test/support/upload';

export interface SurveyPeriod {
  periodId: string;
  organiser: Session;
  /** The first two communes, both taking part. */
  units: { id: string; code: string }[];
}

/** `frameworkId` names a set in testdata/ (test-commune-survey@1, test-commune-survey-shares@1). */
export async function communePeriod(
  t: TestApp,
  { frameworkId = 'test-commune-survey@1', name = 'Đánh giá xã, phường năm 2027' } = {},
): Promise<SurveyPeriod> {
  const sync = await t.services.frameworks.syncFromDirectory(join(import.meta.dirname, 'testdata'));
  expect(sync.problems).toEqual([]);
  const organiser = await t.login('noivu');
  const units = (await t.inject(organiser, 'GET', '/api/units?type=commune')).json<{ id: string; code: string }[]>().slice(0, 2);
  const res = await t.inject(organiser, 'POST', '/api/periods', {
    name,
    kind: 'yearly',
    year: 2027,
    unitType: 'commune',
    frameworkId,
    dataStart: '2027-01-01',
    dataEnd: '2027-10-15',
    selfAssessmentDeadline: '2027-10-31',
    appraisalStart: '2027-11-01',
    appraisalEnd: '2027-11-30',
    unitIds: units.map((u) => u.id),
  });
  expect(res.statusCode, res.body).toBe(201);
  const periodId = res.json<{ id: string }>().id;
  for (const to of ['open', 'appraisal']) expect((await t.inject(organiser, 'POST', `/api/periods/${periodId}/transition`, { to })).statusCode).toBe(200);
  return { periodId, organiser, units };
}

/** POST /api/periods/:id/surveys/import with one file. */
export function uploadSurvey(t: TestApp, s: Session, periodId: string, filename: string, content: Uint8Array | string, type?: string): Promise<LightMyRequestResponse> {
  return postFile(t, s, `/api/periods/${periodId}/surveys/import`, { filename, content, ...(type ? { type } : {}) });
}
