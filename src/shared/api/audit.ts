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
  /** Entries strictly older than this timestamp (paging backwards). */
  before: z.string().max(40).optional(),
});
export type AuditQuery = z.infer<typeof auditQuery>;
