import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeEachApp, type Session, type TestApp } from '../../../test/support/app';
import { createTestDatabase } from '../../../test/support/databases';
import { backup, restore } from '../../db/backup';
import type { AssessmentView, Item } from '../../shared/api/assessments';
import type { PeriodDeadlines, PeriodDeadlinesSaved } from '../../shared/api/periods';

// A small set with every case: 1.1 states its own yearly deadline, 1.2 (unit) and 2.1
// (appraiser) state none, 1.3 and 2.2 are not deadline criteria.
const TIERS = `
          tiers:
            - { maxDaysLate: 0, points: 2, label: Trước và đúng thời gian quy định }
            - { maxDaysLate: 9, points: 1, label: Chậm dưới 10 ngày }
            - { maxDaysLate: null, points: 0, label: Chậm từ 10 ngày trở lên }
          missingPoints: 0`;
const SET = `formatVersion: 1
id: test-deadlines
name: Bộ tiêu chí thử hạn theo tiêu chí
unitType: department
year: 2027
version: "1"
naPolicy: exclude
bands:
  - { code: A, label: { vi: Tốt, en: Good }, from: 90 }
nodes:
  - code: "1"
    name: Công tác chỉ đạo, điều hành
    max: 6
    children:
      - code: "1.1"
        name: Ban hành kế hoạch CCHC năm
        max: 2
        rubric:
          type: deadline
          deadline: "01-20"${TIERS}
      - code: "1.2"
        name: Đánh giá, phân loại công chức
        nameEn: Evaluating civil servants
        max: 2
        rubric:
          type: deadline${TIERS}
      - code: "1.3"
        name: Có kế hoạch tuyên truyền
        max: 2
        rubric: { type: yes-no }
  - code: "2"
    name: Cải cách tài chính công
    max: 4
    children:
      - code: "2.1"
        name: Lập và gửi báo cáo quyết toán
        max: 2
        scoredBy: appraiser
        rubric:
          type: deadline${TIERS}
      - code: "2.2"
        name: Thực hiện tiết kiệm
        max: 2
        rubric: { type: manual }
`;

interface Setup {
  periodId: string;
  unitA: string;
  assessmentA: string;
  organiser: Session;
  editor: Session;
}

