// The role's home page: tasks, deadlines, key figures.
import type { Locator, Page } from 'playwright-core';

export class HomePage {
  readonly root: Locator;
  readonly heading: Locator;
  readonly intro: Locator;
  readonly tasks: Locator;
  readonly taskItems: Locator;
  readonly deadlines: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('home-page');
    this.heading = this.root.locator('h2');
    this.intro = page.getByTestId('home-intro');
    this.tasks = page.getByTestId('home-tasks');
    this.taskItems = page.getByTestId('home-task');
    this.deadlines = page.getByTestId('home-deadlines');
  }

  /** Waits until GET /api/home has answered and the task list is shown. */
  async waitLoaded(): Promise<void> {
    await this.tasks.waitFor();
  }

  async role(): Promise<string | null> {
    return this.root.getAttribute('data-role');
  }
}
