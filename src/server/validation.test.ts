import { expect, it } from 'vitest';
import { describeEachApp } from '../../test/support/app';

describeEachApp('bad input and plumbing', (getApp, kind) => {
  it('health answers with version and database kind', async () => {
    const res = await getApp().app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', version: expect.any(String), database: kind });
  });

  it('malformed JSON → 400 bad-request', async () => {
    const t = getApp();
    const res = await t.app.inject({ method: 'POST', url: '/api/session/login', headers: { 'content-type': 'application/json' }, payload: '{"username": "admin",' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('bad-request');
    expect(res.json().error.message.vi).toMatch(/JSON/);
  });

  it('oversize body → 413', async () => {
    const t = getApp();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'admin', password: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload-too-large');
  });

  it('unknown field → 400 naming it', async () => {
    const t = getApp();
    const res = await t.app.inject({ method: 'POST', url: '/api/session/login', payload: { username: 'admin', password: 'x', isAdmin: true } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation');
    expect(res.json().error.field).toBe('isAdmin');
  });

  it('wrong type → 400 naming the nested field, in both languages', async () => {
    const t = getApp();
    const admin = await t.login('admin');
    const res = await t.inject(admin, 'POST', '/api/units', { code: 'X1', name: 'Xã Một', type: 'department', active: 'yes' });
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.field).toBe('active');
    expect(err.message.vi).toContain('active');
    expect(err.message.en).toContain('active');
    const missing = await t.inject(admin, 'POST', '/api/users', { username: 'abc', displayName: 'A', role: 'viewer', password: 'password-1', scopes: { fields: [1], unitIds: [] } });
    expect(missing.json().error.field).toBe('scopes.fields.0');
  });

  it('unknown /api route → JSON 404; other paths → the "not built" page', async () => {
    const t = getApp();
    const api = await t.app.inject({ method: 'GET', url: '/api/does-not-exist' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not-found');
    const page = await t.app.inject({ method: 'GET', url: '/periods/123' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('npm run build');
  });

  it('unauthenticated reads → 401', async () => {
    const res = await getApp().app.inject({ method: 'GET', url: '/api/units' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it('serves an OpenAPI 3.1 document built from the schemas', async () => {
    const res = await getApp().app.inject({ method: 'GET', url: '/api/docs' });
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const login = doc.paths['/api/session/login'].post;
    expect(login.requestBody.content['application/json'].schema.required).toEqual(['username', 'password']);
    expect(doc.paths['/api/periods/{id}/transition'].post.parameters[0].name).toBe('id');
  });

  it('never leaks a stack trace on an internal error', async () => {
    const t = getApp();
    const admin = await t.login('admin');
    await t.database.close();
    const res = await t.inject(admin, 'GET', '/api/units');
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toMatch(/at .*\.ts/);
    expect(res.json().error.code).toBe('internal');
  });
});
