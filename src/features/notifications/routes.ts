import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { notificationList } from '../../shared/api/assessments';
import { route } from '../common/http';
import type { NotificationsService } from './service';

const query = z.strictObject({ unread: z.enum(['true', 'false']).optional() });

export function notificationRoutes(app: FastifyInstance, service: NotificationsService): void {
  route(app, { method: 'GET', url: '/api/notifications', summary: 'My notifications (newest first)', tag: 'notifications', auth: 'user', query, response: notificationList }, ({ actor, query: q }) =>
    service.list(actor, q.unread === 'true'),
  );
  route(app, { method: 'POST', url: '/api/notifications/:id/read', summary: 'Mark a notification read', tag: 'notifications', auth: 'user' }, async ({ actor, params }) => {
    await service.markRead(actor, params.id ?? '');
    return undefined;
  });
}
