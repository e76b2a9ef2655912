// Every demo role logs in and lands on its own home page with only the navigation it may use.
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { browserSession } from './support/session';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';
import { ShellPage } from './pages/shell-page';

// Written out by hand (not imported from web/src/app/access.ts) so the test checks the app.
// Other screens join the navigation as the product grows, so each role lists what it must and
// must not see rather than the whole menu.
const HOME = 'Trang chủ';
const UNITS = 'Đơn vị';
const PERIODS = 'Kỳ đánh giá';
const USERS = 'Người dùng';
const AUDIT = 'Nhật ký thay đổi';
const PASSWORD = 'Đổi mật khẩu';
const cases = [
  { username: 'admin', role: 'admin', roleName: 'Quản trị hệ thống', sees: [HOME, UNITS, PERIODS, USERS, AUDIT, PASSWORD], not: [] },
  { username: 'noivu', role: 'organiser', roleName: 'Cơ quan tổ chức (Sở Nội vụ)', sees: [HOME, UNITS, PERIODS, AUDIT, PASSWORD], not: [USERS] },
  { username: 'bientap', role: 'unit-editor', roleName: 'Cán bộ nhập liệu đơn vị', sees: [HOME, PERIODS, PASSWORD], not: [UNITS, USERS, AUDIT] },
  { username: 'lanhdao', role: 'unit-leader', roleName: 'Lãnh đạo đơn vị', sees: [HOME, PERIODS, PASSWORD], not: [UNITS, USERS, AUDIT] },
  { username: 'thamdinh', role: 'appraiser', roleName: 'Thành viên thẩm định', sees: [HOME, PERIODS, PASSWORD], not: [UNITS, USERS, AUDIT] },
  { username: 'chutich', role: 'council-chair', roleName: 'Chủ tịch Hội đồng thẩm định', sees: [HOME, PERIODS, PASSWORD], not: [UNITS, USERS, AUDIT] },
  { username: 'xem', role: 'viewer', roleName: 'Người xem', sees: [HOME, PERIODS, PASSWORD], not: [UNITS, USERS, AUDIT] },
] as const;

const session = browserSession();

describe('log in as each role', () => {
  for (const c of cases) {
    it(`${c.username} (${c.role}) sees the ${c.role} home page and navigation`, async () => {
      const page = await session.loginAs(c.username);
      const shell = new ShellPage(page);
      const home = new HomePage(page);
      expect(await home.role()).toBe(c.role);
      expect(await home.heading.innerText()).toBe(`Trang chủ — ${c.roleName}`);
      expect(await shell.userRole.innerText()).toBe(c.roleName);
      const nav = await shell.navLabels();
      // Present, in this order (other screens may sit between them), and never the forbidden ones.
      expect(nav.filter((x) => (c.sees as readonly string[]).includes(x))).toEqual([...c.sees]);
      for (const hidden of c.not) expect(nav).not.toContain(hidden);
      expect(nav[0]).toBe(HOME);
      expect(nav[nav.length - 1]).toBe(PASSWORD);
      expect(await home.taskItems.count()).toBeGreaterThan(0);
      await expect.poll(() => page.getByTestId('network-bar').count()).toBe(0);
      await screenshot(page, `home-${c.username}`);
    });
  }

  it('a unit editor who opens the users screen by address is refused, and can log out', async () => {
    const page = await session.loginAs('bientap');
    const login = new LoginPage(page);
    await page.goto('/#/users');
    await page.getByText('Không có quyền truy cập').waitFor();
    expect(await page.getByTestId('users-page').count()).toBe(0);
    await screenshot(page, 'forbidden-bientap-users');
    await new ShellPage(page).logout();
    await login.username.waitFor();
    await page.reload();
    await login.username.waitFor();
    expect(await page.getByTestId('side-nav').count()).toBe(0);
  });
});
