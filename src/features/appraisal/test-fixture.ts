// Test helper (not a test): a period of two departments on the tiny test criteria set, the
// first unit's self-assessment submitted, the period moved to appraisal.
import { expect } from 'vitest';
import type { Session, TestApp } from '../../../test/support/app';
import type { Actor } from '../access/policy';

export interface Cycle {
  periodId: string;
  /** The unit of bientap/lanhdao (submitted) and a second unit (never opened). */
  unitA: string;
  unitB: string;
  assessmentA: string;
  organiser: Session;
}

export async function cyclePeriod(t: TestApp, options: { submit?: boolean; appraisal?: boolean; year?: number } = {}): Promise<Cycle> {
  const organiser = await t.login('noivu');
  const editorUnit = (await t.inject(await t.login('bientap'), 'GET', '/api/session')).json<{ user: { unitId: string } }>().user.unitId;
  const units = (await t.inject(organiser, 'GET', '/api/units?type=department')).json<{ id: string }[]>();
  const other = units.find((u) => u.id !== editorUnit)!.id;
  const frameworks = (await t.inject(organiser, 'GET', '/api/frameworks')).json<{ id: string; unitType: string }[]>();
  const year = options.year ?? 2027;
  const created = await t.inject(organiser, 'POST', '/api/periods', {
    name: `Đánh giá Chỉ số CCHC năm ${year}`,
    kind: 'yearly',
    year,
    unitType: 'department',
    frameworkId: frameworks.find((f) => f.unitType === 'department')!.id,
    dataStart: `${year}-01-01`,
    dataEnd: `${year}-10-15`,
    selfAssessmentDeadline: `${year}-10-31`,
    appraisalStart: `${year}-11-01`,
    appraisalEnd: `${year}-11-30`,
    unitIds: [editorUnit, other],
  });
  expect(created.statusCode, created.body).toBe(201);
  const periodId = created.json<{ id: string }>().id;
  const go = async (to: string) => expect((await t.inject(organiser, 'POST', `/api/periods/${periodId}/transition`, { to })).statusCode).toBe(200);
  await go('open');
  const editor = await t.login('bientap');
  const view = (await t.inject(editor, 'GET', `/api/periods/${periodId}/units/${editorUnit}/assessment`)).json<{ assessment: { id: string } }>();
  const id = view.assessment.id;
  const answers: [string, unknown][] = [
    ['1.1', { type: 'yes-no', value: true }],
    ['1.2', { type: 'ratio', numerator: 9, denominator: 10 }],
    ['2.1', { type: 'manual', points: '3.5' }],
  ];
  for (const [nodeId, input] of answers) {
    const r = await t.inject(editor, 'PUT', `/api/assessments/${id}/items/${nodeId}`, { baseVersion: 0, input, note: `Giải trình ${nodeId}` });
    expect(r.statusCode, r.body).toBe(200);
  }
  if (options.submit !== false) {
    const r = await t.inject(await t.login('lanhdao'), 'POST', `/api/assessments/${id}/submit`, { confirm: true });
    expect(r.statusCode, r.body).toBe(200);
  }
  if (options.appraisal !== false) await go('appraisal');
  return { periodId, unitA: editorUnit, unitB: other, assessmentA: id, organiser };
}

/** The actor a service call acts as, read from the users table. */
export async function actorOf(t: TestApp, username: string): Promise<Actor> {
  const u = await t.database.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirstOrThrow();
  return { id: u.id, username: u.username, role: u.role as Actor['role'], unitId: u.unit_id, scopes: u.scopes === null ? null : (JSON.parse(u.scopes) as Actor['scopes']) };
}
