import type { FastifyInstance } from 'fastify';
import { auditList, auditQuery } from '../../shared/api/audit';
import { route } from '../common/http';
import type { AuditService } from './service';

export function auditRoutes(app: FastifyInstance, audit: AuditService): void {
  route(
    app,
    { method: 'GET', url: '/api/audit', summary: 'Audit log, filtered by entity', tag: 'audit', auth: 'user', query: auditQuery, response: auditList },
    ({ actor, query }) => audit.list(actor, query),
  );
}
