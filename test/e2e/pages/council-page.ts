// The council chair's summary of one unit: totals, per field and per item, finalise and reopen.
import type { Locator, Page } from 'playwright-core';

export class CouncilUnitPage {
  readonly root: Locator;
  readonly finalise: Locator;
  readonly reopen: Locator;
  readonly finalTotal: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('council-unit-page');
    this.finalise = page.getByTestId('finalise');
    this.reopen = page.getByTestId('reopen');
    this.finalTotal = page.getByTestId('final-total');
  }

  async open(periodId: string, unitId: string): Promise<void> {
    await this.page.goto(`/#/periods/${encodeURIComponent(periodId)}/council/${encodeURIComponent(unitId)}`);
    await this.page.locator('[data-testid="council-unit-page"][data-finalised]:not([data-finalised=""])').waitFor();
  }

  async confirmFinalise(): Promise<void> {
    await this.finalise.click();
    const dialog = this.page.locator('.ant-modal-confirm');
    await dialog.locator('.ant-btn-primary').click();
    await dialog.waitFor({ state: 'detached' });
    await this.page.locator('[data-testid="council-unit-page"][data-finalised="true"]').waitFor();
  }
}
