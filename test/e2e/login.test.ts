// A wrong password: the message appears in the current language, the username stays typed,
// the password is emptied; the same person then logs in.
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { browserSession } from './support/session';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';

const session = browserSession();

describe('login page', () => {
  it('shows the error in Vietnamese, keeps the username, and switches the message to English', async () => {
    const page = await session.newPage();
    const login = new LoginPage(page);
    await login.open();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await login.title.innerText()).toBe('Đăng nhập');
    await login.login('noivu', 'not-the-password');
    await login.error.waitFor();
    expect(await login.error.innerText()).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(await login.username.inputValue()).toBe('noivu');
    expect(await login.password.inputValue()).toBe('');
    await screenshot(page, 'login-wrong-password-vi');

    await login.switchLanguage('en');
    await expect.poll(() => login.error.innerText()).toContain('Wrong username or password');
    expect(await login.title.innerText()).toBe('Log in');
    expect(await login.username.inputValue()).toBe('noivu');
    await screenshot(page, 'login-wrong-password-en');
  });

  it('an empty form names the missing fields and sends nothing', async () => {
    const page = await session.newPage();
    const login = new LoginPage(page);
    await login.open();
    let posted = false;
    page.on('request', (r) => {
      if (r.url().endsWith('/api/session/login')) posted = true;
    });
    await login.submit.click();
    await page.getByText('Vui lòng nhập tên đăng nhập').waitFor();
    await page.getByText('Vui lòng nhập mật khẩu').waitFor();
    expect(posted).toBe(false);
  });

  it('after a failed attempt the right password logs in', async () => {
    const page = await session.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login('xem', 'wrong-password-1');
    await login.error.waitFor();
    await login.password.fill(session.server.password);
    await login.submit.click();
    const home = new HomePage(page);
    await home.waitLoaded();
    expect(await home.role()).toBe('viewer');
  });
});
