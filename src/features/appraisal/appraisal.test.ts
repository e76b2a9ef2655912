import { expect, it } from 'vitest';
import { describeEachApp } from '../../../test/support/app';
import { postFile } from '../../../test/support/upload';
import { cyclePeriod } from './test-fixture';

describeEachApp('appraisal', (getApp) => {
  it('refuses an appraisal above the max, off the step, with bad rubric input or both kinds, naming the field', async () => {
    const t = getApp();
    const c = await cyclePeriod(t);
    const appraiser = await t.login('thamdinh');
    const url = `/api/assessments/${c.assessmentA}/appraisal/items/2.1`;
    const item = (await t.inject(appraiser, 'GET', url)).json<{ version: number; self: { points: string }; node: { step: string }; canScore: boolean }>();
    expect(item.self.points).toBe('3.5');
    expect(item.node.step).toBe('0.25');
    expect(item.canScore).toBe(true);
    const above = await t.inject(appraiser, 'PUT', url, { baseVersion: item.version, points: '4.25' });
    expect(above.statusCode).toBe(400);
    expect(above.json().error.field).toBe('points');
    expect(above.json().error.message.vi).toContain('ngoài khoảng');
    const offStep = await t.inject(appraiser, 'PUT', url, { baseVersion: item.version, points: '3,3' });
    expect(offStep.statusCode).toBe(400);
    expect(offStep.json().error.message.en).toContain('multiple of the step');
    const ratio = await t.inject(appraiser, 'PUT', `/api/assessments/${c.assessmentA}/appraisal/items/1.2`, { baseVersion: 1, input: { type: 'ratio', numerator: 3, denominator: 0 } });
    expect(ratio.statusCode).toBe(400);
    expect(ratio.json().error.field).toMatch(/^input/);
    const both = await t.inject(appraiser, 'PUT', url, { baseVersion: item.version, points: '3', input: { type: 'manual', points: '3' } });
    expect(both.statusCode).toBe(400);
    // Nothing was stored.
    expect((await t.inject(appraiser, 'GET', url)).json().appraisal).toBeNull();
    const ok = await t.inject(appraiser, 'PUT', url, { baseVersion: item.version, points: '3,25', comment: 'Thiếu 1 văn bản' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ appraisal: { points: '3.25', comment: 'Thiếu 1 văn bản', appraisedBy: 'thamdinh' }, state: 'appraised', version: item.version + 1 });
    // History (newest first) keeps points as decimal strings (never the stored 10 000ths), and accepting the
    // self scores in bulk writes an entry for each item it changes.
    type History = { history: { version: number; before: unknown; after: unknown }[]; version: number; self: { points: string } };
    expect(ok.json<History>().history[0]).toMatchObject({ version: item.version + 1, before: { appraisal: { points: null } }, after: { appraisal: { points: '3.25', comment: 'Thiếu 1 văn bản' } } });
    expect((await t.inject(appraiser, 'POST', `/api/assessments/${c.assessmentA}/appraisal/accept-self`, {})).json()).toEqual({ accepted: 2 });
    const accepted = (await t.inject(appraiser, 'GET', `/api/assessments/${c.assessmentA}/appraisal/items/1.1`)).json<History>();
    expect(accepted.history[0]).toMatchObject({ version: accepted.version, after: { appraisal: { points: accepted.self.points, input: { type: 'yes-no', value: true } } } });
  });

  it('two appraisers on the same item: the second gets 409 with both versions, nothing overwritten', async () => {
    const t = getApp();
    const c = await cyclePeriod(t);
    const admin = await t.login('admin');
    const made = await t.inject(admin, 'POST', '/api/users', { username: 'thamdinh2', displayName: 'Thẩm định 2', role: 'appraiser', password: 'mat-khau-dai-123', scopes: { fields: ['1', '2'], unitIds: [c.unitA, c.unitB] } });
    expect(made.statusCode, made.body).toBe(201);
    const a1 = await t.login('thamdinh');
    const a2 = await t.login('thamdinh2', 'mat-khau-dai-123');
    const url = `/api/assessments/${c.assessmentA}/appraisal/items/1.1`;
    const v = (await t.inject(a1, 'GET', url)).json<{ version: number }>().version;
    const first = await t.inject(a1, 'PUT', url, { baseVersion: v, input: { type: 'yes-no', value: false } });
    expect(first.statusCode).toBe(200);
    const second = await t.inject(a2, 'PUT', url, { baseVersion: v, input: { type: 'yes-no', value: true }, comment: 'Đạt' });
    expect(second.statusCode).toBe(409);
    const body = second.json();
    expect(body.error.code).toBe('conflict');
    expect(body.error.details.mine).toMatchObject({ input: { value: true }, comment: 'Đạt' });
    expect(body.error.details.theirs).toMatchObject({ appraisal: { points: '0', appraisedBy: 'thamdinh' }, version: v + 1 });
    expect((await t.inject(a2, 'GET', url)).json().appraisal.points).toBe('0');
  });

  it('scopes: fields × units for appraisers (period assignment first), units only answer their own returns', async () => {
    const t = getApp();
    const c = await cyclePeriod(t);
    type View = { assignments: { userId: string; username: string; fields: string[]; unitIds: string[]; source: string }[]; fields: { id: string }[] };
    const users = (await t.inject(c.organiser, 'GET', `/api/periods/${c.periodId}/appraisal/assignments`)).json<View>();
    expect(users.fields.map((f) => f.id)).toEqual(['1', '2']);
    // Nothing saved for the period yet: the matrix shows the account's scopes, which the queue uses.
    const before = users.assignments.find((a) => a.username === 'thamdinh')!;
    expect(before).toMatchObject({ source: 'account', fields: ['1', '2'] });
    expect(before.unitIds.sort()).toEqual([c.unitA, c.unitB].sort());
    const appraiserId = users.assignments.find((a) => a.username === 'thamdinh')!.userId;
    const badField = await t.inject(c.organiser, 'PUT', `/api/periods/${c.periodId}/appraisal/assignments/${appraiserId}`, { fields: ['1', '9'], unitIds: [c.unitA] });
    expect(badField.statusCode).toBe(400);
    expect(badField.json().error.field).toBe('fields.1');
    const put = await t.inject(c.organiser, 'PUT', `/api/periods/${c.periodId}/appraisal/assignments/${appraiserId}`, { fields: ['1'], unitIds: [c.unitA] });
    expect(put.statusCode, put.body).toBe(200);
    const after = (await t.inject(c.organiser, 'GET', `/api/periods/${c.periodId}/appraisal/assignments`)).json<View>().assignments.find((a) => a.username === 'thamdinh');
    expect(after).toMatchObject({ source: 'period', fields: ['1'], unitIds: [c.unitA] });
    const appraiser = await t.login('thamdinh');
    expect((await t.inject(appraiser, 'PUT', `/api/periods/${c.periodId}/appraisal/assignments/${appraiserId}`, { fields: ['2'], unitIds: [] })).statusCode).toBe(403);
    const queue = (await t.inject(appraiser, 'GET', `/api/periods/${c.periodId}/appraisal/queue`)).json<{ counts: { total: number; 'to-appraise': number }; items: { nodeId: string; unitId: string }[] }>();
    expect(queue.items.map((i) => `${i.unitId === c.unitA ? 'A' : 'B'}:${i.nodeId}`)).toEqual(['A:1.1', 'A:1.2']);
    expect(queue.counts).toMatchObject({ total: 2, 'to-appraise': 2 });
    const outOfField = await t.inject(appraiser, 'PUT', `/api/assessments/${c.assessmentA}/appraisal/items/2.1`, { baseVersion: 1, points: '3' });
    expect(outOfField.statusCode).toBe(403);
    const summaryB = await t.inject(appraiser, 'GET', `/api/periods/${c.periodId}/units/${c.unitB}/appraisal`);
    expect(summaryB.statusCode).toBe(403);
    const editor = await t.login('bientap');
    expect((await t.inject(editor, 'PUT', `/api/assessments/${c.assessmentA}/appraisal/items/1.1`, { baseVersion: 1, points: '2' })).statusCode).toBe(403);
    // A return on unit A cannot be answered by another unit's users.
    const ret = await t.inject(appraiser, 'POST', `/api/assessments/${c.assessmentA}/appraisal/items/1.1/return`, { message: 'Bổ sung kế hoạch', dueDate: '2099-01-10' });
    expect(ret.statusCode, ret.body).toBe(201);
    const admin = await t.login('admin');
    await t.inject(admin, 'POST', '/api/users', { username: 'bientap2', displayName: 'Biên tập B', role: 'unit-editor', unitId: c.unitB, password: 'mat-khau-dai-123' });
    const otherEditor = await t.login('bientap2', 'mat-khau-dai-123');
    expect((await t.inject(otherEditor, 'POST', `/api/appraisal/rounds/${ret.json().id}/answer`, { text: 'Không phải của tôi' })).statusCode).toBe(403);
    expect((await t.inject(otherEditor, 'GET', `/api/assessments/${c.assessmentA}/appraisal/returns`)).statusCode).toBe(403);
  });
});

