// The council chair's summary of one unit: totals, per field and per item, finalise and reopen.
import type { Locator, Page } from 'playwright-core';
import { confirmDialog } from '../support/antd';
import { route } from '../support/route';

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
    await this.page.goto(route('periods', periodId, 'council', unitId));
    await this.page.locator('[data-testid="council-unit-page"][data-finalised]:not([data-finalised=""])').waitFor();
  }

  async confirmFinalise(): Promise<void> {
    await this.finalise.click();
    await confirmDialog(this.page);
    await this.page.locator('[data-testid="council-unit-page"][data-finalised="true"]').waitFor();
  }
}
