// E-mail addresses on accounts: set by the administrator (create, change, clear) or by the
// person themself (PATCH /api/me); a malformed address is refused naming the field.
import { expect, it } from 'vitest';
import { describeEachApp } from '../../../test/support/app';
import type { User } from '../../shared/api/session';

interface ErrorBody {
  error: { code: string; field?: string; message: { vi: string; en: string } };
}

describeEachApp('user e-mail addresses', (getApp) => {
  it('the administrator sets, changes and clears an address; it is audited', async () => {
    const t = getApp();
    const admin = await t.login('admin');
    const created = await t.inject(admin, 'POST', '/api/users', { username: 'thu.ky', displayName: 'Thư ký', role: 'viewer', password: 'password-123', email: 'thuky@sonoivu.example.vn' });
    expect(created.statusCode).toBe(201);
    const u = created.json<User>();
    expect(u.email).toBe('thuky@sonoivu.example.vn');
    const changed = await t.inject(admin, 'PATCH', `/api/users/${u.id}`, { email: 'thu.ky@sonoivu.example.vn' });
    expect(changed.json<User>().email).toBe('thu.ky@sonoivu.example.vn');
    const list = (await t.inject(admin, 'GET', '/api/users')).json<User[]>();
    expect(list.find((x) => x.id === u.id)!.email).toBe('thu.ky@sonoivu.example.vn');
    expect(list.find((x) => x.username === 'lanhdao')!.email).toBeNull();
    const cleared = await t.inject(admin, 'PATCH', `/api/users/${u.id}`, { email: null });
    expect(cleared.json<User>().email).toBeNull();
    const audit = (await t.inject(admin, 'GET', `/api/audit?entityType=user&entityId=${u.id}`)).json<{ action: string; before: { email?: string } | null; after: { email?: string | null } }[]>();
    expect(audit.map((a) => a.after.email)).toEqual([null, 'thu.ky@sonoivu.example.vn', 'thuky@sonoivu.example.vn']);
  });

  it('refuses a malformed address with 400 naming the field, in Vietnamese and English', async () => {
    const t = getApp();
    const admin = await t.login('admin');
    const bad = await t.inject(admin, 'POST', '/api/users', { username: 'thu.ky', displayName: 'Thư ký', role: 'viewer', password: 'password-123', email: 'thuky@' });
    expect(bad.statusCode).toBe(400);
    const body = bad.json<ErrorBody>();
    expect(body.error.field).toBe('email');
    expect(body.error.message.vi).toMatch(/^email: sai định dạng/);
    expect(body.error.message.en).toMatch(/^email: invalid format/);
    expect(body.error.message.vi).toContain('name@example.gov.vn');
    const users = (await t.inject(admin, 'GET', '/api/users')).json<User[]>();
    expect(users.some((u) => u.username === 'thu.ky')).toBe(false);
    const editor = users.find((u) => u.username === 'bientap')!;
    const patch = await t.inject(admin, 'PATCH', `/api/users/${editor.id}`, { email: 'nam tran@stp.example.vn' });
    expect(patch.statusCode).toBe(400);
    expect(patch.json<ErrorBody>().error.field).toBe('email');
  });

  it('each person sets their own address; the session shows it', async () => {
    const t = getApp();
    const editor = await t.login('bientap');
    const res = await t.inject(editor, 'PATCH', '/api/me', { email: 'nam.tran@stp.example.vn' });
    expect(res.statusCode).toBe(200);
    expect(res.json<User>()).toMatchObject({ username: 'bientap', email: 'nam.tran@stp.example.vn', locale: 'vi' });
    const session = (await t.inject(editor, 'GET', '/api/session')).json<{ user: User }>();
    expect(session.user.email).toBe('nam.tran@stp.example.vn');
    // The language alone still works as before and leaves the address alone.
    expect((await t.inject(editor, 'PATCH', '/api/me', { locale: 'en' })).json<User>()).toMatchObject({ locale: 'en', email: 'nam.tran@stp.example.vn' });
    const bad = await t.inject(editor, 'PATCH', '/api/me', { email: 'không-phải-thư' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.field).toBe('email');
    expect((await t.inject(editor, 'PATCH', '/api/me', { email: null })).json<User>().email).toBeNull();
    const audit = (await t.inject(await t.login('admin'), 'GET', `/api/audit?entityType=user&entityId=${editor.userId}`)).json<{ action: string; userId: string | null; after: { email?: string | null } }[]>();
    const updates = audit.filter((a) => a.action === 'user.update');
    expect(updates.map((a) => [a.userId, a.after.email])).toEqual([
      [editor.userId, null],
      [editor.userId, 'nam.tran@stp.example.vn'],
    ]);
  });
});
