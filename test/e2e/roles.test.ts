// Every demo role logs in and lands on its own home page with only the navigation it may use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, screenshot } from './support/browser';
import { startServer } from './support/server';
import type { RunningServer } from './support/server';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';
import { ShellPage } from './pages/shell-page';

// Written out by hand (not imported from web/src/app/access.ts) so the test checks the app.
const ALL = ['Trang chủ', 'Đơn vị', 'Kỳ đánh giá', 'Tự đánh giá', 'Người dùng', 'Nhật ký thay đổi', 'Đổi mật khẩu'];
const UNIT_USER = ['Trang chủ', 'Kỳ đánh giá', 'Tự đánh giá', 'Đổi mật khẩu'];
const READER = ['Trang chủ', 'Kỳ đánh giá', 'Đổi mật khẩu'];
const cases = [
  { username: 'admin', role: 'admin', roleName: 'Quản trị hệ thống', nav: ALL },
  { username: 'noivu', role: 'organiser', roleName: 'Cơ quan tổ chức (Sở Nội vụ)', nav: ALL.filter((x) => x !== 'Người dùng') },
  { username: 'bientap', role: 'unit-editor', roleName: 'Cán bộ nhập liệu đơn vị', nav: UNIT_USER },
  { username: 'lanhdao', role: 'unit-leader', roleName: 'Lãnh đạo đơn vị', nav: UNIT_USER },
  { username: 'thamdinh', role: 'appraiser', roleName: 'Thành viên thẩm định', nav: READER },
  { username: 'chutich', role: 'council-chair', roleName: 'Chủ tịch Hội đồng thẩm định', nav: READER },
  { username: 'xem', role: 'viewer', roleName: 'Người xem', nav: READER },
] as const;

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('log in as each role', () => {
  for (const c of cases) {
    it(`${c.username} (${c.role}) sees the ${c.role} home page and navigation`, async () => {
      const context = await newContext(browser, server.url);
      const page = await context.newPage();
      try {
        const login = new LoginPage(page);
        await login.open();
        await login.login(c.username, server.password);
        const shell = new ShellPage(page);
        const home = new HomePage(page);
        await home.waitLoaded();
        expect(await home.role()).toBe(c.role);
        expect(await home.heading.innerText()).toBe(`Trang chủ — ${c.roleName}`);
        expect(await shell.userRole.innerText()).toBe(c.roleName);
        expect(await shell.navLabels()).toEqual([...c.nav]);
        expect(await home.taskItems.count()).toBeGreaterThan(0);
        await expect.poll(() => page.getByTestId('network-bar').count()).toBe(0);
        await screenshot(page, `home-${c.username}`);
      } finally {
        await context.close();
      }
    });
  }

  it('a unit editor who opens the users screen by address is refused, and can log out', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    try {
      const login = new LoginPage(page);
      await login.open();
      await login.login('bientap', server.password);
      await new HomePage(page).waitLoaded();
      await page.goto('/#/users');
      await page.getByText('Không có quyền truy cập').waitFor();
      expect(await page.getByTestId('users-page').count()).toBe(0);
      await screenshot(page, 'forbidden-bientap-users');
      await new ShellPage(page).logout();
      await login.username.waitFor();
      await page.reload();
      await login.username.waitFor();
      expect(await page.getByTestId('side-nav').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
