// The whole self-assessment flow in a real browser against the real server: an editor answers
// items of different rubric shapes, uploads a PDF, cites a document, marks an item N/A, meets a
// conflict from a second browser, sends for review; the leader returns, submits, withdraws and
// submits again; the downloaded .docx names the unit and the total; the organiser sees it submitted.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { screenshot as saveScreenshot, SCREENSHOTS } from './support/browser';
import { browserSession } from './support/session';
import { AssessmentPage } from './pages/assessment-page';
import { ShellPage } from './pages/shell-page';

/** A one-page PDF with correct cross-reference offsets, written by hand. */
function smallPdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

// Two people work side by side (a conflict between two browsers; editor and leader), so earlier
// devices stay open. The server's own log goes next to the screenshots, for when a step fails.
const session = browserSession({ keepEarlierPages: true, serverLog: 'assessment-server.log' });
let editor: Page;
let leader: Page;
let formPath = '';

async function openForm(page: Page): Promise<AssessmentPage> {
  const form = new AssessmentPage(page);
  await page.goto(`/#${formPath}`);
  // Same address as before: reload so the form shows what others did meanwhile.
  await page.reload();
  await form.waitLoaded();
  return form;
}

/** What the person sees (the window, not the whole 10 000-pixel form), for review by eye. */
async function screenshot(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, name, { fullPage: false });
}

/** All visible text of the page, for the diacritics and number-format checks. */
async function visibleText(page: Page): Promise<string> {
  return page.locator('body').innerText();
}

