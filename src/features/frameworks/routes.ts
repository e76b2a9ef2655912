import type { FastifyInstance } from 'fastify';
import { frameworkDocument, frameworkList, frameworkOutline } from '../../shared/api/frameworks';
import { route } from '../common/http';
import type { FrameworksService } from './service';

export function frameworkRoutes(app: FastifyInstance, frameworks: FrameworksService): void {
  route(app, { method: 'GET', url: '/api/frameworks', summary: 'Criteria sets', tag: 'frameworks', auth: 'user', response: frameworkList }, ({ actor }) =>
    frameworks.list(actor),
  );
  route(
    app,
    { method: 'GET', url: '/api/frameworks/:id', summary: 'One criteria set (points as decimal strings)', tag: 'frameworks', auth: 'user', response: frameworkDocument },
    ({ actor, params }) => frameworks.get(actor, params.id ?? '') as Promise<{ id: string; name: string; nodes: unknown[] }>,
  );
  route(
    app,
    { method: 'GET', url: '/api/frameworks/:id/outline', summary: 'One criteria set for reading: tree, rubric text, findings', tag: 'frameworks', auth: 'user', response: frameworkOutline },
    ({ actor, params }) => frameworks.outline(actor, params.id ?? ''),
  );
}
