// Server-side sessions. The cookie holds 256 random bits; the database holds only their SHA-256,
// so a leaked database or backup does not hand out live sessions. Each login makes a new id
// (rotation) and drops the one the browser had. Failed logins are counted per username + IP:
// after `maxFailures` within the window, the pair is refused with 429 until the window passes.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import type { User } from '../../shared/api/session';
import type { Actor } from '../access/policy';
import { nowIso } from '../common/clock';
import { AppError } from '../common/errors';
import { presentUser, toActor } from '../users/present';
import * as users from '../users/repository';
import { dummyHash, verifyPassword } from './password';
import * as repo from './repository';

export interface SessionOptions {
  ttlMs: number;
  lockout: { maxFailures: number; windowMs: number };
}

export interface LiveSession {
  idHash: string;
  csrfToken: string;
  actor: Actor;
  user: User;
}

export const hashSessionId = (id: string): string => createHash('sha256').update(id).digest('hex');

const BAD_LOGIN = new AppError('unauthenticated', {
  vi: 'Tên đăng nhập hoặc mật khẩu không đúng',
  en: 'Wrong username or password',
});

export class SessionsService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: SessionOptions,
  ) {}

  async login(
    usernameInput: string,
    password: string,
    ip: string,
    previousSessionId: string | undefined,
  ): Promise<{ sessionId: string; csrfToken: string; user: User }> {
    const username = usernameInput.trim().toLowerCase();
    const now = new Date();
    const since = new Date(now.getTime() - this.options.lockout.windowMs).toISOString();
    const failures = await repo.countFailuresSince(this.db, username, ip, since);
    if (failures >= this.options.lockout.maxFailures) {
      const minutes = Math.ceil(this.options.lockout.windowMs / 60_000);
      throw new AppError('rate-limited', {
        vi: `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút`,
        en: `Too many failed logins. Try again in ${minutes} minutes`,
      });
    }
    const row = await users.findByUsername(this.db, username);
    // Always run scrypt, so an unknown username takes as long as a wrong password.
    const ok = await verifyPassword(password, row?.password_hash ?? (await dummyHash()));
    if (!row || !ok || row.active !== 1) {
      await repo.recordFailure(this.db, username, ip, now.toISOString());
      throw BAD_LOGIN;
    }
    const sessionId = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    await this.db.transaction().execute(async (tx) => {
      if (previousSessionId) await repo.deleteSession(tx, hashSessionId(previousSessionId));
      await repo.clearFailures(tx, username, ip);
      await repo.insertSession(tx, {
        idHash: hashSessionId(sessionId),
        userId: row.id,
        csrfToken,
        now: now.toISOString(),
        expiresAt: new Date(now.getTime() + this.options.ttlMs).toISOString(),
      });
    });
    return { sessionId, csrfToken, user: presentUser(row) };
  }

  /** The live session behind a cookie value, or null (unknown, expired, or user disabled). */
  async resolve(sessionId: string | undefined): Promise<LiveSession | null> {
    if (!sessionId || sessionId.length > 200) return null;
    const idHash = hashSessionId(sessionId);
    // One query per request: the session joined with its user and the user's unit.
    const found = await repo.findSessionWithUser(this.db, idHash);
    if (!found) return null;
    if (found.expires_at <= nowIso()) {
      await repo.deleteSession(this.db, idHash);
      return null;
    }
    if (found.active !== 1) return null;
    return { idHash, csrfToken: found.csrf_token, actor: toActor(found), user: presentUser(found) };
  }

  async logout(sessionId: string | undefined): Promise<void> {
    if (sessionId) await repo.deleteSession(this.db, hashSessionId(sessionId));
  }

  /** Housekeeping: expired sessions and old failure records. */
  async prune(): Promise<void> {
    const now = nowIso();
    await repo.deleteExpired(this.db, now);
    await repo.pruneFailures(this.db, new Date(Date.now() - this.options.lockout.windowMs).toISOString());
  }
}
