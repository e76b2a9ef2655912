import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to SQLite in ./data, no e-mail, a cookie that also works over plain HTTP', () => {
    const c = loadConfig({}, '/srv/chiso');
    expect(c.database).toEqual({ kind: 'sqlite', file: '/srv/chiso/data/chiso.db' });
    expect(c.smtp).toBeUndefined();
    expect(c.cookieSecure).toBe(false);
  });

  it('marks the session cookie Secure when the public address is https, unless told otherwise', () => {
    expect(loadConfig({ CHISO_PUBLIC_URL: 'https://cchc.example.gov.vn/' }).cookieSecure).toBe(true);
    expect(loadConfig({ CHISO_PUBLIC_URL: 'https://cchc.example.gov.vn/' }).publicUrl).toBe('https://cchc.example.gov.vn');
    expect(loadConfig({ CHISO_PUBLIC_URL: 'https://x.vn', CHISO_COOKIE_SECURE: '0' }).cookieSecure).toBe(false);
    expect(loadConfig({ CHISO_COOKIE_SECURE: 'yes' }).cookieSecure).toBe(true);
  });

  it('takes an SMTP address with a default sender, and names a malformed one', () => {
    expect(loadConfig({ CHISO_SMTP_URL: 'smtp://mail:secret@127.0.0.1:2525' }).smtp?.from).toContain('no-reply');
    expect(() => loadConfig({ CHISO_SMTP_URL: 'mail.example.vn' })).toThrow(ConfigError);
    expect(() => loadConfig({ CHISO_SMTP_URL: 'mail.example.vn' })).toThrow(/CHISO_SMTP_URL/);
  });
});
