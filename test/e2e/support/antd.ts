// The few Ant Design widgets the page objects drive, handled the same way everywhere: the
// confirm dialog, a Select's options (rendered in a portal, not under the select) and a date
// picker typed into as a person would.
import type { Locator, Page } from 'playwright-core';

/** Clicks OK in the open confirm dialog (Modal.confirm) and waits until it is gone. */
export async function confirmDialog(page: Page): Promise<void> {
  const dialog = page.locator('.ant-modal-confirm');
  await dialog.locator('.ant-btn-primary').click();
  await dialog.waitFor({ state: 'detached' });
}

/** Opens a Select and picks the first option whose text contains `label`. */
export async function chooseOption(page: Page, select: Locator, label: string): Promise<void> {
  await select.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label }).first().click();
}

/** Types a date as dd/mm/yyyy into a DatePicker's input and confirms it with Enter. */
export async function typeDate(input: Locator, ddmmyyyy: string): Promise<void> {
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press('Enter');
}

