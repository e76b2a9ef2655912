import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  assessmentHeader,
  assessmentView,
  checklist,
  emptyBody,
  item,
  itemHistory,
  periodAssessmentList,
  remindBody,
  remindResult,
  reopenBody,
  returnBody,
  saveItem,
  submitBody,
} from '../../shared/api/assessments';
import { route } from '../common/http';
import { contentDisposition } from '../../storage/file-name';
import { DOCUMENTS, type AssessmentDocuments, type DocumentName } from './documents';
import type { AssessmentOverview } from './overview';
import type { AssessmentsService } from './service';
import type { AssessmentTransitions } from './transitions';

const documentQuery = z.strictObject({
  place: z.string().max(100).optional(),
  number: z.string().max(20).optional(),
  signerName: z.string().max(100).optional(),
  signerPosition: z.string().max(100).optional(),
  superiorBody: z.string().max(150).optional(),
});

export interface AssessmentRouteServices {
  assessments: AssessmentsService;
  transitions: AssessmentTransitions;
  overview: AssessmentOverview;
  documents: AssessmentDocuments;
}

export function assessmentRoutes(app: FastifyInstance, s: AssessmentRouteServices): void {
  const tag = 'assessments';
  route(app, { method: 'GET', url: '/api/periods/:periodId/assessments', summary: "Every participating unit's self-assessment state", tag, auth: 'user', response: periodAssessmentList }, ({ actor, params }) =>
    s.overview.list(actor, params.periodId ?? ''),
  );
  route(
    app,
    { method: 'GET', url: '/api/periods/:periodId/units/:unitId/assessment', summary: "A unit's self-assessment (created on first access)", tag, auth: 'user', response: assessmentView },
    ({ actor, params }) => s.assessments.viewFor(actor, params.periodId ?? '', params.unitId ?? ''),
  );
  route(app, { method: 'GET', url: '/api/assessments/:id', summary: 'A self-assessment by id', tag, auth: 'user', response: assessmentView }, ({ actor, params }) =>
    s.assessments.view(actor, params.id ?? ''),
  );
  route(
    app,
    { method: 'PUT', url: '/api/assessments/:id/items/:nodeId', summary: 'Save one item (409 with mine/theirs when baseVersion is stale)', tag, auth: 'user', body: saveItem, response: item },
    async ({ actor, params, body, reply }) => {
      const result = await s.assessments.saveItem(actor, params.id ?? '', params.nodeId ?? '', body);
      if (result.ok) return result.item;
      void reply.code(409).send({
        error: {
          code: 'conflict',
          message: { vi: 'Tiêu chí vừa được người khác sửa. Hãy xem hai phiên bản và chọn lại', en: 'Someone else changed this item. Compare both versions and save again' },
          details: { mine: result.mine, theirs: result.theirs },
        },
      });
      return undefined;
    },
  );
  route(app, { method: 'GET', url: '/api/assessments/:id/items/:nodeId/history', summary: "An item's change history", tag, auth: 'user', response: itemHistory }, ({ actor, params }) =>
    s.assessments.history(actor, params.id ?? '', params.nodeId ?? ''),
  );
  route(app, { method: 'GET', url: '/api/assessments/:id/checklist', summary: 'Pre-submit checklist', tag, auth: 'user', response: checklist }, ({ actor, params }) =>
    s.assessments.checklist(actor, params.id ?? ''),
  );
  const move = (url: string, summary: string, body: z.ZodType, run: (actor: Parameters<AssessmentTransitions['move']>[0], id: string, b: Record<string, unknown>) => ReturnType<AssessmentTransitions['move']>) =>
    route(app, { method: 'POST', url, summary, tag, auth: 'user', body, response: assessmentHeader }, ({ actor, params, body: b }) => run(actor, params.id ?? '', b as Record<string, unknown>));
  move('/api/assessments/:id/send-for-review', 'Editor sends the assessment to the leader', emptyBody, (a, id) => s.transitions.move(a, id, 'send-for-review'));
  move('/api/assessments/:id/return', 'Leader returns it to the editor with a comment', returnBody, (a, id, b) => s.transitions.move(a, id, 'return', { text: String(b.comment) }));
  move('/api/assessments/:id/submit', 'Leader submits (pre-submit checklist; confirm=true accepts warnings)', submitBody, (a, id, b) => s.transitions.move(a, id, 'submit', { confirm: b.confirm === true }));
  move('/api/assessments/:id/withdraw', 'Leader withdraws a submission before the deadline', emptyBody, (a, id) => s.transitions.move(a, id, 'withdraw'));
  move('/api/assessments/:id/reopen', 'Organiser reopens a submitted assessment (reason recorded)', reopenBody, (a, id, b) => s.transitions.move(a, id, 'reopen', { text: String(b.reason) }));
  route(app, { method: 'POST', url: '/api/periods/:periodId/reminders', summary: 'Remind units that have not submitted (in-app, and by e-mail when SMTP is configured)', tag, auth: 'user', body: remindBody, response: remindResult }, ({ actor, params, body }) =>
    s.overview.remind(actor, params.periodId ?? '', body.unitIds, body.message),
  );
  for (const name of Object.keys(DOCUMENTS) as DocumentName[]) {
    route(app, { method: 'GET', url: `/api/assessments/:id/documents/${name}`, summary: `Self-assessment ${name}`, tag, auth: 'user', query: documentQuery }, async ({ actor, params, query, reply }) => {
      const doc = await s.documents.render(actor, params.id ?? '', name, query);
      void reply.header('content-type', doc.mime).header('content-disposition', contentDisposition(doc.fileName)).send(doc.bytes);
      return undefined;
    });
  }
}
