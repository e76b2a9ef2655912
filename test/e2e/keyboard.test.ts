// A keyboard-only walk: log in, reach the units screen through the navigation, search, move
// through the table's rows, open one with Enter, close with Escape and land back on the row.
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { focused, focusedMatches, tabTo } from './support/keyboard';
import { browserSession } from './support/session';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';

const session = browserSession();

describe('keyboard only', () => {
  it('walks through the units table without a mouse', async () => {
    const page = await session.newPage();
    await new LoginPage(page).open();
    // The username field has the focus on arrival.
    expect(await focusedMatches(page, '#login_username')).toBe(true);
    await page.keyboard.type('noivu');
    await page.keyboard.press('Tab');
    expect(await focusedMatches(page, '#login_password')).toBe(true);
    await page.keyboard.type(session.server.password);
    await page.keyboard.press('Enter');
    await new HomePage(page).waitLoaded();

    // Into the side navigation, down to "Đơn vị", Enter.
    await tabTo(page, '[data-testid="side-nav"] [role="menu"]');
    const onUnits = () =>
      page.evaluate(() => document.activeElement?.matches('[role="menuitem"]') && (document.activeElement as HTMLElement).innerText.trim() === 'Đơn vị');
    // The focus enters the menu on its active item, which need not be above "Đơn vị": go down,
    // and once the last item is reached (the focus stops moving), go up.
    let key: 'ArrowDown' | 'ArrowUp' = 'ArrowDown';
    for (let i = 0; i < 30 && !(await onUnits()); i++) {
      // The menu moves the focus a moment after the key press: wait for it before reading it.
      const before = await focused(page);
      await page.keyboard.press(key);
      const moved = await expect
        .poll(() => focused(page), { timeout: 2_000 })
        .not.toBe(before)
        .then(() => true, () => false);
      if (!moved) key = 'ArrowUp';
    }
    expect(await onUnits(), await focused(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByTestId('units-page').waitFor();
    await page.locator('tr.chiso-row').first().waitFor();

    // Search field, then the rows.
    await tabTo(page, 'input[data-testid="units-search"], [data-testid="units-search"] input');
    await page.keyboard.type('so noi vu');
    await expect.poll(() => page.locator('tr.chiso-row').count()).toBe(1);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.locator('tr.chiso-row').count()).toBeGreaterThan(5);

    await tabTo(page, 'tr.chiso-row');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(first).toBe(await page.locator('tr.chiso-row').first().getAttribute('aria-label'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(third).toBe(await page.locator('tr.chiso-row').nth(2).getAttribute('aria-label'));
    await page.keyboard.press('ArrowUp');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(second).toBe(await page.locator('tr.chiso-row').nth(1).getAttribute('aria-label'));
    await screenshot(page, 'units-keyboard-focus');

    // Enter opens the row's edit dialog with its code; Escape closes it and returns the focus.
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('unit-dialog');
    await page.locator('#unit_code').waitFor();
    expect(second.startsWith(await page.locator('#unit_code').inputValue())).toBe(true);
    await expect.poll(() => focusedMatches(page, '#unit_code')).toBe(true);
    await screenshot(page, 'units-keyboard-dialog');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(second);
  });
});
