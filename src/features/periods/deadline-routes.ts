import type { FastifyInstance } from 'fastify';
import { periodDeadlines, periodDeadlinesSaved, putPeriodDeadlines } from '../../shared/api/periods';
import { route } from '../common/http';
import type { PeriodDeadlinesService } from './deadlines';

export function periodDeadlineRoutes(app: FastifyInstance, deadlines: PeriodDeadlinesService): void {
  route(
    app,
    { method: 'GET', url: '/api/periods/:id/deadlines', summary: "Deadline criteria of the period's set: the set's date, the period's, the effective one", tag: 'periods', auth: 'user', response: periodDeadlines },
    ({ actor, params }) => deadlines.list(actor, params.id ?? ''),
  );
  route(
    app,
    {
      method: 'PUT',
      url: '/api/periods/:id/deadlines',
      summary: 'Set or clear criterion deadlines for the period (organiser); stored points follow in the same transaction',
      tag: 'periods',
      auth: 'user',
      body: putPeriodDeadlines,
      response: periodDeadlinesSaved,
    },
    ({ actor, body, params }) => deadlines.set(actor, params.id ?? '', body),
  );
}
