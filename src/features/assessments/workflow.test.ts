import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeEachApp, type TestApp } from '../../../test/support/app';
import type { AssessmentHeader, AssessmentView, ChecklistEntry, PeriodAssessmentRow } from '../../shared/api/assessments';
import { openDemo, save, type Demo } from './testing';

async function answerAll(t: TestApp, d: Demo): Promise<void> {
  const view = (await t.inject(d.editor, 'GET', `/api/assessments/${d.assessmentId}`)).json<AssessmentView>();
  const v = (id: string) => view.items.find((i) => i.nodeId === id)!.version;
  await save(t, d.editor, d.assessmentId, '1.1', { baseVersion: v('1.1'), input: { type: 'yes-no', value: true }, note: 'Đã ban hành kế hoạch đúng hạn' });
  await save(t, d.editor, d.assessmentId, '1.2', { baseVersion: v('1.2'), input: { type: 'ratio', numerator: 9, denominator: 10 }, note: 'Hoàn thành 9/10 nhiệm vụ' });
  await save(t, d.editor, d.assessmentId, '2.1', { baseVersion: v('2.1'), input: { type: 'manual', points: '3.5' }, note: 'Tự chấm theo kết quả rà soát' });
}

const post = (t: TestApp, s: Demo['editor'], url: string, body: unknown = {}) => t.inject(s, 'POST', url, body);

