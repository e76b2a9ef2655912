// The frame around every screen: header and side navigation.
import type { Locator, Page } from 'playwright-core';

export class ShellPage {
  readonly nav: Locator;
  readonly navItems: Locator;
  readonly userName: Locator;
  readonly userRole: Locator;
  readonly logoutButton: Locator;
  readonly productName: Locator;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByTestId('side-nav');
    this.navItems = this.nav.getByRole('menuitem');
    this.userName = page.getByTestId('user-name');
    this.userRole = page.getByTestId('user-role');
    this.logoutButton = page.getByTestId('logout');
    this.productName = page.getByTestId('product-name');
    this.heading = page.locator('main h2, #main h2').first();
  }

  async waitReady(): Promise<void> {
    await this.nav.waitFor();
  }

  async navLabels(): Promise<string[]> {
    await this.waitReady();
    return (await this.navItems.allInnerTexts()).map((s) => s.trim());
  }

  async goTo(label: string): Promise<void> {
    await this.navItems.filter({ hasText: label }).click();
  }

  async switchLanguage(locale: 'vi' | 'en'): Promise<void> {
    const done = this.page.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH');
    await this.page.getByTestId('language-switch').getByText(locale.toUpperCase(), { exact: true }).click();
    await done;
  }

  async logout(): Promise<void> {
    await this.logoutButton.click();
  }
}
