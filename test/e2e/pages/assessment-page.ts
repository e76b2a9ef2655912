// The self-assessment form as a test sees it: items by code, their inputs, points, save state,
// evidence, N/A, conflicts, and the workflow buttons.
import type { Download, Locator, Page } from 'playwright-core';
import { confirmDialog, typeDate } from '../support/antd';
import { route } from '../support/route';

export class AssessmentPage {
  readonly root: Locator;
  readonly status: Locator;
  readonly total: Locator;
  readonly answered: Locator;
  readonly lockedBanner: Locator;
  readonly returnedBanner: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('assessment-page');
    this.status = page.getByTestId('assessment-status');
    this.total = page.getByTestId('progress-total');
    this.answered = page.getByTestId('progress-answered');
    this.lockedBanner = page.getByTestId('locked-banner');
    this.returnedBanner = page.getByTestId('returned-banner');
  }

  async open(periodId: string, unitId: string): Promise<void> {
    await this.page.goto(route('periods', periodId, 'units', unitId, 'assessment'));
    await this.waitLoaded();
  }

  /**
   * Opens the report (.docx) dialog, types the given frame fields (by test id suffix: superior,
   * number, place, signer-name, signer-position) and clicks "Tải về"; the browser's download.
   */
  async openReportDialog(): Promise<Locator> {
    await this.page.getByTestId('download-docx').click();
    // The test id sits on antd's modal root, which stays "hidden" to playwright: wait for a field.
    const dialog = this.page.getByTestId('report-dialog');
    await dialog.getByTestId('report-place').waitFor();
    return dialog;
  }

  async downloadReport(dialog: Locator, fields: Record<string, string> = {}): Promise<Download> {
    for (const [k, v] of Object.entries(fields)) await dialog.getByTestId(`report-${k}`).fill(v);
    const [download] = await Promise.all([this.page.waitForEvent('download'), dialog.getByTestId('report-download').click()]);
    await dialog.getByTestId('report-place').waitFor({ state: 'detached' });
    return download;
  }

  async waitLoaded(): Promise<void> {
    await this.page.getByTestId('assessment-item').first().waitFor();
  }

  /** The first item with this code (codes repeat across fields; the first field comes first). */
  item(code: string, nth = 0): Locator {
    return this.page.locator(`[data-testid="assessment-item"][data-code="${code}"]`).nth(nth);
  }

  async statusValue(): Promise<string | null> {
    return this.root.getAttribute('data-status');
  }

  points(item: Locator): Locator {
    return item.getByTestId('item-points-value');
  }

  explanation(item: Locator): Locator {
    return item.getByTestId('item-explanation');
  }

  saveState(item: Locator): Locator {
    return item.getByTestId('save-state');
  }

  /** Waits until the item says "Đã lưu" (data-status=saved). */
  async waitSaved(item: Locator): Promise<void> {
    await item.locator('[data-testid="save-state"][data-status="saved"]').waitFor();
  }

  /**
   * Picks the nth level from the keyboard, as a person working fast would: open the list, arrow
   * down, Enter. (Closed lists of other items stay in the DOM, so clicking options is ambiguous.)
   */
  async chooseLevel(item: Locator, nth: number): Promise<void> {
    const select = item.getByTestId('input-level');
    await select.click();
    const input = item.locator('[data-testid="input-level"] input, input[data-testid="input-level"]').first();
    for (let i = 0; i < nth; i++) await input.press('ArrowDown');
    await input.press('Enter');
  }

  /** Numbers or the text a person types ("12.314" is twelve thousand three hundred and fourteen). */
  async ratio(item: Locator, numerator: number | string, denominator: number | string): Promise<void> {
    await this.numberInput(item, 'input-numerator').fill(String(numerator));
    await this.numberInput(item, 'input-denominator').fill(String(denominator));
  }

  async count(item: Locator, n: number): Promise<void> {
    await this.numberInput(item, 'input-count').fill(String(n));
  }

  /** antd puts the test id on the <input> itself or on its wrapper, depending on the version. */
  private numberInput(item: Locator, testId: string): Locator {
    return item.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
  }

  /**
   * Answers every criterion the unit scores that is still open: the first level of a choice,
   * "yes" for yes/no, otherwise "không phát sinh" with a reason. Returns how many it answered.
   */
  async answerTheRest(reason: string): Promise<number> {
    const open = this.page.locator('[data-testid="assessment-item"][data-answered="no"][data-scored-by="unit"]');
    let n = 0;
    for (let guard = 0; guard < 300; guard++) {
      if ((await open.count()) === 0) break;
      // Pinned by node id: `open.first()` moves on as soon as this item counts as answered.
      const nodeId = await open.first().getAttribute('data-node-id');
      const item = this.page.locator(`[data-testid="assessment-item"][data-node-id="${nodeId}"]`);
      if ((await item.getByTestId('input-level').count()) > 0) await this.chooseLevel(item, 0);
      else if ((await item.getByTestId('input-yes-no').count()) > 0) await this.yesNo(item, true);
      else await this.markNa(item, reason);
      // The item counts as answered at once (local value); its save goes on in the background.
      await this.page.locator(`[data-testid="assessment-item"][data-node-id="${nodeId}"][data-answered="yes"]`).waitFor();
      n++;
    }
    await this.waitAllSaved();
    return n;
  }

  /** Until no item is waiting to be saved. */
  async waitAllSaved(): Promise<void> {
    await this.page.waitForFunction(
      () => document.querySelectorAll('[data-testid="save-state"]:not([data-status="saved"])').length === 0,
      undefined,
      { timeout: 60_000 },
    );
  }

  async yesNo(item: Locator, yes: boolean): Promise<void> {
    await item.getByTestId('input-yes-no').locator('input[type="radio"]').nth(yes ? 0 : 1).check();
  }

  async date(item: Locator, ddmmyyyy: string): Promise<void> {
    await typeDate(this.numberInput(item, 'input-date'), ddmmyyyy);
  }

  async note(item: Locator, text: string): Promise<void> {
    await item.getByTestId('item-note').fill(text);
  }

  async markNa(item: Locator, reason: string): Promise<void> {
    await item.getByTestId('item-na').click();
    await item.getByTestId('item-na-reason').fill(reason);
  }

  /** Opens the attach dialog of an item. */
  async openAttach(item: Locator): Promise<Locator> {
    await item.getByTestId('item-attach').click();
    const modal = this.page.locator('.ant-modal').filter({ has: this.page.getByTestId('evidence-upload') });
    await modal.waitFor();
    return modal;
  }

  async closeAttach(modal: Locator): Promise<void> {
    await modal.locator('.ant-modal-footer .ant-btn-primary').click();
    await modal.waitFor({ state: 'hidden' });
  }

  evidenceChips(item: Locator): Locator {
    return item.getByTestId('evidence-chip');
  }

  button(testId: 'wf-send' | 'wf-return' | 'wf-submit' | 'wf-withdraw' | 'wf-reopen'): Locator {
    return this.page.getByTestId(testId);
  }

  /** Clicks OK in the open confirm dialog (antd Modal.confirm). */
  async confirm(): Promise<void> {
    await confirmDialog(this.page);
  }

  async waitStatus(status: string): Promise<void> {
    await this.page.locator(`[data-testid="assessment-page"][data-status="${status}"]`).waitFor();
  }
}
