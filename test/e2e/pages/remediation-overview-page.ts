// The organiser's overview of every unit's remediation plan as a test sees it: one row per unit
// with its figures in data attributes, the filters, and the all-plans export.
import type { Locator, Page } from 'playwright-core';
import { chooseOption } from '../support/antd';
import { route } from '../support/route';

export class RemediationOverviewPage {
  readonly root: Locator;
  readonly rows: Locator;
  readonly summary: Locator;
  readonly notFilled: Locator;
  readonly typeFilter: Locator;
  readonly exportAll: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('remediation-overview');
    this.rows = page.getByTestId('rem-unit-row');
    this.summary = page.getByTestId('rem-summary');
    this.notFilled = page.getByTestId('rem-not-filled');
    this.typeFilter = page.getByTestId('rem-type-filter');
    this.exportAll = page.getByTestId('rem-all-xlsx');
  }

  async open(periodId: string): Promise<void> {
    await this.page.goto(route('periods', periodId, 'remediation'));
    await this.waitLoaded();
  }

  async waitLoaded(): Promise<void> {
    await this.rows.first().waitFor();
  }

  row(unitName: string): Locator {
    return this.page.locator(`[data-testid="rem-unit-row"][data-unit="${unitName}"]`);
  }

  /** The unit names in the order shown. */
  async units(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit') ?? ''));
  }

  /** Picks a unit type in the filter by its visible name. */
  async chooseType(label: string): Promise<void> {
    await chooseOption(this.page, this.typeFilter, label);
  }
}
