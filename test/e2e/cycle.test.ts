// The whole yearly cycle in a real browser against the real server: the unit self-assesses (the
// editor answers, the leader submits) → the appraiser asks for an explanation → the unit answers
// → the appraiser appraises (a score above the max is refused) → publishing is refused while the
// unit is not finalised → the council chair finalises → the organiser publishes → the public page
// (no login) shows the ranking → the unit fills its remediation plan and exports it (.xlsx read
// back). Most items are answered and appraised over HTTP; the steps a person takes are clicked.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { docxRawText } from '../../src/export/testing/read';
import { screenshot } from './support/browser';
import { browserSession } from './support/session';
import { answerAll, appraiseQueue, call } from './cycle-seed';
import type { ApiSession } from './cycle-seed';
import { AppraisalItemPage, AppraisalQueuePage, ReturnsPage } from './pages/appraisal-page';
import { AssessmentPage } from './pages/assessment-page';
import { CouncilUnitPage } from './pages/council-page';
import { PublicResultsPage, ResultsPage } from './pages/results-page';
import { RemediationPage } from './pages/remediation-page';

const CODE = '1.2';
// One person at a time: each login closes the earlier browser.
const session = browserSession();
let organiser: ApiSession;
let periodId = '';
let unitId = '';
let unitName = '';
let assessmentId = '';

/** Visible text of the page: Vietnamese with diacritics, numbers with a decimal comma. */
async function text(page: Page): Promise<string> {
  return page.locator('body').innerText();
}

function expectVietnameseNumbers(body: string): void {
  // No English-style decimals such as "93.00" or "0.75" anywhere on a Vietnamese screen.
  expect(body).not.toMatch(/\b\d{1,3}\.\d{2}\b(?!\.)/);
}

beforeAll(async () => {
  organiser = await session.apiLogin('noivu');
  const editor = await session.apiLogin('bientap');
  unitId = editor.user.unitId ?? '';
  unitName = editor.user.unitName ?? '';
  const periods = await call<{ id: string; status: string }[]>(organiser, 'GET', '/periods');
  periodId = periods.find((p) => p.status === 'open')?.id ?? '';
  // One unit takes part, so publishing waits only for it.
  await call(organiser, 'PATCH', `/periods/${periodId}`, { unitIds: [unitId] });
}, 240_000);

