// All SQL on audit_log. `record` is called by other features inside their own transaction, so
// a change and its audit entry commit or roll back together.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/types';
import { nowIso } from '../common/clock';
import { toJson } from '../common/json';

export interface AuditRecord {
  userId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export async function record(db: Db, entry: AuditRecord): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: randomUUID(),
      at: nowIso(),
      user_id: entry.userId,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    })
    .execute();
}

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  /** Keyset cursor: the last entry already seen; `id` alone is not enough (ids are random). */
  before?: { at: string; id?: string };
  limit: number;
}

export async function list(db: Db, filter: AuditFilter) {
  let q = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.user_id',
      'users.username',
      'audit_log.action',
      'audit_log.entity_type',
      'audit_log.entity_id',
      'audit_log.before',
      'audit_log.after',
    ]);
  if (filter.entityType !== undefined) q = q.where('audit_log.entity_type', '=', filter.entityType);
  if (filter.entityId !== undefined) q = q.where('audit_log.entity_id', '=', filter.entityId);
  // Keyset on (at, id), the order of the list: entries written in the same millisecond share
  // `at`, so a cursor on `at` alone would skip those not yet shown.
  const before = filter.before;
  if (before?.id !== undefined) {
    const id = before.id;
    q = q.where((eb) => eb.or([eb('audit_log.at', '<', before.at), eb.and([eb('audit_log.at', '=', before.at), eb('audit_log.id', '<', id)])]));
  } else if (before !== undefined) {
    q = q.where('audit_log.at', '<', before.at);
  }
  return q.orderBy('audit_log.at', 'desc').orderBy('audit_log.id', 'desc').limit(filter.limit).execute();
}
