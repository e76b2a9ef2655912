import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  answerRound,
  appraisalItemView,
  appraisalSummary,
  appraisalUnitList,
  assignment,
  assignmentsView,
  finaliseBody,
  putAssignment,
  queueQuery,
  queueView,
  reopenAppraisal,
  returnItem,
  round,
  saveAppraisal,
} from '../../shared/api/appraisal';
import { route } from '../common/http';
import type { AssignmentsService } from './assignments';
import type { CouncilService } from './council';
import type { AppraisalService } from './service';

const acceptSelf = z.strictObject({ nodeIds: z.array(z.string().max(200)).max(1000).optional() });

export function appraisalRoutes(app: FastifyInstance, s: { appraisal: AppraisalService; assignments: AssignmentsService; council: CouncilService }): void {
  const tag = 'appraisal';
  const p = (params: Record<string, string>, k: string) => params[k] ?? '';
  route(app, { method: 'GET', url: '/api/periods/:periodId/appraisal/assignments', summary: 'Appraisers and their fields × units', tag, auth: 'user', response: assignmentsView }, ({ actor, params }) =>
    s.assignments.list(actor, p(params, 'periodId')),
  );
  route(
    app,
    { method: 'PUT', url: '/api/periods/:periodId/appraisal/assignments/:userId', summary: 'Assign an appraiser', tag, auth: 'user', body: putAssignment, response: assignment },
    ({ actor, params, body }) => s.assignments.put(actor, p(params, 'periodId'), p(params, 'userId'), body),
  );
  route(app, { method: 'GET', url: '/api/periods/:periodId/appraisal/queue', summary: "The appraiser's queue", tag, auth: 'user', query: queueQuery, response: queueView }, ({ actor, params, query }) =>
    s.assignments.queue(actor, p(params, 'periodId'), query),
  );
  route(app, { method: 'GET', url: '/api/periods/:periodId/appraisal/units', summary: 'Appraisal progress per unit', tag, auth: 'user', response: appraisalUnitList }, ({ actor, params }) =>
    s.council.units(actor, p(params, 'periodId')),
  );
  route(app, { method: 'GET', url: '/api/periods/:periodId/units/:unitId/appraisal', summary: "A unit's appraisal summary", tag, auth: 'user', response: appraisalSummary }, ({ actor, params }) =>
    s.council.summaryFor(actor, p(params, 'periodId'), p(params, 'unitId')),
  );
  route(app, { method: 'GET', url: '/api/assessments/:id/appraisal/items/:nodeId', summary: 'One item to appraise', tag, auth: 'user', response: appraisalItemView }, ({ actor, params }) =>
    s.appraisal.item(actor, p(params, 'id'), p(params, 'nodeId')),
  );
  route(
    app,
    { method: 'PUT', url: '/api/assessments/:id/appraisal/items/:nodeId', summary: 'Set the appraisal (409 with both versions when stale)', tag, auth: 'user', body: saveAppraisal, response: appraisalItemView },
    async ({ actor, params, body, reply }) => {
      const result = await s.appraisal.save(actor, p(params, 'id'), p(params, 'nodeId'), body);
      if (result.ok) return result.item;
      return reply.code(409).send({
        error: {
          code: 'conflict',
          message: { vi: 'Người khác vừa sửa tiêu chí này; hãy xem lại trước khi lưu', en: 'Someone else changed this item; review it before saving' },
          details: { mine: result.mine, theirs: result.theirs },
        },
      });
    },
  );
  route(
    app,
    { method: 'POST', url: '/api/assessments/:id/appraisal/accept-self', summary: 'Accept the self scores of unscored items in scope', tag, auth: 'user', body: acceptSelf, response: z.object({ accepted: z.number().int() }) },
    ({ actor, params, body }) => s.appraisal.acceptSelf(actor, p(params, 'id'), body.nodeIds),
  );
  route(
    app,
    { method: 'POST', url: '/api/assessments/:id/appraisal/items/:nodeId/return', summary: 'Return the item for explanation', tag, auth: 'user', body: returnItem, response: round },
    async ({ actor, params, body, reply }) => {
      const created = await s.appraisal.returnItem(actor, p(params, 'id'), p(params, 'nodeId'), body);
      void reply.code(201);
      return created;
    },
  );
  route(app, { method: 'GET', url: '/api/assessments/:id/appraisal/returns', summary: 'Every return of the assessment', tag, auth: 'user', response: z.array(round) }, ({ actor, params }) =>
    s.appraisal.returns(actor, p(params, 'id')),
  );
  route(app, { method: 'POST', url: '/api/appraisal/rounds/:roundId/answer', summary: "The unit's answer to a return", tag, auth: 'user', body: answerRound, response: round }, ({ actor, params, body }) =>
    s.appraisal.answer(actor, p(params, 'roundId'), body),
  );
  route(app, { method: 'POST', url: '/api/assessments/:id/appraisal/finalise', summary: 'Finalise the unit (council chair)', tag, auth: 'user', body: finaliseBody, response: appraisalSummary }, ({ actor, params }) =>
    s.council.finalise(actor, p(params, 'id')),
  );
  route(app, { method: 'POST', url: '/api/assessments/:id/appraisal/reopen', summary: 'Reopen a finalised unit (reason recorded)', tag, auth: 'user', body: reopenAppraisal, response: appraisalSummary }, ({ actor, params, body }) =>
    s.council.reopen(actor, p(params, 'id'), body.reason),
  );
}
