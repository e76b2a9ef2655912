// The login screen as a test sees it.
import type { Locator, Page } from 'playwright-core';

export class LoginPage {
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;
  readonly title: Locator;

  constructor(readonly page: Page) {
    this.username = page.locator('#login_username');
    this.password = page.locator('#login_password');
    this.submit = page.getByTestId('login-submit');
    this.error = page.getByTestId('login-error');
    this.title = page.locator('h4');
  }

  /**
   * web/dist is shared with the other test runs on this machine; while one of them rebuilds it
   * the server answers 404 for a moment, so the page is tried a few times.
   */
  async open(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.page.goto('/');
        await this.username.waitFor({ timeout: 20_000 });
        return;
      } catch (err) {
        if (attempt >= 4) throw err;
        await new Promise((r) => setTimeout(r, 5_000));
      }
    }
  }

  async login(username: string, password: string): Promise<void> {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.submit.click();
  }

  /** Picks VI or EN with the switch on the login card. */
  async switchLanguage(locale: 'vi' | 'en'): Promise<void> {
    await this.page.getByTestId('language-switch').getByText(locale.toUpperCase(), { exact: true }).click();
  }
}
