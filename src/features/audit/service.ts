import type { Kysely } from 'kysely';
import type { Database } from '../../db/types';
import type { AuditEntry, AuditQuery } from '../../shared/api/audit';
import { invalid } from '../common/errors';
import { parseJson } from '../common/json';
import { assertCan, type Actor } from '../access/policy';
import * as repo from './repository';

export class AuditService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(actor: Actor, query: AuditQuery): Promise<AuditEntry[]> {
    assertCan(actor, 'audit.read');
    if (query.beforeId !== undefined && query.before === undefined) {
      throw invalid('beforeId', 'chỉ dùng cùng với before (thời điểm của mục cuối đã xem)', 'only together with before (the time of the last entry seen)');
    }
    const rows = await repo.list(this.db, {
      entityType: query.entityType,
      entityId: query.entityId,
      before: query.before === undefined ? undefined : { at: query.before, id: query.beforeId },
      limit: query.limit ?? 100,
    });
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      userId: r.user_id,
      username: r.username ?? null,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: parseJson(r.before),
      after: parseJson(r.after),
    }));
  }
}
