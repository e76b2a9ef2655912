// In-app notifications (reminders, workflow moves). They are written in the caller's
// transaction; e-mail copies of reminders are sent after the commit by the caller
// (src/features/assessments/overview.ts through src/features/mail/), never from here.
import type { Kysely } from 'kysely';
import type { Database, Db } from '../../db/types';
import type { Notification } from '../../shared/api/assessments';
import { assertCan, type Actor } from '../access/policy';
import { nowIso } from '../common/clock';
import { notFound } from '../common/errors';
import * as repo from './repository';

export class NotificationsService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(actor: Actor, unreadOnly: boolean): Promise<Notification[]> {
    assertCan(actor, 'notification.read');
    const rows = await repo.listFor(this.db, actor.id, unreadOnly, 200);
    return rows.map((r) => ({ id: r.id, at: r.at, kind: r.kind, message: { vi: r.message_vi, en: r.message_en }, link: r.link, readAt: r.read_at }));
  }

  async markRead(actor: Actor, id: string): Promise<void> {
    assertCan(actor, 'notification.read');
    if (!(await repo.markRead(this.db, actor.id, id, nowIso()))) throw notFound({ vi: 'thông báo', en: 'Notification' });
  }

  /** Tells the unit's editors and leaders; returns how many people were notified. */
  async notifyUnit(db: Db, unitId: string, n: repo.NewNotification & { exceptUserId?: string }): Promise<number> {
    return (await this.notifyUnitUsers(db, unitId, n)).length;
  }

  /** As `notifyUnit`, returning the people notified (with their e-mail addresses). */
  async notifyUnitUsers(db: Db, unitId: string, n: repo.NewNotification & { exceptUserId?: string }): Promise<repo.UnitUser[]> {
    const users = (await repo.unitUsers(db, unitId, ['unit-editor', 'unit-leader'])).filter((u) => u.id !== n.exceptUserId);
    await repo.insertMany(db, users.map((u) => u.id), { kind: n.kind, message: n.message, link: n.link }, nowIso());
    return users;
  }
}
