// The results page (organiser) and the public results page as a test sees them.
import type { Locator, Page } from 'playwright-core';
import { confirmDialog, typeDate } from '../support/antd';
import { route } from '../support/route';

export class ResultsPage {
  readonly root: Locator;
  readonly publish: Locator;
  readonly refusal: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('results-page');
    this.publish = page.getByTestId('publish');
    this.refusal = page.getByTestId('publish-refused');
    this.rows = page.getByTestId('ranking-row');
  }

  async open(periodId: string): Promise<void> {
    await this.page.goto(route('periods', periodId, 'results'));
    await this.rows.first().waitFor();
  }

  async clickPublish(): Promise<void> {
    await this.publish.click();
    await confirmDialog(this.page);
  }

  /** Clicks "Bảng xếp hạng (.xlsx)" and waits for the browser's download; the saved file's path. */
  async downloadRankingXlsx(): Promise<{ path: string; name: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('download-ranking-xlsx').click()]);
    return { path: await download.path(), name: download.suggestedFilename() };
  }

  /** Opens "Phụ lục kết quả (.docx)", types the decision (or leaves it blank) and waits for the file. */
  async downloadAnnex(decision?: { number: string; symbol: string; date: string; issuer: string }): Promise<string> {
    await this.page.getByTestId('download-ranking-docx').click();
    let button = this.page.getByTestId('annex-blank');
    if (decision) {
      await this.page.getByTestId('decision-number').fill(decision.number);
      await this.page.getByTestId('decision-symbol').fill(decision.symbol);
      await typeDate(this.page.getByTestId('decision-date'), decision.date);
      await this.page.getByTestId('decision-issuer').fill(decision.issuer);
      button = this.page.getByTestId('annex-download');
    }
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return download.path();
  }

  async publicUrl(): Promise<string> {
    await this.page.getByTestId('make-public-link').click();
    const input = this.page.getByTestId('public-link');
    await input.waitFor();
    return input.inputValue();
  }
}

export class PublicResultsPage {
  readonly root: Locator;
  readonly rows: Locator;
  constructor(readonly page: Page) {
    this.root = page.locator('[data-testid="public-results"][data-ready="yes"]');
    this.rows = page.getByTestId('ranking-row');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.root.waitFor();
  }
}