async function setup(t: TestApp): Promise<Setup> {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-deadlines-'));
  try {
    writeFileSync(join(dir, 'test-deadlines.yaml'), SET);
    const synced = await t.services.frameworks.syncFromDirectory(dir);
    expect(synced.problems).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const organiser = await t.login('noivu');
  const editor = await t.login('bientap');
  const unitA = (await t.inject(editor, 'GET', '/api/session')).json<{ user: { unitId: string } }>().user.unitId;
  const units = (await t.inject(organiser, 'GET', '/api/units?type=department')).json<{ id: string }[]>();
  const created = await t.inject(organiser, 'POST', '/api/periods', {
    name: 'Đánh giá Chỉ số CCHC năm 2027',
    kind: 'yearly',
    year: 2027,
    unitType: 'department',
    frameworkId: 'test-deadlines@1',
    dataStart: '2027-01-01',
    dataEnd: '2027-10-15',
    selfAssessmentDeadline: '2027-10-31',
    appraisalStart: '2027-11-01',
    appraisalEnd: '2027-11-30',
    unitIds: [unitA, units.find((u) => u.id !== unitA)!.id],
  });
  expect(created.statusCode, created.body).toBe(201);
  const periodId = created.json<{ id: string }>().id;
  expect((await t.inject(organiser, 'POST', `/api/periods/${periodId}/transition`, { to: 'open' })).statusCode).toBe(200);
  const view = (await t.inject(editor, 'GET', `/api/periods/${periodId}/units/${unitA}/assessment`)).json<AssessmentView>();
  return { periodId, unitA, assessmentA: view.assessment.id, organiser, editor };
}

const put = (t: TestApp, s: Session, periodId: string, deadlines: unknown[]) => t.inject(s, 'PUT', `/api/periods/${periodId}/deadlines`, { deadlines });
const item = async (t: TestApp, s: Session, assessmentId: string, nodeId: string) =>
  (await t.inject(s, 'GET', `/api/assessments/${assessmentId}`)).json<AssessmentView>().items.find((i) => i.nodeId === nodeId)!;

describeEachApp('period criterion deadlines', (getApp) => {
  it("lists the set's deadline criteria with the set's date, the period's and the effective one", async () => {
    const t = getApp();
    const s = await setup(t);
    const res = await t.inject(s.organiser, 'GET', `/api/periods/${s.periodId}/deadlines`);
    expect(res.statusCode).toBe(200);
    const list = res.json<PeriodDeadlines>();
    expect(list).toMatchObject({ canEdit: true, periodStatus: 'open', range: { from: '2026-01-01', to: '2028-12-31' } });
    expect(list.criteria.map((c) => [c.criterionId, c.scoredBy, c.documentDeadline, c.documentDate, c.periodDeadline, c.effective, c.source])).toEqual([
      ['1.1', 'unit', '01-20', '2027-01-20', null, '2027-01-20', 'document'],
      ['1.2', 'unit', null, null, null, null, null],
      ['2.1', 'appraiser', null, null, null, null, null],
    ]);
    expect(list.criteria[1]!.title).toEqual({ vi: 'Đánh giá, phân loại công chức', en: 'Evaluating civil servants' });
    // Everyone who reads the period reads its deadlines; only organisers may change them.
    const editorView = (await t.inject(s.editor, 'GET', `/api/periods/${s.periodId}/deadlines`)).json<PeriodDeadlines>();
    expect(editorView.canEdit).toBe(false);
  });

  it("scores the unit's item against the organiser's deadline and recomputes stored points when it changes", async () => {
    const t = getApp();
    const s = await setup(t);
    // Answered before any deadline: kept with the reason, no points.
    const early = await t.inject(s.editor, 'PUT', `/api/assessments/${s.assessmentA}/items/1.2`, { baseVersion: 0, input: { type: 'date', date: '2027-04-05' } });
    expect(early.statusCode).toBe(200);
    expect(early.json<Item>()).toMatchObject({ points: null, version: 1 });
    expect(early.json<Item>().errors[0]!.field).toBe('deadline');

    const set = await put(t, s.organiser, s.periodId, [{ criterionId: '1.2', deadline: '2027-03-31', note: 'Theo Kế hoạch số 12/KH-UBND' }]);
    expect(set.statusCode, set.body).toBe(200);
    const saved = set.json<PeriodDeadlinesSaved>();
    expect(saved.recomputed).toEqual({ self: 1, appraisal: 0 });
    expect(saved.criteria.find((c) => c.criterionId === '1.2')).toMatchObject({ periodDeadline: '2027-03-31', effective: '2027-03-31', source: 'period', note: 'Theo Kế hoạch số 12/KH-UBND', updatedBy: 'noivu', answered: 1 });

    // The stored item now scores 5 days late → 1 point, with a new version.
    let stored = await item(t, s.editor, s.assessmentA, '1.2');
    expect(stored).toMatchObject({ points: '1', errors: [], version: 2 });
    expect(stored.explanation!.vi).toBe('Văn bản ngày 05/04/2027, hạn 31/03/2027: chậm 5 ngày → Chậm dưới 10 ngày → 1 điểm');
    const view = (await t.inject(s.editor, 'GET', `/api/assessments/${s.assessmentA}`)).json<AssessmentView>();
    expect(view.framework.nodes.find((n) => n.id === '1.2')!.leaf).toMatchObject({ deadline: '2027-03-31', deadlineSource: 'period' });
    expect(view.framework.nodes.find((n) => n.id === '1.1')!.leaf).toMatchObject({ deadline: '01-20', deadlineSource: 'document' });
    expect(view.summary.selfTotal).toBe('1');

    // A save carrying the version from before the change is refused, not computed with the old date.
    const stale = await t.inject(s.editor, 'PUT', `/api/assessments/${s.assessmentA}/items/1.2`, { baseVersion: 1, note: 'Giải trình' });
    expect(stale.statusCode).toBe(409);

    // A later deadline: on time → 2 points; the history says why the points moved.
    const moved = await put(t, s.organiser, s.periodId, [{ criterionId: '1.2', deadline: '2027-04-10' }]);
    expect(moved.json<PeriodDeadlinesSaved>().recomputed).toEqual({ self: 1, appraisal: 0 });
    stored = await item(t, s.editor, s.assessmentA, '1.2');
    expect(stored).toMatchObject({ points: '2', version: 3 });
    const history = (await t.inject(s.editor, 'GET', `/api/assessments/${s.assessmentA}/items/1.2/history`)).json<{ version: number; username: string; before: unknown; after: unknown }[]>();
    expect(history[0]).toMatchObject({ version: 3, username: 'noivu', before: { points: '1', deadline: '2027-03-31' }, after: { points: '2', deadline: '2027-04-10' } });

    // A new save by the unit is scored against the period's deadline too.
    const again = await t.inject(s.editor, 'PUT', `/api/assessments/${s.assessmentA}/items/1.2`, { baseVersion: 3, input: { type: 'date', date: '2027-04-25' } });
    expect(again.json<Item>().points).toBe('0');

    // Evidence dated after the effective deadline is flagged.
    const ev = await t.inject(s.editor, 'POST', `/api/assessments/${s.assessmentA}/evidence`, { kind: 'citation', text: 'Quyết định số 45/QĐ-UBND ngày 25/4/2027 về đánh giá công chức', documentDate: '2027-04-25' });
    expect(ev.statusCode, ev.body).toBe(201);
    const linked = await t.inject(s.editor, 'PUT', `/api/assessments/${s.assessmentA}/items/1.2`, { baseVersion: 4, evidenceIds: [ev.json<{ id: string }>().id] });
    const flag = linked.json<Item>().flags.find((f) => f.code === 'evidence-after-deadline');
    expect(flag?.message.vi).toBe('Tài liệu kiểm chứng ban hành sau hạn 10/04/2027 của tiêu chí');

    // Clearing the deadline leaves the input with the reason, and points go.
    const cleared = await put(t, s.organiser, s.periodId, [{ criterionId: '1.2', deadline: null }]);
    expect(cleared.statusCode).toBe(200);
    stored = await item(t, s.editor, s.assessmentA, '1.2');
    expect(stored.points).toBeNull();
    expect(stored.errors[0]!.field).toBe('deadline');
    expect(stored.flags.map((f) => f.code)).not.toContain('evidence-after-deadline');

    const audit = (await t.inject(s.organiser, 'GET', `/api/audit?entityType=period&entityId=${s.periodId}`)).json<{ action: string; before: unknown; after: unknown }[]>();
    const entries = audit.filter((e) => e.action === 'period.deadlines');
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({ before: { deadlines: { '1.2': '2027-04-10' } }, after: { deadlines: { '1.2': null } } });
  });

  it("follows the deadline in an appraiser's date score, and refuses a change that would move a finalised unit", async () => {
    const t = getApp();
    const s = await setup(t);
    expect((await put(t, s.organiser, s.periodId, [{ criterionId: '2.1', deadline: '2027-03-31' }])).statusCode).toBe(200);
    expect((await t.inject(s.organiser, 'POST', `/api/periods/${s.periodId}/transition`, { to: 'appraisal' })).statusCode).toBe(200);
    const appraiser = await t.login('thamdinh');
    const url = (node: string) => `/api/assessments/${s.assessmentA}/appraisal/items/${node}`;
    const shown = (await t.inject(appraiser, 'GET', url('2.1'))).json<{ version: number; node: { leaf: { deadline: string; deadlineSource: string } } }>();
    expect(shown.node.leaf).toMatchObject({ deadline: '2027-03-31', deadlineSource: 'period' });
    const scored = await t.inject(appraiser, 'PUT', url('2.1'), { baseVersion: shown.version, input: { type: 'date', date: '2027-04-05' }, comment: 'Gửi chậm' });
    expect(scored.statusCode, scored.body).toBe(200);
    expect(scored.json().appraisal.points).toBe('1');

    const moved = await put(t, s.organiser, s.periodId, [{ criterionId: '2.1', deadline: '2027-04-05' }]);
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<PeriodDeadlinesSaved>().recomputed).toEqual({ self: 0, appraisal: 1 });
    const after = (await t.inject(appraiser, 'GET', url('2.1'))).json<{ version: number; appraisal: { points: string; comment: string; explanation: { vi: string } } }>();
    expect(after.appraisal).toMatchObject({ points: '2', comment: 'Gửi chậm' });
    expect(after.appraisal.explanation.vi).toContain('hạn 05/04/2027: đúng hạn');

    // Clearing it would leave the council's score unscorable: refused, nothing changed.
    const clear = await put(t, s.organiser, s.periodId, [{ criterionId: '2.1', deadline: null }]);
    expect(clear.statusCode).toBe(409);
    expect(clear.json().error.details[0]).toMatchObject({ field: 'deadlines.0.deadline' });
    expect(clear.json().error.details[0].message.vi).toContain('Tiêu chí 2.1: người thẩm định đã chấm theo ngày văn bản');

    // Appraise the rest, finalise: a change that would move the unit's points is refused.
    let version = after.version;
    for (const [node, points] of [['1.1', '2'], ['1.2', '1'], ['1.3', '2'], ['2.2', '1']] as const) {
      const v = (await t.inject(appraiser, 'GET', url(node))).json<{ version: number }>().version;
      expect((await t.inject(appraiser, 'PUT', url(node), { baseVersion: v, points })).statusCode).toBe(200);
    }
    const chair = await t.login('chutich');
    const fin = await t.inject(chair, 'POST', `/api/assessments/${s.assessmentA}/appraisal/finalise`, {});
    expect(fin.statusCode, fin.body).toBe(200);
    const blocked = await put(t, s.organiser, s.periodId, [{ criterionId: '2.1', deadline: '2027-03-20' }]);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.message.vi).toContain('kết quả thẩm định của đơn vị đã được chốt');
    version = (await t.inject(appraiser, 'GET', url('2.1'))).json<{ version: number }>().version;
    expect(version).toBe(after.version);
    const list = (await t.inject(s.organiser, 'GET', `/api/periods/${s.periodId}/deadlines`)).json<PeriodDeadlines>();
    expect(list.criteria.find((c) => c.criterionId === '2.1')!.periodDeadline).toBe('2027-04-05');
    // A deadline nobody's answer depends on still moves (1.2 was never answered).
    expect((await put(t, s.organiser, s.periodId, [{ criterionId: '1.2', deadline: '2027-03-20' }])).statusCode).toBe(200);
  });

  it('leaves points that do not come from a document date alone (an imported report)', async () => {
    const t = getApp();
    const s = await setup(t);
    // What confirming an imported report writes: the declared points as manual input.
    await t.database.db
      .updateTable('assessment_items')
      .set({ input: JSON.stringify({ type: 'manual', points: '1.5' }), self_points: 15_000, version: 1 })
      .where('assessment_id', '=', s.assessmentA)
      .where('node_id', '=', '1.2')
      .execute();
    const res = await put(t, s.organiser, s.periodId, [{ criterionId: '1.2', deadline: '2027-03-31' }]);
    expect(res.json<PeriodDeadlinesSaved>().recomputed).toEqual({ self: 0, appraisal: 0 });
    expect(await item(t, s.editor, s.assessmentA, '1.2')).toMatchObject({ points: '1.5', version: 1 });
  });

  it('refuses bad dates, dates out of range and criteria that take no period deadline, naming each; stores nothing', async () => {
    const t = getApp();
    const s = await setup(t);
    const res = await put(t, s.organiser, s.periodId, [
      { criterionId: '1.2', deadline: '31/03/2027' },
      { criterionId: '2.1', deadline: '2027-02-30' },
      { criterionId: '1.3', deadline: '2027-03-31' },
      { criterionId: '1.1', deadline: '2027-01-25' },
      { criterionId: '9.9', deadline: '2027-03-31' },
    ]);
    expect(res.statusCode).toBe(400);
    const error = res.json().error as { field: string; message: { vi: string; en: string }; details: { field: string; message: { vi: string; en: string } }[] };
    expect(error.details.map((d) => d.field)).toEqual(['deadlines.0.deadline', 'deadlines.1.deadline', 'deadlines.2.criterionId', 'deadlines.3.criterionId', 'deadlines.4.criterionId']);
    expect(error.details[0]!.message.vi).toBe('Hạn của tiêu chí 1.2 "31/03/2027" không phải là ngày hợp lệ dạng YYYY-MM-DD');
    expect(error.details[2]!.message.en).toBe('Criterion 1.3 is not scored against a deadline, so it takes none');
    expect(error.details[3]!.message.vi).toBe('Tiêu chí 1.1 đã có hạn trong bộ tiêu chí (20/01 hằng năm); hạn đó được dùng — muốn đổi thì sửa bộ tiêu chí');
    expect(error.message.vi).toContain('(và 4 lỗi khác)');
    const far = await put(t, s.organiser, s.periodId, [{ criterionId: '1.2', deadline: '2072-03-31' }]);
    expect(far.statusCode).toBe(400);
    expect(far.json().error.details[0].message.vi).toBe('Hạn của tiêu chí 1.2 (31/03/2072) nằm ngoài khoảng hợp lý của đợt, từ 01/01/2026 đến 31/12/2028');
    const list = (await t.inject(s.organiser, 'GET', `/api/periods/${s.periodId}/deadlines`)).json<PeriodDeadlines>();
    expect(list.criteria.every((c) => c.periodDeadline === null)).toBe(true);
  });

  it('lets only organisers and admins set them, and never once the period is closed', async () => {
    const t = getApp();
    const s = await setup(t);
    for (const username of ['bientap', 'lanhdao', 'thamdinh', 'chutich', 'xem']) {
      const res = await put(t, await t.login(username), s.periodId, [{ criterionId: '1.2', deadline: '2027-03-31' }]);
      expect(res.statusCode, username).toBe(403);
    }
    expect((await put(t, await t.login('admin'), s.periodId, [{ criterionId: '1.2', deadline: '2027-03-31' }])).statusCode).toBe(200);
    for (const to of ['appraisal', 'closed']) expect((await t.inject(s.organiser, 'POST', `/api/periods/${s.periodId}/transition`, { to })).statusCode).toBe(200);
    const closed = await put(t, s.organiser, s.periodId, [{ criterionId: '1.2', deadline: '2027-04-30' }]);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.message).toEqual({ vi: 'Đợt đánh giá đã kết thúc, không thể đổi hạn của tiêu chí', en: 'The period is closed; criterion deadlines can no longer change' });
    expect((await t.inject(s.organiser, 'GET', `/api/periods/${s.periodId}/deadlines`)).json<PeriodDeadlines>()).toMatchObject({ canEdit: false });
  });

  it('is kept by a backup and restored into the other database', async (ctx) => {
    const t = getApp();
    const s = await setup(t);
    expect((await put(t, s.organiser, s.periodId, [{ criterionId: '1.2', deadline: '2027-03-31', note: 'Ghi chú' }])).statusCode).toBe(200);
    const dir = mkdtempSync(join(tmpdir(), 'chiso-deadlines-backup-'));
    const other = await createTestDatabase(t.database.kind === 'sqlite' ? 'postgres' : 'sqlite');
    try {
      const file = join(dir, 'backup.jsonl.gz');
      await backup(t.database, file);
      const counts = await restore(other, file);
      expect(counts.period_deadlines, ctx.task.name).toBe(1);
      const rows = await other.db.selectFrom('period_deadlines').select(['criterion_id', 'deadline', 'note']).execute();
      expect(rows).toEqual([{ criterion_id: '1.2', deadline: '2027-03-31', note: 'Ghi chú' }]);
    } finally {
      await other.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describeEachApp(
  'demo period on the bundled criteria set',
  (getApp) => {
    it('has a date for every deadline criterion, so every item can be answered', async () => {
      const t = getApp();
      const organiser = await t.login('noivu');
      const periods = (await t.inject(organiser, 'GET', '/api/periods')).json<{ id: string; selfAssessmentDeadline: string; year: number }[]>();
      const demo = periods[0]!;
      const list = (await t.inject(organiser, 'GET', `/api/periods/${demo.id}/deadlines`)).json<PeriodDeadlines>();
      expect(list.criteria.length).toBe(10);
      expect(list.criteria.filter((c) => c.effective === null)).toEqual([]);
      const byId = new Map(list.criteria.map((c) => [c.criterionId, c]));
      expect(byId.get('II.4.3')).toMatchObject({ periodDeadline: `${demo.year - 1}-12-15`, source: 'period' });
      expect(byId.get('II.4.3')!.note).toContain('90/2020/NĐ-CP');
      expect(byId.get('III.#1')).toMatchObject({ code: 'III', periodDeadline: demo.selfAssessmentDeadline });
      expect(byId.get('I.1.1')).toMatchObject({ source: 'document', documentDeadline: '01-20', periodDeadline: null });

      const editor = await t.login('bientap');
      const unitId = (await t.inject(editor, 'GET', '/api/session')).json<{ user: { unitId: string } }>().user.unitId;
      const view = (await t.inject(editor, 'GET', `/api/periods/${demo.id}/units/${unitId}/assessment`)).json<AssessmentView>();
      const saved = await t.inject(editor, 'PUT', `/api/assessments/${view.assessment.id}/items/II.1.1.2`, { baseVersion: 0, input: { type: 'date', date: `${demo.year}-06-30` } });
      expect(saved.json<Item>()).toMatchObject({ points: '2', errors: [] });
    });
  },
  { CHISO_FRAMEWORKS_DIR: join(process.cwd(), 'frameworks') },
);