describeEachApp('appraisal: evidence preview and rounds', (getApp) => {
  it('shows the unit’s evidence with an in-page preview URL; every round is kept', async () => {
    const t = getApp();
    const c = await cyclePeriod(t, { submit: false, appraisal: false });
    const editor = await t.login('bientap');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const up = await postFile(t, editor, `/api/assessments/${c.assessmentA}/evidence`, { filename: 'ke-hoach.pdf', content: pdf, type: 'application/pdf' });
    expect(up.statusCode, up.body).toBe(201);
    const evidenceId = up.json<{ id: string }>().id;
    const v = (await t.inject(editor, 'GET', `/api/assessments/${c.assessmentA}`)).json<{ items: { nodeId: string; version: number }[] }>().items.find((i) => i.nodeId === '1.1')!.version;
    expect((await t.inject(editor, 'PUT', `/api/assessments/${c.assessmentA}/items/1.1`, { baseVersion: v, evidenceIds: [evidenceId] })).statusCode).toBe(200);
    expect((await t.inject(await t.login('lanhdao'), 'POST', `/api/assessments/${c.assessmentA}/submit`, { confirm: true })).statusCode).toBe(200);
    expect((await t.inject(c.organiser, 'POST', `/api/periods/${c.periodId}/transition`, { to: 'appraisal' })).statusCode).toBe(200);

    const appraiser = await t.login('thamdinh');
    const url = `/api/assessments/${c.assessmentA}/appraisal/items/1.1`;
    const item = (await t.inject(appraiser, 'GET', url)).json<{ evidence: { id: string; fileUrl: string; previewable: boolean }[]; self: { note: string } }>();
    expect(item.self.note).toBe('Giải trình 1.1');
    expect(item.evidence).toMatchObject([{ id: evidenceId, fileUrl: `/api/evidence/${evidenceId}/file`, previewable: true }]);
    const inline = await t.inject(appraiser, 'GET', `${item.evidence[0]!.fileUrl}?inline=1`);
    expect(inline.statusCode).toBe(200);
    expect(inline.headers['content-disposition']).toMatch(/^inline/);

    // Two rounds: returned, answered, returned again, answered; both kept in order.
    for (const n of [1, 2]) {
      const r = await t.inject(appraiser, 'POST', `${url}/return`, { message: `Yêu cầu ${n}`, dueDate: '2099-01-01' });
      expect(r.statusCode, r.body).toBe(201);
      expect((await t.inject(appraiser, 'POST', `${url}/return`, { message: 'lần nữa', dueDate: '2099-01-01' })).statusCode).toBe(409);
      // While a return is open the unit may add new evidence (not otherwise during appraisal).
      const link = await t.inject(editor, 'POST', `/api/assessments/${c.assessmentA}/evidence`, { kind: 'link', url: `https://congbao.example.vn/van-ban-${n}` });
      expect(link.statusCode, link.body).toBe(201);
      const ids = [evidenceId, link.json<{ id: string }>().id];
      expect((await t.inject(editor, 'POST', `/api/appraisal/rounds/${r.json<{ id: string }>().id}/answer`, { text: `Trả lời ${n}`, evidenceIds: ids })).statusCode).toBe(200);
      expect((await t.inject(editor, 'POST', `/api/assessments/${c.assessmentA}/evidence`, { kind: 'link', url: 'https://congbao.example.vn/muon' })).statusCode).toBe(409);
      const now = (await t.inject(appraiser, 'GET', url)).json<{ version: number; state: string }>();
      expect(now.state).toBe('answered');
      expect((await t.inject(appraiser, 'PUT', url, { baseVersion: now.version, input: { type: 'yes-no', value: n === 2 } })).statusCode).toBe(200);
    }
    const after = (await t.inject(appraiser, 'GET', url)).json<{ rounds: { number: number; status: string; answer: string }[]; state: string }>();
    expect(after.rounds.map((r) => [r.number, r.status, r.answer])).toEqual([[2, 'closed', 'Trả lời 2'], [1, 'closed', 'Trả lời 1']]);
    expect(after.state).toBe('appraised');
    const notes = (await t.inject(editor, 'GET', '/api/notifications')).json<{ kind: string; message: { vi: string; en: string }; link: string }[]>();
    const returns = notes.filter((x) => x.kind === 'appraisal.return');
    expect(returns).toHaveLength(2);
    // The due date as people write it, and a link that opens the unit's returns page.
    expect(returns[0]!.message.vi).toBe('Tiêu chí 1.1 cần giải trình, bổ sung trước ngày 01/01/2099');
    expect(returns[0]!.link).toBe(`/periods/${c.periodId}/units/${c.unitA}/returns`);
    const answered = (await t.inject(appraiser, 'GET', '/api/notifications')).json<{ kind: string; link: string }[]>().filter((x) => x.kind === 'appraisal.answer');
    expect(answered.map((x) => x.link)).toEqual([1, 2].map(() => `/periods/${c.periodId}/appraisal/items/${c.assessmentA}/1.1`));
  });
});
