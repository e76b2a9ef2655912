// Vietnamese by default; the English switch changes every label, survives a reload (this
// browser) and a new device (the account), and switching back restores Vietnamese.
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { browserSession } from './support/session';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';
import { ShellPage } from './pages/shell-page';

const session = browserSession();

async function loginAs(username: string) {
  const page = await session.loginAs(username);
  return { page, home: new HomePage(page), shell: new ShellPage(page) };
}

describe('language switch', () => {
  it('switches to English and back, and the choice persists', async () => {
    const { page, home, shell } = await loginAs('noivu');
    expect(await shell.navLabels()).toContain('Kỳ đánh giá');
    await shell.switchLanguage('en');
    await expect.poll(() => home.heading.innerText()).toBe('Home — Organiser (Home Affairs)');
    const english = await shell.navLabels();
    for (const label of ['Home', 'Units', 'Assessment periods', 'Audit log', 'Change password']) expect(english).toContain(label);
    for (const label of ['Trang chủ', 'Đơn vị', 'Kỳ đánh giá', 'Nhật ký thay đổi', 'Đổi mật khẩu']) expect(english).not.toContain(label);
    expect(await shell.logoutButton.innerText()).toBe('Log out');
    expect(await home.tasks.locator('.ant-card-head-title').innerText()).toBe('To do');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'home-noivu-en');

    // The same browser after a reload.
    await page.reload();
    await home.waitLoaded();
    expect(await home.heading.innerText()).toBe('Home — Organiser (Home Affairs)');

    // Another screen in English, with antd's own texts (pagination, empty states) too.
    await shell.goTo('Units');
    await page.getByTestId('units-page').waitFor();
    expect(await page.locator('main h2').innerText()).toBe('Units');
    expect(await page.locator('main th').allInnerTexts()).toContain('Unit code');
    await screenshot(page, 'units-en');

    // A new device: the account remembers English.
    const second = await loginAs('noivu');
    expect(await second.home.heading.innerText()).toBe('Home — Organiser (Home Affairs)');
    await second.shell.switchLanguage('vi');
    await expect.poll(() => second.home.heading.innerText()).toBe('Trang chủ — Cơ quan tổ chức (Sở Nội vụ)');
    const vietnamese = await second.shell.navLabels();
    for (const label of ['Trang chủ', 'Đơn vị', 'Kỳ đánh giá', 'Nhật ký thay đổi', 'Đổi mật khẩu']) expect(vietnamese).toContain(label);
    expect(vietnamese).not.toContain('Home');
    await second.page.reload();
    await second.home.waitLoaded();
    expect(await second.home.heading.innerText()).toBe('Trang chủ — Cơ quan tổ chức (Sở Nội vụ)');
    expect(await second.page.locator('html').getAttribute('lang')).toBe('vi');
  });

  it('English chosen on the login page is kept after logging in', async () => {
    const page = await session.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.switchLanguage('en');
    expect(await login.submit.innerText()).toBe('Log in');
    expect(await page.locator('label[for="login_username"]').innerText()).toBe('Username');
    await screenshot(page, 'login-en');
    await login.login('xem', session.server.password);
    const home = new HomePage(page);
    await home.waitLoaded();
    expect(await home.heading.innerText()).toBe('Home — Viewer');
  });
});