describe('the yearly cycle in the browser', () => {
  it('the editor answers and the leader submits the self-assessment', async () => {
    const editorApi = await session.apiLogin('bientap');
    const view = await answerAll(editorApi, periodId, unitId, new Set([CODE]));
    assessmentId = view.assessment.id;
    const editor = await session.loginAs('bientap');
    const form = new AssessmentPage(editor);
    await form.open(periodId, unitId);
    const item = form.item(CODE);
    await form.chooseLevel(item, 0);
    await form.note(item, 'Kế hoạch cải cách hành chính năm 2026 xác định đầy đủ nhiệm vụ.');
    await form.waitSaved(item);
    await screenshot(editor, 'cycle-01-self-assessment');
    const checklist = await call<{ ok: boolean; severity: string; code: string; message: { en: string }; nodeIds: string[] }[]>(editorApi, 'GET', `/assessments/${assessmentId}/checklist`);
    const bad = checklist.filter((c) => !c.ok && c.severity === 'error');
    const again = await call<{ items: { nodeId: string; input: unknown; errors: { en: string }[] }[] }>(editorApi, 'GET', `/periods/${periodId}/units/${unitId}/assessment`);
    const why = again.items.filter((i) => i.errors.length > 0).map((i) => `${i.nodeId} ${JSON.stringify(i.input)}: ${i.errors.map((e) => e.en).join('; ')}`);
    expect(bad.map((c) => `${c.code}: ${c.message.en}`).concat(bad.length ? why : [])).toEqual([]);

    await expect.poll(() => form.answered.innerText()).toMatch(/^Đã chấm/);
    const leader = await session.loginAs('lanhdao');
    const lf = new AssessmentPage(leader);
    await lf.open(periodId, unitId);
    await lf.button('wf-submit').click();
    await leader.locator('#wf-submit-confirm').click();
    await lf.waitStatus('submitted');
    await screenshot(leader, 'cycle-02-submitted');
  });

  it('the organiser assigns the appraiser to every field of the unit', async () => {
    await call(organiser, 'POST', `/periods/${periodId}/transition`, { to: 'appraisal' });
    const page = await session.loginAs('noivu');
    await page.goto(`/#/periods/${periodId}/appraisal/assignments`);
    const row = page.locator('[data-testid="assignment-row"][data-username="thamdinh"]');
    await row.waitFor();
    const boxes = row.locator('input.ant-checkbox-input');
    const n = await boxes.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) if (!(await boxes.nth(i).isChecked())) await boxes.nth(i).check();
    await row.getByTestId('assign-all-units').click();
    await row.getByTestId('assign-save').click();
    await row.locator('[data-testid="assign-save"][disabled]').waitFor();
    // After the server's answer every field is still ticked (what was saved is what is shown).
    for (let i = 0; i < n; i++) expect(await boxes.nth(i).isChecked()).toBe(true);
    const body = await text(page);
    expect(body).toContain('Phân công thẩm định');
    await screenshot(page, 'cycle-03-assignments');
  });

  it('the appraiser opens the item, sees the evidence and history, and asks for an explanation', async () => {
    const page = await session.loginAs('thamdinh');
    const queue = new AppraisalQueuePage(page);
    await queue.open(periodId);
    await screenshot(page, 'cycle-04-queue');
    await queue.row(CODE).focus();
    await page.keyboard.press('Enter');
    const item = new AppraisalItemPage(page);
    await item.waitLoaded();
    expect(await page.getByTestId('self-note').innerText()).toContain('xác định đầy đủ nhiệm vụ');
    await item.askExplanation('Đề nghị bổ sung Kế hoạch CCHC năm 2026 đã ban hành và giải trình tiến độ.');
    await expect.poll(() => item.state()).toBe('returned');
    const body = await text(page);
    for (const label of ['Đơn vị tự đánh giá', 'Tài liệu kiểm chứng', 'Điểm thẩm định', 'Yêu cầu giải trình', 'Chờ đơn vị trả lời']) expect(body).toContain(label);
    await screenshot(page, 'cycle-05-returned');
  });

  it('the unit answers the request for explanation', async () => {
    const page = await session.loginAs('bientap');
    const returns = new ReturnsPage(page);
    await returns.open(periodId, unitId);
    await returns.item(CODE).waitFor();
    await returns.answer(CODE, 'Đơn vị đã ban hành Kế hoạch số 15/KH-SNV ngày 10/01/2026; gửi kèm văn bản.');
    await screenshot(page, 'cycle-06-answered');
  });

  it('the appraiser appraises: above the max is refused, then a lower score with a comment', async () => {
    const page = await session.loginAs('thamdinh');
    const item = new AppraisalItemPage(page);
    await page.goto(`/#/periods/${periodId}/appraisal/items/${assessmentId}/${await nodeIdOf(CODE)}`);
    await item.waitLoaded();
    expect(await page.getByTestId('round-answer').innerText()).toContain('15/KH-SNV');
    await item.manualMode();
    await item.manual.fill('99');
    expect(await page.getByTestId('manual-help').innerText()).toContain('vượt quá điểm tối đa');
    await item.manual.fill('0,25');
    await item.comment.fill('Kế hoạch ban hành chậm, chưa xác định sản phẩm đầu ra.');
    await item.save.click();
    await expect.poll(() => item.points.innerText()).toBe('0,25');
    await screenshot(page, 'cycle-07-appraised');
    // Every other item as the unit declared (HTTP), so the unit can be finalised.
    await appraiseQueue(await session.apiLogin('thamdinh'), periodId);
  });

  it('publishing is refused while the unit is not finalised, with the unit named', async () => {
    await call(organiser, 'POST', `/periods/${periodId}/transition`, { to: 'closed' });
    const page = await session.loginAs('noivu');
    const results = new ResultsPage(page);
    await results.open(periodId);
    await results.clickPublish();
    await results.refusal.waitFor();
    expect(await results.refusal.innerText()).toContain(unitName);
    await screenshot(page, 'cycle-08-publish-refused');
  });

  it('the council chair finalises the unit', async () => {
    const page = await session.loginAs('chutich');
    const council = new CouncilUnitPage(page);
    await council.open(periodId, unitId);
    await screenshot(page, 'cycle-09-council');
    await council.confirmFinalise();
    expectVietnameseNumbers(await text(page));
    await screenshot(page, 'cycle-10-finalised');
  });

  let publicUrl = '';
  it('the organiser publishes and makes the public link', async () => {
    const page = await session.loginAs('noivu');
    const results = new ResultsPage(page);
    await results.open(periodId);
    await results.clickPublish();
    await page.locator('[data-testid="results-page"][data-status="published"]').waitFor();
    publicUrl = await results.publicUrl();
    expect(publicUrl).toContain('/public/results/');
    const body = await text(page);
    expect(body).toContain('Xếp hạng');
    expectVietnameseNumbers(body);
    // A single unit ranks first, written "1" as officials do.
    expect(await results.rows.first().getByTestId('rank').innerText()).toBe('1');
    await screenshot(page, 'cycle-11-published');

    // The ranking downloads through its button as a file, and holds the unit with its points.
    const view = await call<{ rows: { unitName: string; total: string }[] }>(organiser, 'GET', `/periods/${periodId}/results`);
    const total = view.rows.find((r) => r.unitName === unitName)?.total ?? '';
    const file = await results.downloadRankingXlsx();
    expect(file.name).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file.path);
    const rows: unknown[][] = [];
    book.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const unitRow = rows.find((r) => r.includes(unitName));
    expect(unitRow).toBeDefined();
    expect(unitRow).toContain(Number(total));

    // The annex carries the decision typed in its dialog.
    const annex = await results.downloadAnnex({ number: '125', symbol: 'QĐ-UBND', date: '15/01/2027', issuer: 'Ủy ban nhân dân tỉnh Quảng Ninh' });
    expect(await docxRawText(await readFile(annex))).toContain('(Kèm theo Quyết định số 125/QĐ-UBND ngày 15/01/2027 của Ủy ban nhân dân tỉnh Quảng Ninh)');
  });

  it('anyone with the link sees the ranking without logging in', async () => {
    const page = await session.newPage();
    const pub = new PublicResultsPage(page);
    await pub.open(publicUrl);
    const row = pub.rows.first();
    expect(await row.getAttribute('data-unit')).toBe(unitName);
    expect(await row.getAttribute('data-rank')).toBe('1');
    const body = await text(page);
    expect(body).toMatch(/\d+,\d{2}\s?%/);
    expectVietnameseNumbers(body);
    await page.getByTestId('chart-ranking').and(page.locator('[data-rendered="yes"]')).waitFor();
    await screenshot(page, 'cycle-12-public');
  });

  it('the unit fills its remediation plan and exports it', async () => {
    const page = await session.loginAs('bientap');
    const plan = new RemediationPage(page);
    await plan.open(periodId, unitId);
    // Codes repeat across fields (I.1.2, II.1.2): the first such row (most points lost) is filled.
    const row = page.locator(`[data-testid="plan-row"][data-code="${CODE}"]`).first();
    await plan.fill(row, {
      solution: 'Ban hành kế hoạch CCHC đúng hạn, xác định rõ sản phẩm đầu ra.',
      lead: 'Văn phòng Sở',
      cooperating: 'Các phòng chuyên môn',
      timeFrame: 'Quý I/2027',
    });
    await screenshot(page, 'cycle-13-remediation');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rem-xlsx').click()]);
    const file = await download.path();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((r) => r.eachCell((c) => cells.push(String(c.text)))));
    const all = cells.join('\n');
    expect(all).toContain('Ban hành kế hoạch CCHC đúng hạn');
    expect(all).toContain('Văn phòng Sở');
    expect(all).toContain('Quý I/2027');
  });
});

async function nodeIdOf(code: string): Promise<string> {
  const view = await call<{ framework: { nodes: { id: string; code: string | null; leaf: unknown }[] } }>(
    organiser,
    'GET',
    `/periods/${periodId}/units/${unitId}/assessment`,
  );
  return view.framework.nodes.find((n) => n.code === code && n.leaf)?.id ?? '';
}

