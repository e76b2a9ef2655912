// The "Nhập tài liệu" screen and the criteria-set viewer as a test sees them.
import type { Locator, Page } from 'playwright-core';
import { chooseOption } from '../support/antd';
import { route } from '../support/route';

export class ImportPage {
  readonly drop: Locator;
  readonly preview: Locator;
  readonly kind: Locator;
  readonly tree: Locator;
  readonly findings: Locator;
  readonly rowFindings: Locator;
  readonly rubricLines: Locator;
  readonly uploadError: Locator;
  readonly confirmButton: Locator;
  readonly done: Locator;

  constructor(readonly page: Page) {
    this.drop = page.getByTestId('import-drop');
    this.preview = page.getByTestId('import-preview');
    this.kind = page.getByTestId('import-kind');
    this.tree = page.getByTestId('import-tree');
    this.findings = page.getByTestId('import-findings');
    this.rowFindings = this.tree.getByTestId('row-finding');
    this.rubricLines = this.tree.getByTestId('rubric-lines');
    this.uploadError = page.getByTestId('upload-error');
    this.confirmButton = page.getByTestId('confirm-import');
    this.done = page.getByTestId('import-done');
  }

  async open(): Promise<void> {
    await this.page.goto(route('imports'));
    await this.drop.waitFor();
  }

  async upload(name: string, buffer: Buffer): Promise<void> {
    await this.drop.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/plain', buffer });
  }

  total(k: 'max' | 'self' | 'appraisal' | 'lost'): Locator {
    return this.page.getByTestId(`total-${k}`).locator('.ant-statistic-content-value');
  }

  /** Tree rows flagged by a finding, by their printed code. */
  async flaggedCodes(): Promise<string[]> {
    return this.tree.locator('tr[data-finding="yes"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code') ?? ''));
  }

  /** Picks an option of an antd Select found by test id. */
  async choose(testId: string, label: string): Promise<void> {
    await chooseOption(this.page, this.page.getByTestId(testId), label);
  }

  async confirmAsFramework(name: string, unitTypeLabel: string, year: string, version: string): Promise<void> {
    await this.page.getByTestId('fw-name').fill(name);
    await this.choose('fw-unit-type', unitTypeLabel);
    await this.page.getByTestId('fw-year').fill(year);
    await this.page.getByTestId('fw-version').fill(version);
    await this.confirmButton.click();
  }
}

export class FrameworksPage {
  readonly list: Locator;
  readonly detail: Locator;
  readonly tree: Locator;
  readonly findings: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByTestId('framework-list');
    this.detail = page.getByTestId('framework-detail');
    this.tree = page.getByTestId('framework-tree');
    this.findings = page.getByTestId('framework-findings');
  }

  async open(): Promise<void> {
    await this.page.goto(route('frameworks'));
    await this.list.waitFor();
  }

  row(name: string): Locator {
    return this.list.locator('tbody tr').filter({ hasText: name });
  }
}
