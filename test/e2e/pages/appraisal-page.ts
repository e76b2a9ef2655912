// The appraiser's screens as a test sees them: the queue (filters, rows) and one item (self
// side, evidence preview, score panel, request for explanation, conflict), and the unit's
// returns page where explanations are answered.
import type { Locator, Page } from 'playwright-core';
import { route } from '../support/route';

export class AppraisalQueuePage {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByTestId('queue-page');
  }

  async open(periodId: string, query = ''): Promise<void> {
    await this.page.goto(`${route('periods', periodId, 'appraisal', 'queue')}${query}`);
    await this.root.waitFor();
    await this.page.locator('tr.chiso-row').first().waitFor();
  }

  /** The queue row of one criterion (its aria-label holds the unit, code and name). */
  row(code: string): Locator {
    return this.page.locator('tr.chiso-row').filter({ has: this.page.locator('td strong', { hasText: new RegExp(`^${code.replace(/\./g, '\\.')}$`) }) }).first();
  }
}

export class AppraisalItemPage {
  readonly root: Locator;
  readonly points: Locator;
  readonly comment: Locator;
  readonly manual: Locator;
  readonly save: Locator;
  readonly ask: Locator;
  readonly conflict: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('appraisal-item-page');
    this.points = page.getByTestId('appraisal-points');
    this.comment = page.getByTestId('appraisal-comment');
    this.manual = page.getByTestId('appraisal-manual');
    this.save = page.getByTestId('appraisal-save');
    this.ask = page.getByTestId('ask-explanation');
    this.conflict = page.getByTestId('appraisal-conflict');
    this.error = page.getByTestId('score-error');
  }

  async waitLoaded(): Promise<void> {
    await this.page.getByTestId('score-panel').waitFor();
  }

  async state(): Promise<string | null> {
    return this.root.getAttribute('data-state');
  }

  async manualMode(): Promise<void> {
    const mode = this.page.getByTestId('score-mode');
    if (await mode.count()) await mode.getByText(/Nhập điểm trực tiếp|Enter the points/).click();
  }

  async askExplanation(message: string): Promise<void> {
    await this.ask.click();
    const modal = this.page.locator('.ant-modal').filter({ has: this.page.getByTestId('ask-message') });
    await modal.waitFor();
    await this.page.getByTestId('ask-message').fill(message);
    await this.page.getByTestId('ask-send').click();
    await modal.waitFor({ state: 'hidden' });
  }
}

export class ReturnsPage {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByTestId('returns-page');
  }

  async open(periodId: string, unitId: string): Promise<void> {
    await this.page.goto(route('periods', periodId, 'units', unitId, 'returns'));
    await this.root.waitFor();
  }

  item(code: string): Locator {
    return this.page.locator(`[data-testid="return-item"][data-code="${code}"]`);
  }

  async answer(code: string, text: string): Promise<void> {
    const card = this.item(code);
    await card.getByTestId('answer-text').fill(text);
    await card.getByTestId('answer-send').click();
    await card.locator('[data-testid="round"][data-status="answered"]').waitFor();
  }
}
