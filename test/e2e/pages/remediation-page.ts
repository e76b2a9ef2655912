// A unit's remediation plan as a test sees it: rows by criterion code, their fields and Save.
import type { Locator, Page } from 'playwright-core';
import { route } from '../support/route';

export class RemediationPage {
  readonly root: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('remediation-page');
    this.rows = page.getByTestId('plan-row');
  }

  async open(periodId: string, unitId: string): Promise<void> {
    await this.page.goto(route('periods', periodId, 'units', unitId, 'remediation'));
    await this.page.locator('[data-testid="remediation-page"][data-available="true"]').waitFor();
  }

  async fill(row: Locator, v: { solution: string; lead: string; cooperating: string; timeFrame: string }): Promise<void> {
    await row.getByTestId('rem-solution').fill(v.solution);
    await row.getByTestId('rem-leadAgency').fill(v.lead);
    await row.getByTestId('rem-cooperatingAgencies').fill(v.cooperating);
    await row.getByTestId('rem-timeFrame').fill(v.timeFrame);
    await row.getByTestId('rem-save').click();
    await row.getByTestId('rem-save').and(this.page.locator('[disabled]')).waitFor();
  }
}