describe('self-assessment in the browser', () => {
  it('the editor reaches the form from the navigation', async () => {
    editor = await session.loginAs('bientap');
    const shell = new ShellPage(editor);
    expect(await shell.navLabels()).toContain('Tự đánh giá');
    await shell.goTo('Tự đánh giá');
    await editor.getByTestId('open-assessment').first().click();
    const form = new AssessmentPage(editor);
    await form.waitLoaded();
    formPath = new URL(editor.url()).hash.replace(/^#/, '');
    expect(formPath).toMatch(/^\/periods\/[^/]+\/units\/[^/]+\/assessment$/);
    const text = await visibleText(editor);
    for (const label of ['Tự đánh giá, chấm điểm', 'Điểm tối đa', 'Nội dung giải trình', 'Chưa chấm', 'Chưa có tài liệu kiểm chứng', 'Bị gắn cờ', 'Tổng điểm tự chấm']) {
      expect(text).toContain(label);
    }
    await screenshot(editor, 'assessment-01-form-empty');
  }, 240_000);

  it('answers items of different rubric shapes and sees the computed points', async () => {
    const form = new AssessmentPage(editor);
    const level = form.item('1.2');
    await form.chooseLevel(level, 0);
    await form.waitSaved(level);
    await expect.poll(() => form.points(level).innerText()).toBe('1');
    expect(await form.explanation(level).innerText()).not.toBe('');

    const ratio = form.item('1.3');
    // Typed the Vietnamese way: a dot groups thousands (a digits-only box once read "12.314" as 12).
    await form.ratio(ratio, '12.314', 12377);
    await form.waitSaved(ratio);
    await expect.poll(() => form.points(ratio).innerText()).not.toBe('–');
    // Vietnamese number format in the explanation: 99,49 %, never 99.49.
    expect(await form.explanation(ratio).innerText()).toMatch(/99,49/);

    const yesNo = form.item('3.1');
    await form.yesNo(yesNo, true);
    await form.waitSaved(yesNo);
    await expect.poll(() => form.points(yesNo).innerText()).toBe('1');

    const deduction = form.item('2');
    await form.count(deduction, 1);
    await form.waitSaved(deduction);
    await expect.poll(() => form.points(deduction).innerText()).toMatch(/^\d+(,\d+)?$/);

    // A deadline rubric: either points, or — when neither the criteria set nor the period gives
    // a deadline — the server's explanation next to the input, with the typed date kept.
    const deadline = form.item('1.1');
    await form.date(deadline, '10/01/2026');
    await form.waitSaved(deadline);
    const errors = deadline.getByTestId('input-errors');
    await expect.poll(async () => (await errors.count()) > 0 || (await form.points(deadline).innerText()) !== '–').toBe(true);
    if ((await errors.count()) > 0) {
      expect(await errors.innerText()).toMatch(/hạn/);
      expect(await deadline.locator('input[data-testid="input-date"], [data-testid="input-date"] input').first().inputValue()).toBe('10/01/2026');
      await screenshot(editor, 'assessment-02a-input-error');
      // Not answerable without a deadline: recorded as not applicable so the report can go.
      await form.markNa(deadline, 'Chưa có hạn ban hành kế hoạch trong kỳ đánh giá.');
      await form.waitSaved(deadline);
    }

    await form.note(level, 'Kế hoạch đã xác định đầy đủ nhiệm vụ, có thời hạn và sản phẩm.');
    await form.waitSaved(level);
    await expect.poll(async () => (await form.answered.innerText()).startsWith('Đã chấm 5/'), { timeout: 20_000 }).toBe(true);
    await screenshot(editor, 'assessment-02-answered');

    // Filter "Chưa chấm": answered items leave the list (after the filter changes), open ones stay.
    const answeredId = await level.getAttribute('data-node-id');
    await editor.getByTestId('item-filter').getByText('Chưa chấm', { exact: true }).click();
    await form.item('4.1').waitFor();
    expect(await editor.locator(`[data-testid="assessment-item"][data-node-id="${answeredId}"]`).count()).toBe(0);
    await editor.getByTestId('item-filter').getByText('Tất cả', { exact: true }).click();
    await form.item('1.2').waitFor();
  }, 240_000);

  it('uploads a PDF and cites a document as evidence', async () => {
    const form = new AssessmentPage(editor);
    const level = form.item('1.2');
    const modal = await form.openAttach(level);
    // Two PDFs dropped together, and a text file named .pdf that the server refuses by content.
    await modal.locator('input[type="file"]').setInputFiles([
      { name: 'ke-hoach-cchc-2026.pdf', mimeType: 'application/pdf', buffer: smallPdf('Ke hoach CCHC 2026') },
      { name: 'bao-cao-quy-1.pdf', mimeType: 'application/pdf', buffer: smallPdf('Bao cao quy I') },
      { name: 'gia-mao.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Day khong phai la PDF\n') },
    ]);
    await expect.poll(() => modal.locator('[data-testid="upload-row"][data-done="yes"]').count()).toBe(2);
    const refused = modal.locator('[data-testid="upload-row"][data-failed="yes"]');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('Không tải lên được gia-mao.pdf');
    expect(await refused.getByTestId('upload-error').innerText()).toMatch(/^Loại tệp không được hỗ trợ/);
    // Both files are attached to the item, not only the one whose upload finished last.
    await expect.poll(() => form.evidenceChips(level).count()).toBe(2);
    await screenshot(editor, 'assessment-03-upload');
    await form.closeAttach(modal);
    await form.waitSaved(level);

    // A file has no date until someone gives it one; dated before the data window opens, the
    // item that uses it is flagged.
    await editor.getByTestId('open-library').click();
    await editor.getByTestId('evidence-row').filter({ hasText: 'bao-cao-quy-1.pdf' }).getByTestId('evidence-edit-open').click();
    const edit = editor.locator('.ant-modal').filter({ has: editor.getByTestId('evidence-edit-title') });
    await edit.getByTestId('evidence-edit-title').fill('Báo cáo số 12/BC-STP ngày 20/12/2025');
    const date = edit.locator('.ant-picker input');
    await date.click();
    await date.fill('20/12/2025');
    await date.press('Enter');
    await edit.getByTestId('evidence-edit-save').click();
    await edit.waitFor({ state: 'hidden' });
    await editor.locator('.ant-drawer-open .ant-drawer-close').click();
    await editor.locator('.ant-drawer-open').waitFor({ state: 'detached' });
    await expect.poll(() => level.getByTestId('item-flags').innerText().catch(() => '')).toContain('ngoài thời gian số liệu');
    expect(await form.evidenceChips(level).allInnerTexts()).toContain('Báo cáo số 12/BC-STP ngày 20/12/2025');

    const ratio = form.item('1.3');
    const modal2 = await form.openAttach(ratio);
    await modal2.getByRole('tab', { name: 'Thêm trích dẫn văn bản' }).click();
    await modal2.getByTestId('evidence-citation').fill('Báo cáo số 123/BC-UBND ngày 15/3/2026 của UBND huyện về kết quả thực hiện kế hoạch CCHC');
    await modal2.getByTestId('evidence-citation-add').click();
    await expect.poll(() => form.evidenceChips(ratio).count()).toBe(1);
    const parts = modal2.getByTestId('citation-parts').first();
    await parts.waitFor();
    expect(await parts.innerText()).toContain('123/BC-UBND');
    await screenshot(editor, 'assessment-04-citation');
    await form.closeAttach(modal2);
    await form.waitSaved(ratio);
  }, 240_000);

  it('marks an item not applicable with its reason', async () => {
    const form = new AssessmentPage(editor);
    const na = form.item('5');
    await na.getByTestId('item-na').click();
    await na.getByText('Phải nêu lý do không phát sinh nhiệm vụ').waitFor();
    await na.getByTestId('item-na-reason').fill('Năm 2026 cơ quan không phát sinh nhiệm vụ này.');
    await form.waitSaved(na);
    expect(await na.getAttribute('data-answered')).toBe('yes');
    await screenshot(editor, 'assessment-05-na');
  }, 240_000);

  it('a second browser editing the same item sees both versions', async () => {
    const other = await session.loginAs('bientap');
    const second = await openForm(other);
    const form = new AssessmentPage(editor);
    // The first browser saves a new explanation; the second still holds the older version.
    await form.note(form.item('3.1'), 'Đã ban hành Kế hoạch tuyên truyền số 12/KH-SNV.');
    await form.waitSaved(form.item('3.1'));
    const mine = second.item('3.1');
    await second.note(mine, 'Kế hoạch tuyên truyền ban hành tháng 1/2026.');
    const panel = mine.getByTestId('conflict-panel');
    await panel.waitFor();
    // Waiting for a choice is not a failed save.
    expect(await second.saveState(mine).innerText()).toContain('Chờ chọn phiên bản');
    expect(await panel.getByTestId('conflict-mine').innerText()).toContain('Kế hoạch tuyên truyền ban hành tháng 1/2026.');
    expect(await panel.getByTestId('conflict-theirs').innerText()).toContain('Đã ban hành Kế hoạch tuyên truyền số 12/KH-SNV.');
    await screenshot(other, 'assessment-06-conflict');
    await panel.getByTestId('conflict-merge').click();
    await second.waitSaved(mine);
    expect(await mine.getByTestId('item-note').inputValue()).toContain('12/KH-SNV');
    expect(await mine.getByTestId('item-note').inputValue()).toContain('tháng 1/2026');

    // Every save is in the item's history: the answer, the first note, the merged note.
    await mine.getByTestId('item-history').click();
    const drawer = other.getByTestId('history-drawer');
    await expect.poll(() => drawer.getByTestId('history-entry').count()).toBeGreaterThanOrEqual(3);
    await screenshot(other, 'assessment-06b-history');
  }, 240_000);

  it('the editor answers the remaining criteria and sends the form for review', async () => {
    const form = await openForm(editor);
    expect(await form.answerTheRest('Không phát sinh nhiệm vụ trong kỳ đánh giá.')).toBeGreaterThan(0);
    await expect.poll(async () => /Đã chấm (\d+)\/\1 /.test(`${await form.answered.innerText()} `), { timeout: 20_000 }).toBe(true);
    await form.button('wf-send').click();
    await form.confirm();
    await form.waitStatus('in-review');
    await screenshot(editor, 'assessment-07-in-review');
  }, 600_000);

  it('the leader returns it with a comment, the editor fixes and sends again', async () => {
    leader = await session.loginAs('lanhdao');
    const form = await openForm(leader);
    await form.button('wf-return').click();
    await leader.getByTestId('wf-text').fill('Bổ sung tài liệu kiểm chứng cho tiêu chí 3.1.');
    await leader.locator('#wf-text-ok').click();
    await form.waitStatus('returned');

    const ed = await openForm(editor);
    await ed.returnedBanner.waitFor();
    expect(await ed.returnedBanner.innerText()).toContain('Bổ sung tài liệu kiểm chứng cho tiêu chí 3.1.');
    await screenshot(editor, 'assessment-08-returned');
    const item = ed.item('3.1');
    const modal = await ed.openAttach(item);
    await modal.getByTestId('evidence-pick').first().check();
    await ed.closeAttach(modal);
    await ed.waitSaved(item);
    expect(await ed.evidenceChips(item).count()).toBe(1);
    await ed.button('wf-send').click();
    await ed.confirm();
    await ed.waitStatus('in-review');
  }, 240_000);

  it('the leader submits, withdraws and submits again; the form is locked', async () => {
    const form = await openForm(leader);
    await form.button('wf-submit').click();
    await leader.getByTestId('checklist-entry').first().waitFor();
    await screenshot(leader, 'assessment-09-checklist');
    await leader.locator('#wf-submit-confirm').click();
    await form.waitStatus('submitted');
    await form.lockedBanner.waitFor();
    expect(await form.item('1.2').getByTestId('item-note').isDisabled()).toBe(true);
    await screenshot(leader, 'assessment-10-submitted');

    await form.button('wf-withdraw').click();
    await form.confirm();
    await form.waitStatus('withdrawn');
    await screenshot(leader, 'assessment-11-withdrawn');

    await form.button('wf-submit').click();
    await leader.getByTestId('checklist-entry').first().waitFor();
    await leader.locator('#wf-submit-confirm').click();
    await form.waitStatus('submitted');
  }, 240_000);

  it('the downloaded report (.docx) names the unit and the total', async () => {
    const form = await openForm(leader);
    const total = (await form.total.locator('strong').innerText()).trim();
    const unitName = (await leader.getByTestId('user-unit').innerText()).trim();
    // The report asks for its ND30 frame first; the officer types it once per unit.
    const dialog = await form.openReportDialog();
    await dialog.getByTestId('report-place').fill('Quảng Điền');
    await dialog.getByTestId('report-superior').fill('UBND huyện Quảng Điền');
    await screenshot(leader, 'assessment-12-report-dialog');
    const download = await form.downloadReport(dialog);
    const again = await form.openReportDialog();
    expect(await again.getByTestId('report-place').inputValue()).toBe('Quảng Điền');
    expect(await again.getByTestId('report-superior').inputValue()).toBe('UBND huyện Quảng Điền');
    await again.getByRole('button', { name: 'Hủy' }).click();
    await again.getByTestId('report-place').waitFor({ state: 'detached' });
    const file = join(SCREENSHOTS, 'assessment-report.docx');
    await download.saveAs(file);
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    expect(text).toContain(unitName);
    expect(text).toContain(total);
    expect(text).toContain('UBND HUYỆN QUẢNG ĐIỀN');
    expect(text).toContain('Quảng Điền, ngày');
    expect(text).toContain('Lưu: VT.');
  }, 240_000);

  it("the organiser's progress view shows the unit as submitted", async () => {
    const organiser = await session.loginAs('noivu');
    const shell = new ShellPage(organiser);
    await shell.goTo('Tự đánh giá');
    await organiser.getByTestId('open-progress').first().click();
    await organiser.getByTestId('progress-page').waitFor();
    const unitName = (await leader.getByTestId('user-unit').innerText()).trim();
    const row = organiser.locator(`[data-testid="progress-row"][data-unit="${unitName}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('submitted');
    expect(await row.innerText()).toContain('Đã nộp');
    // Every column fits a 1366-pixel screen: the last one is not cut off behind a scroll bar.
    const last = organiser.locator('[data-testid="progress-page"] thead th').last();
    expect(await last.innerText()).toBe('Nhắc lần cuối');
    const box = await last.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(organiser.viewportSize()!.width);
    await screenshot(organiser, 'assessment-12-progress');

    // The other units have no accounts in the demo: the reminder says why nobody got it.
    await organiser.getByTestId('remind').click();
    await organiser.locator('.ant-modal').last().locator('.ant-btn-primary').click();
    const result = organiser.getByTestId('remind-result');
    await result.waitFor();
    expect(await result.innerText()).toContain('0 thông báo trong ứng dụng');
    expect(await result.innerText()).toContain('chưa có tài khoản cán bộ nhập liệu hoặc lãnh đạo');
  }, 240_000);

  it('the form switches to English', async () => {
    const form = await openForm(editor);
    await new ShellPage(editor).switchLanguage('en');
    await editor.getByText('Self-assessment and scoring', { exact: false }).first().waitFor();
    const text = await visibleText(editor);
    for (const label of ['Max', 'Explanation', 'Self-assessed total', 'Not scored', 'Without evidence']) expect(text).toContain(label);
    expect(await form.statusValue()).toBe('submitted');
    // Numbers follow the language: twelve thousand reads 12,314 in English (12.314 in Vietnamese).
    expect(await form.item('1.3').locator('input[data-testid="input-numerator"]').inputValue()).toBe('12,314');
    await screenshot(editor, 'assessment-13-english');
    await new ShellPage(editor).switchLanguage('vi');
  }, 240_000);
});
