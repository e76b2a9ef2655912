import { z } from 'zod';
import { id } from './common';

export const auditEntry = z.object({
  id,
  at: z.string(),
  userId: id.nullable(),
  username: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntry>;
export const auditList = z.array(auditEntry);

export const auditQuery = z.strictObject({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  /**
   * Paging backwards: entries older than this timestamp or, with `beforeId`, older than the
   * entry (before, beforeId) in the list's order (time, then id, newest first). Pass the last
   * entry's `at` and `id`: entries written in the same millisecond are neither skipped nor repeated.
   */
  before: z.string().max(40).optional(),
  beforeId: id.optional(),
});
export type AuditQuery = z.infer<typeof auditQuery>;
