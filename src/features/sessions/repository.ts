import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/types';
import { USER_COLUMNS } from '../users/repository';

export async function insertSession(
  db: Db,
  s: { idHash: string; userId: string; csrfToken: string; now: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id_hash: s.idHash, user_id: s.userId, csrf_token: s.csrfToken, created_at: s.now, expires_at: s.expiresAt, last_seen_at: s.now })
    .execute();
}

export function findSession(db: Db, idHash: string) {
  return db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
}

/** The session with the user row (as users/repository's UserRow) in one round trip. */
export function findSessionWithUser(db: Db, idHash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('units', 'units.id', 'users.unit_id')
    .select(['sessions.csrf_token', 'sessions.expires_at', ...USER_COLUMNS])
    .where('sessions.id_hash', '=', idHash)
    .executeTakeFirst();
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Ends every session of a user, or all but `keep`. */
export async function deleteUserSessions(db: Db, userId: string, keep?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keep !== undefined) q = q.where('id_hash', '<>', keep);
  await q.execute();
}

export async function deleteExpired(db: Db, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

export async function recordFailure(db: Db, username: string, ip: string, at: string): Promise<void> {
  await db.insertInto('login_failures').values({ id: randomUUID(), username, ip, at }).execute();
}

export async function countFailuresSince(db: Db, username: string, ip: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('username', '=', username)
    .where('ip', '=', ip)
    .where('at', '>', since)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function clearFailures(db: Db, username: string, ip: string): Promise<void> {
  await db.deleteFrom('login_failures').where('username', '=', username).where('ip', '=', ip).execute();
}

export async function pruneFailures(db: Db, before: string): Promise<void> {
  await db.deleteFrom('login_failures').where('at', '<', before).execute();
}
