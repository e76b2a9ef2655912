// The period drawer's "Hạn theo tiêu chí" tab as a test sees it: one row per deadline criterion
// (by its qualified code), the period's date picker and note, the effective deadline, save.
import type { Locator, Page } from 'playwright-core';
import { typeDate } from '../support/antd';
import { route } from '../support/route';

export class PeriodDeadlinesPage {
  readonly root: Locator;
  readonly save: Locator;
  readonly changed: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('period-deadlines');
    this.save = page.getByTestId('deadlines-save');
    this.changed = page.getByTestId('deadlines-changed');
  }

  /** Opens the periods screen, the period by name, and its deadlines tab. */
  async open(periodName: string): Promise<void> {
    await this.page.goto(route('periods'));
    await this.page.getByTestId('periods-page').getByText(periodName, { exact: true }).first().click();
    await this.page.getByTestId('period-deadlines-tab').click();
    await this.row('I.1.1').waitFor();
  }

  row(code: string): Locator {
    return this.root.locator(`[data-testid="deadline-row"][data-code="${code}"]`);
  }

  effective(code: string): Locator {
    return this.row(code).getByTestId('deadline-effective');
  }

  dateInput(code: string): Locator {
    return this.row(code).locator('input[data-testid="deadline-date"], [data-testid="deadline-date"] input').first();
  }

  /** Types a date as dd/mm/yyyy into the row's picker, as a person would. */
  async setDate(code: string, ddmmyyyy: string): Promise<void> {
    await typeDate(this.dateInput(code), ddmmyyyy);
  }

  async setNote(code: string, text: string): Promise<void> {
    await this.row(code).getByTestId('deadline-note').fill(text);
  }

  errors(code: string): Locator {
    return this.row(code).getByTestId('deadline-error');
  }
}
