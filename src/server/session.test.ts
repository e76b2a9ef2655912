import { expect, it } from 'vitest';
import { describeEachApp, DEMO_PASSWORD } from '../../test/support/app';

describeEachApp('sessions over HTTP', (getApp) => {
  it('logs in, shows the session, logs out', async () => {
    const t = getApp();
    const s = await t.login('admin');
    const me = await t.inject(s, 'GET', '/api/session');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe('admin');
    expect(me.json().csrfToken).toBe(s.csrfToken);
    const out = await t.inject(s, 'POST', '/api/session/logout');
    expect(out.statusCode).toBe(204);
    const after = await t.inject(s, 'GET', '/api/session');
    expect(after.json()).toEqual({ user: null, csrfToken: null });
    expect((await t.inject(s, 'GET', '/api/units')).statusCode).toBe(401);
  });

  it('sets an HttpOnly SameSite=Lax cookie', async () => {
    const t = getApp();
    const res = await t.app.inject({ method: 'POST', url: '/api/session/login', payload: { username: 'admin', password: DEMO_PASSWORD } });
    const cookie = res.cookies.find((c) => c.name === 'chiso_sid')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.value.length).toBeGreaterThanOrEqual(43);
  });

  it('answers the same for a wrong password and an unknown user', async () => {
    const t = getApp();
    const wrong = await t.app.inject({ method: 'POST', url: '/api/session/login', payload: { username: 'admin', password: 'nope-nope' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/session/login', payload: { username: 'ghost', password: 'nope-nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.body).toBe(unknown.body);
  });

  it('rotates the session id at login and ends the old one', async () => {
    const t = getApp();
    const first = await t.login('noivu');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session/login',
      payload: { username: 'noivu', password: DEMO_PASSWORD },
      headers: { cookie: first.cookie },
    });
    const next = res.cookies.find((c) => c.name === 'chiso_sid')!.value;
    expect(`chiso_sid=${next}`).not.toBe(first.cookie);
    expect((await t.inject(first, 'GET', '/api/session')).json().user).toBeNull();
  });

  it('refuses a change without the CSRF token, or with another session’s token', async () => {
    const t = getApp();
    const admin = await t.login('admin');
    const other = await t.login('noivu');
    const body = { locale: 'en' };
    const none = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: admin.cookie }, payload: body });
    expect(none.statusCode).toBe(403);
    expect(none.json().error.code).toBe('forbidden');
    const wrong = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: admin.cookie, 'x-csrf-token': other.csrfToken }, payload: body });
    expect(wrong.statusCode).toBe(403);
    const ok = await t.inject(admin, 'PATCH', '/api/me', body);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().locale).toBe('en');
  });

  it('locks a username+IP out after 5 failures with 429, other IPs unaffected', async () => {
    const t = getApp();
    const attempt = (password: string, ip: string) =>
      t.app.inject({ method: 'POST', url: '/api/session/login', payload: { username: 'xem', password }, remoteAddress: ip });
    for (let i = 0; i < 5; i++) expect((await attempt('wrong-password', '10.0.0.1')).statusCode).toBe(401);
    const locked = await attempt(DEMO_PASSWORD, '10.0.0.1');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('rate-limited');
    expect((await attempt(DEMO_PASSWORD, '10.0.0.2')).statusCode).toBe(200);
  });

  it('ends a disabled user’s sessions and refuses their login', async () => {
    const t = getApp();
    const admin = await t.login('admin');
    const editor = await t.login('bientap');
    expect((await t.inject(editor, 'GET', '/api/home')).statusCode).toBe(200);
    const res = await t.inject(admin, 'PATCH', `/api/users/${editor.userId}`, { active: false });
    expect(res.statusCode).toBe(200);
    expect(res.json().active).toBe(false);
    expect((await t.inject(editor, 'GET', '/api/home')).statusCode).toBe(401);
    await expect(t.login('bientap')).rejects.toThrow(/401/);
  });

  it('changes the own password: old one stops working, wrong current password names the field', async () => {
    const t = getApp();
    const s = await t.login('chutich');
    const bad = await t.inject(s, 'POST', '/api/me/password', { currentPassword: 'not-it', newPassword: 'new-password-1' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('currentPassword');
    const ok = await t.inject(s, 'POST', '/api/me/password', { currentPassword: DEMO_PASSWORD, newPassword: 'new-password-1' });
    expect(ok.statusCode).toBe(204);
    await expect(t.login('chutich')).rejects.toThrow(/401/);
    await t.login('chutich', 'new-password-1');
  });

  it('lets an admin reset a password, which ends that user’s sessions', async () => {
    const t = getApp();
    const admin = await t.login('admin');
    const viewer = await t.login('xem');
    const res = await t.inject(admin, 'POST', `/api/users/${viewer.userId}/password`, { password: 'reset-password-9' });
    expect(res.statusCode).toBe(204);
    expect((await t.inject(viewer, 'GET', '/api/home')).statusCode).toBe(401);
    await t.login('xem', 'reset-password-9');
  });

  it('forbids users management to non-admins', async () => {
    const t = getApp();
    const organiser = await t.login('noivu');
    const res = await t.inject(organiser, 'POST', '/api/users', { username: 'abc', displayName: 'A', role: 'viewer', password: 'password-123' });
    expect(res.statusCode).toBe(403);
  });
});
