import type { FastifyInstance } from 'fastify';
import { createPeriod, patchPeriod, period, periodList, periodTransition } from '../../shared/api/periods';
import { route } from '../common/http';
import type { PeriodsService } from './service';

export function periodRoutes(app: FastifyInstance, periods: PeriodsService): void {
  route(app, { method: 'GET', url: '/api/periods', summary: 'Periods', tag: 'periods', auth: 'user', response: periodList }, ({ actor }) => periods.list(actor));
  route(
    app,
    { method: 'POST', url: '/api/periods', summary: 'Create a period (draft)', tag: 'periods', auth: 'user', body: createPeriod, response: period },
    async ({ actor, body, reply }) => {
      const created = await periods.create(actor, body);
      void reply.code(201);
      return created;
    },
  );
  route(app, { method: 'GET', url: '/api/periods/:id', summary: 'One period', tag: 'periods', auth: 'user', response: period }, ({ actor, params }) =>
    periods.get(actor, params.id ?? ''),
  );
  route(
    app,
    { method: 'PATCH', url: '/api/periods/:id', summary: 'Change a period', tag: 'periods', auth: 'user', body: patchPeriod, response: period },
    ({ actor, body, params }) => periods.update(actor, params.id ?? '', body),
  );
  route(
    app,
    {
      method: 'POST',
      url: '/api/periods/:id/transition',
      summary: 'Move a period to its next status (draft→open→appraisal→closed→published)',
      tag: 'periods',
      auth: 'user',
      body: periodTransition,
      response: period,
    },
    ({ actor, body, params }) => periods.transition(actor, params.id ?? '', body.to),
  );
}
