// A tour of the admin screens with the failures a user meets: a form error beside its field
// with the input kept, a unit import with per-row errors that keeps the chosen file, a period
// form, the audit log's before/after diff. Screenshots of each go to test-results/.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { browserSession } from './support/session';
import { ShellPage } from './pages/shell-page';

const session = browserSession();
let page: Page;
let shell: ShellPage;

beforeAll(async () => {
  page = await session.loginAs('admin');
  shell = new ShellPage(page);
});

describe('admin screens', () => {
  it('a unit with a bad code: the error sits beside the code field and the input stays', async () => {
    await shell.goTo('Đơn vị');
    await page.locator('tr.chiso-row').first().waitFor();
    await screenshot(page, 'units');
    await page.getByTestId('units-add').click();
    await page.locator('#unit_code').fill('MÃ SAI');
    await page.locator('#unit_name').fill('Sở Thử nghiệm');
    await page.locator('#unit_type').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'Sở, ban, ngành' }).click();
    await page.getByTestId('unit-dialog').getByRole('button', { name: 'Lưu' }).click();
    const codeItem = page.locator('.ant-form-item').filter({ has: page.locator('#unit_code') });
    await codeItem.locator('.ant-form-item-explain-error').waitFor();
    expect(await codeItem.locator('.ant-form-item-explain-error').innerText()).toContain('sai định dạng');
    expect(await page.locator('#unit_code').inputValue()).toBe('MÃ SAI');
    expect(await page.locator('#unit_name').inputValue()).toBe('Sở Thử nghiệm');
    await screenshot(page, 'units-field-error');

    // Fixing the code saves, closes the dialog and lists the new unit.
    await page.locator('#unit_code').fill('SO-THU');
    await page.getByTestId('unit-dialog').getByRole('button', { name: 'Lưu' }).click();
    await page.locator('tr.chiso-row', { hasText: 'SO-THU' }).waitFor();
  });

  it('an import with bad rows lists every row error and keeps the chosen file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chiso-import-'));
    const file = join(dir, 'don-vi.csv');
    await writeFile(file, 'code,name,type,parent_code\nSO-MOI,Sở Mới,department,\nbad code,,planet,\nXA-MOI,Xã Mới,commune,KHONG-CO\n');
    await page.getByTestId('units-import').click();
    const dialog = page.getByTestId('import-dialog');
    await dialog.locator('input[type="file"]').setInputFiles(file);
    await dialog.getByText('Tệp đã chọn: don-vi.csv').waitFor();
    await page.getByTestId('import-run').click();
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    const text = await errors.innerText();
    expect(text).toContain('planet');
    expect(text).toContain('KHONG-CO');
    expect(await errors.locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
    expect(await dialog.getByText('Tệp đã chọn: don-vi.csv').count()).toBe(1);
    expect(await page.getByTestId('import-run').isEnabled()).toBe(true);
    await screenshot(page, 'units-import-errors');
    await dialog.getByRole('button', { name: 'Đóng' }).click();
    // Nothing was applied: SO-MOI is not in the list.
    expect(await page.locator('tr.chiso-row', { hasText: 'SO-MOI' }).count()).toBe(0);
  });

  it('periods: the list, the details drawer and the create form', async () => {
    await shell.goTo('Kỳ đánh giá');
    await page.locator('tr.chiso-row').first().waitFor();
    await screenshot(page, 'periods');
    await page.locator('tr.chiso-row').first().press('Enter');
    const drawer = page.getByTestId('period-drawer');
    await drawer.getByText('Đơn vị tham gia', { exact: false }).first().waitFor();
    await screenshot(page, 'period-drawer');
    await page.keyboard.press('Escape');
    await page.getByTestId('periods-add').click();
    await page.getByTestId('period-dialog').getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Vui lòng nhập tên kỳ đánh giá').waitFor();
    await screenshot(page, 'period-form-required');
    await page.getByTestId('period-dialog').getByRole('button', { name: 'Hủy' }).click();
  });

  it('the audit log shows who changed what, with a before/after diff', async () => {
    await shell.goTo('Nhật ký thay đổi');
    const first = page.locator('tr.chiso-row').first();
    await first.waitFor();
    // The newest entry is the unit created above.
    expect(await first.innerText()).toContain('SO-THU');
    await first.press('Enter');
    const diff = page.getByTestId('audit-diff');
    await diff.waitFor();
    expect(await diff.innerText()).toContain('Sở Thử nghiệm');
    await screenshot(page, 'audit-diff');
  });

  it('users and change password screens render', async () => {
    await shell.goTo('Người dùng');
    await page.locator('tr.chiso-row').first().waitFor();
    expect(await page.locator('tr.chiso-row').count()).toBeGreaterThanOrEqual(7);
    await screenshot(page, 'users');
    await page.getByTestId('users-add').click();
    await page.getByTestId('user-dialog').locator('#user_username').waitFor();
    await screenshot(page, 'user-create');
    await page.getByTestId('user-dialog').getByRole('button', { name: 'Hủy' }).click();
    await shell.goTo('Đổi mật khẩu');
    await page.locator('#password_currentPassword').fill('wrong-current-password');
    await page.locator('#password_newPassword').fill('new-password-123');
    await page.locator('#password_confirm').fill('new-password-123');
    await page.getByTestId('password-page').getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByTestId('password-page').locator('.ant-form-item-explain-error, [role="alert"]').first().waitFor();
    await screenshot(page, 'password-error');
  });
});
