// All SQL on notifications.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/types';

export interface NewNotification {
  kind: string;
  message: { vi: string; en: string };
  link: string | null;
}

export async function insertMany(db: Db, userIds: string[], n: NewNotification, at: string): Promise<void> {
  if (userIds.length === 0) return;
  await db
    .insertInto('notifications')
    .values(userIds.map((user_id) => ({ id: randomUUID(), user_id, at, kind: n.kind, message_vi: n.message.vi, message_en: n.message.en, link: n.link, read_at: null })))
    .execute();
}

export function listFor(db: Db, userId: string, unreadOnly: boolean, limit: number) {
  let q = db.selectFrom('notifications').selectAll().where('user_id', '=', userId);
  if (unreadOnly) q = q.where('read_at', 'is', null);
  return q.orderBy('at', 'desc').orderBy('id').limit(limit).execute();
}

export async function markRead(db: Db, userId: string, id: string, at: string): Promise<boolean> {
  const r = await db.updateTable('notifications').set({ read_at: at }).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export interface UnitUser {
  id: string;
  username: string;
  display_name: string;
  email: string | null;
}

/** Active users of a unit with the given roles, with the address reminders are e-mailed to. */
export async function unitUsers(db: Db, unitId: string, roles: string[]): Promise<UnitUser[]> {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'email'])
    .where('unit_id', '=', unitId)
    .where('role', 'in', roles)
    .where('active', '=', 1)
    .orderBy('username')
    .execute();
}