describeEachApp('self-assessment workflow', (getApp) => {
  it('editor → leader → returned → submitted (checklist) → locked → withdrawn → resubmitted', async () => {
    const t = getApp();
    const d = await openDemo(t);
    const base = `/api/assessments/${d.assessmentId}`;
    await save(t, d.editor, d.assessmentId, '1.1', { baseVersion: 0, input: { type: 'yes-no', value: true } });

    const review = await post(t, d.editor, `${base}/send-for-review`);
    expect(review.json<AssessmentHeader>().status).toBe('in-review');
    expect((await save(t, d.editor, d.assessmentId, '1.2', { baseVersion: 0, input: { type: 'ratio', numerator: 1, denominator: 2 } })).statusCode).toBe(409);
    expect((await post(t, d.editor, `${base}/return`, { comment: 'x' })).statusCode).toBe(403);
    const returned = await post(t, d.leader, `${base}/return`, { comment: 'Bổ sung tài liệu cho tiêu chí 1.2' });
    expect(returned.json<AssessmentHeader>()).toMatchObject({ status: 'returned' });
    expect(returned.json<AssessmentHeader>().comments.at(-1)).toMatchObject({ kind: 'return', text: 'Bổ sung tài liệu cho tiêu chí 1.2', username: 'lanhdao' });
    const inbox = (await t.inject(d.editor, 'GET', '/api/notifications?unread=true')).json<{ id: string; message: { vi: string } }[]>();
    expect(inbox[0]!.message.vi).toContain('Bổ sung tài liệu cho tiêu chí 1.2');
    expect((await post(t, d.editor, `/api/notifications/${inbox[0]!.id}/read`)).statusCode).toBe(204);

    const early = await post(t, d.leader, `${base}/submit`);
    expect(early.statusCode).toBe(409);
    expect(early.json<{ error: { details: { field: string }[] } }>().error.details.map((x) => x.field)).toContain('unanswered');
    await answerAll(t, d);
    const checklist = (await t.inject(d.leader, 'GET', `${base}/checklist`)).json<ChecklistEntry[]>();
    expect(checklist.filter((c) => !c.ok).map((c) => c.code)).toEqual([]);
    expect((await post(t, d.editor, `${base}/submit`)).statusCode).toBe(403);
    const submitted = await post(t, d.leader, `${base}/submit`);
    expect(submitted.json<AssessmentHeader>()).toMatchObject({ status: 'submitted', canEdit: false, canWithdraw: true });
    expect(submitted.json<AssessmentHeader>().submittedAt).not.toBeNull();
    expect((await save(t, d.editor, d.assessmentId, '1.1', { baseVersion: 2, note: 'sửa sau khi nộp' })).statusCode).toBe(409);
    expect((await t.inject(d.editor, 'POST', `${base}/evidence`, { kind: 'link', url: 'https://a.vn' })).statusCode).toBe(409);

    const withdrawn = await post(t, d.leader, `${base}/withdraw`);
    expect(withdrawn.json<AssessmentHeader>()).toMatchObject({ status: 'withdrawn', submittedAt: null });
    expect((await save(t, d.editor, d.assessmentId, '1.1', { baseVersion: 2, note: 'Sửa sau khi rút lại' })).statusCode).toBe(200);
    expect((await post(t, d.leader, `${base}/submit`)).json<AssessmentHeader>().status).toBe('submitted');
    const audit = (await t.inject(d.organiser, 'GET', `/api/audit?entityType=assessment&entityId=${d.assessmentId}`)).json<{ action: string }[]>();
    expect(audit.map((a) => a.action)).toEqual(['assessment.submit', 'assessment.withdraw', 'assessment.submit', 'assessment.return', 'assessment.send-for-review']);
  });

  it('warnings block until the leader confirms them', async () => {
    const t = getApp();
    const d = await openDemo(t);
    await answerAll(t, d);
    await save(t, d.editor, d.assessmentId, '2.1', { baseVersion: 1, flagged: true });
    const blocked = await post(t, d.leader, `/api/assessments/${d.assessmentId}/submit`);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.details).toEqual([{ field: 'flagged', message: expect.objectContaining({ vi: expect.stringContaining('2.1') }) }]);
    // One criterion: English says so ("1 criteria are" read wrong on the checklist).
    expect(blocked.json().error.details[0].message.en).toBe('1 criterion is marked for review: 2.1');
    const confirmed = await post(t, d.leader, `/api/assessments/${d.assessmentId}/submit`, { confirm: true });
    expect(confirmed.json<AssessmentHeader>().status).toBe('submitted');
  });

  it('after the deadline only the organiser can reopen, and the reason is recorded', async () => {
    const t = getApp();
    const d = await openDemo(t);
    await answerAll(t, d);
    await post(t, d.leader, `/api/assessments/${d.assessmentId}/submit`);
    const header = (await t.inject(d.leader, 'GET', `/api/assessments/${d.assessmentId}`)).json<AssessmentView>().assessment;
    t.services.assessments.loader.today = () => '2999-01-01';
    const late = await post(t, d.leader, `/api/assessments/${d.assessmentId}/withdraw`);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message.vi).toContain('quá hạn');
    expect((await post(t, d.leader, `/api/assessments/${d.assessmentId}/reopen`, { reason: 'x' })).statusCode).toBe(403);
    expect((await post(t, d.organiser, `/api/assessments/${d.assessmentId}/reopen`, {})).statusCode).toBe(400);
    const reopened = await post(t, d.organiser, `/api/assessments/${d.assessmentId}/reopen`, { reason: 'Đơn vị đề nghị bổ sung tài liệu kiểm chứng (Công văn 45/SNV)' });
    expect(reopened.json<AssessmentHeader>()).toMatchObject({ status: 'in-progress', overdue: true });
    expect(reopened.json<AssessmentHeader>().comments.at(-1)).toMatchObject({ kind: 'reopen', username: 'noivu', text: 'Đơn vị đề nghị bổ sung tài liệu kiểm chứng (Công văn 45/SNV)' });
    expect(header.deadline < '2999-01-01').toBe(true);
    const audit = (await t.inject(d.organiser, 'GET', `/api/audit?entityType=assessment&entityId=${d.assessmentId}`)).json<{ action: string; after: { text?: string } }[]>();
    expect(audit[0]).toMatchObject({ action: 'assessment.reopen', after: { status: 'in-progress', text: 'Đơn vị đề nghị bổ sung tài liệu kiểm chứng (Công văn 45/SNV)' } });
  });

  it('the organiser sees every unit’s state and reminds the late ones', async () => {
    const t = getApp();
    const d = await openDemo(t);
    await answerAll(t, d);
    await post(t, d.leader, `/api/assessments/${d.assessmentId}/submit`);
    const rows = (await t.inject(d.organiser, 'GET', `/api/periods/${d.periodId}/assessments`)).json<PeriodAssessmentRow[]>();
    const mine = rows.find((r) => r.unitId === d.unitId)!;
    expect(mine).toMatchObject({ status: 'submitted', answered: 3, leaves: 3, selfTotal: '9.1', index: '91.00' });
    expect(rows.filter((r) => r.status === 'not-started').length).toBe(rows.length - 1);
    const editorRows = (await t.inject(d.editor, 'GET', `/api/periods/${d.periodId}/assessments`)).json<PeriodAssessmentRow[]>();
    expect(editorRows.map((r) => r.unitId)).toEqual([d.unitId]);
    const late = rows.filter((r) => r.status !== 'submitted').map((r) => r.unitId);
    const reminded = await post(t, d.organiser, `/api/periods/${d.periodId}/reminders`, { unitIds: [...late, d.unitId] });
    // Without SMTP: in-app only, as before (e-mail paths: src/features/mail/reminders.test.ts).
    expect(reminded.json()).toEqual({ sent: expect.any(Number), emailed: 0, units: late.length, emailConfigured: false, emailFailed: 0, noAddress: 0, emailPending: 0 });
    // Submitted units are not reminded: the demo unit's editor gets nothing new.
    const inbox = (await t.inject(d.editor, 'GET', '/api/notifications')).json<{ kind: string }[]>();
    expect(inbox.some((n) => n.kind === 'assessment.reminder')).toBe(false);
    expect((await post(t, d.editor, `/api/periods/${d.periodId}/reminders`, { unitIds: late })).statusCode).toBe(403);
    const after = (await t.inject(d.organiser, 'GET', `/api/periods/${d.periodId}/assessments`)).json<PeriodAssessmentRow[]>();
    expect(after.filter((r) => r.lastRemindedAt !== null).length).toBe(late.length);
  });

  it('home pages count what is left to do', async () => {
    const t = getApp();
    const d = await openDemo(t);
    await save(t, d.editor, d.assessmentId, '1.1', { baseVersion: 0, input: { type: 'yes-no', value: true } });
    const editorHome = (await t.inject(d.editor, 'GET', '/api/home')).json<{ tasks: { id: string; message: { vi: string } }[] }>();
    expect(editorHome.tasks.map((x) => x.message.vi)).toContain('2 tiêu chí chưa chấm điểm');
    await answerAll(t, d);
    await post(t, d.leader, `/api/assessments/${d.assessmentId}/submit`);
    const units = (await t.inject(d.organiser, 'GET', `/api/periods/${d.periodId}`)).json<{ unitIds: string[]; name: string }>();
    const organiserHome = (await t.inject(d.organiser, 'GET', '/api/home')).json<{ tasks: { message: { vi: string } }[] }>();
    expect(organiserHome.tasks.map((x) => x.message.vi), JSON.stringify(organiserHome)).toContain(`${units.unitIds.length - 1} đơn vị chưa nộp báo cáo tự đánh giá (${units.name})`);
  });

  it('produces the report .docx with the total, the table .xlsx and both PDFs', async () => {
    const t = getApp();
    const d = await openDemo(t);
    await answerAll(t, d);
    const ev = await t.inject(d.editor, 'POST', `/api/assessments/${d.assessmentId}/evidence`, { kind: 'citation', text: 'Kế hoạch số 85/KH-STP ngày 21/01/2026 của Sở Tư pháp về CCHC năm 2026' });
    await save(t, d.editor, d.assessmentId, '1.1', { baseVersion: 1, evidenceIds: [ev.json<{ id: string }>().id] });
    const docx = await t.inject(d.editor, 'GET', `/api/assessments/${d.assessmentId}/documents/report.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.headers['content-disposition']).toMatch(/attachment; filename="tu-danh-gia-.*-report\.docx"/);
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('9,1');
    expect(text).toContain('Kế hoạch số 85/KH-STP ngày 21/01/2026');
    expect(text).toContain('Hoàn thành 9/10 nhiệm vụ');
    // Without the dialog's answers: no superior line, the place left for the clerk, the demo
    // organiser's unit (Sở Nội vụ) as recipient, the leader's name without a role in brackets.
    expect(text).toContain('…, ngày');
    expect(text).toContain('Sở Nội vụ (để tổng hợp);');
    expect(text).toContain('Lưu: VT.');
    expect(text).toContain('Lê Minh Tuấn');
    expect(text).not.toContain('(Lãnh đạo đơn vị)');
    expect(text).toContain('GIÁM ĐỐC'); // the head of a Sở (demo unit Sở Tư pháp)
    const q = new URLSearchParams({ superiorBody: 'UBND huyện Quảng Điền', place: 'Quảng Điền', number: '12', signerName: 'Trần Thị Lan', signerPosition: 'Trưởng phòng' });
    const filled = await t.inject(d.editor, 'GET', `/api/assessments/${d.assessmentId}/documents/report.docx?${q}`);
    expect(filled.statusCode, filled.body).toBe(200);
    const filledText = (await (await JSZip.loadAsync(filled.rawPayload)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(filledText).toContain('UBND HUYỆN QUẢNG ĐIỀN');
    expect(filledText.indexOf('UBND HUYỆN QUẢNG ĐIỀN')).toBeLessThan(filledText.indexOf('SỞ TƯ PHÁP'));
    expect(filledText).toContain('Quảng Điền, ngày');
    expect(filledText).toContain('Số: 12/BC-');
    expect(filledText).toContain('Trần Thị Lan');
    expect(filledText).toContain('Lưu: VT.');
    const tooLong = await t.inject(d.editor, 'GET', `/api/assessments/${d.assessmentId}/documents/report.docx?superiorBody=${'x'.repeat(151)}`);
    expect(tooLong.statusCode).toBe(400);
    const xlsx = await t.inject(d.editor, 'GET', `/api/assessments/${d.assessmentId}/documents/table.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    book.worksheets[0]!.eachRow((row) => row.eachCell((c) => cells.push(String(c.text))));
    expect(cells.some((c) => c.includes('Kiểm tra, rà soát văn bản quy phạm pháp luật'))).toBe(true);
    for (const name of ['report.pdf', 'table.pdf']) {
      const pdf = await t.inject(d.editor, 'GET', `/api/assessments/${d.assessmentId}/documents/${name}`);
      expect(pdf.statusCode, name).toBe(200);
      expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    const viewer = await t.login('xem');
    expect((await t.inject(viewer, 'GET', `/api/assessments/${d.assessmentId}/documents/report.docx`)).statusCode).toBe(403);
  });

  it("names the period's year in the report when the period reuses an earlier year's criteria set", async () => {
    const t = getApp();
    const d = await openDemo(t);
    // The test set is written for 2026; next year's period reuses it unchanged.
    const current = (await t.inject(d.organiser, 'GET', `/api/periods/${d.periodId}`)).json<{ unitType: string; frameworkId: string }>();
    const created = await t.inject(d.organiser, 'POST', '/api/periods', {
      name: 'Đánh giá Chỉ số CCHC năm 2027',
      kind: 'yearly',
      year: 2027,
      unitType: current.unitType,
      frameworkId: current.frameworkId,
      dataStart: '2027-01-01',
      dataEnd: '2027-10-15',
      selfAssessmentDeadline: '2027-11-30',
      appraisalStart: '2027-12-01',
      appraisalEnd: '2027-12-31',
      unitIds: [d.unitId],
    });
    expect(created.statusCode, created.body).toBe(201);
    const next = created.json<{ id: string }>().id;
    expect((await t.inject(d.organiser, 'POST', `/api/periods/${next}/transition`, { to: 'open' })).statusCode).toBe(200);
    const view = await t.inject(d.editor, 'GET', `/api/periods/${next}/units/${d.unitId}/assessment`);
    const assessmentId = view.json<{ assessment: { id: string } }>().assessment.id;
    const docx = await t.inject(d.editor, 'GET', `/api/assessments/${assessmentId}/documents/report.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-disposition']).toContain('-2027-report.docx');
    const text = (await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
    expect(text).toContain('Chỉ số cải cách hành chính năm 2027');
    expect(text).not.toContain('hành chính năm 2026');
  });

  it('leaves the self-score cell of a not-applicable item empty when the set removes it from the maximum', async () => {
    const t = getApp();
    const d = await openDemo(t);
    await answerAll(t, d);
    const view = (await t.inject(d.editor, 'GET', `/api/assessments/${d.assessmentId}`)).json<AssessmentView>();
    const version = view.items.find((i) => i.nodeId === '1.1')!.version;
    const na = await save(t, d.editor, d.assessmentId, '1.1', { baseVersion: version, na: { reason: 'Năm nay không phát sinh nhiệm vụ' } });
    expect(na.statusCode, na.body).toBe(200);
    const xlsx = await t.inject(d.editor, 'GET', `/api/assessments/${d.assessmentId}/documents/table.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    let row: ExcelJS.Row | undefined;
    book.worksheets[0]!.eachRow((r) => {
      if (r.getCell(1).text === '1.1') row = r;
    });
    expect(row, '1.1 row').toBeDefined();
    expect(row!.getCell(3).text).toBe('2');
    expect(row!.getCell(4).text).toBe('');
    expect(row!.getCell(6).text).toContain('Không phát sinh: Năm nay không phát sinh nhiệm vụ');
  });
});
