import type { FastifyInstance } from 'fastify';
import { addProgress, patchRemediationRow, remediationOverview, remediationPlan, remediationRow } from '../../shared/api/remediation';
import { contentDisposition } from '../../storage/file-name';
import { route } from '../common/http';
import type { RemediationService } from './service';

const MIME = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };

export function remediationRoutes(app: FastifyInstance, remediation: RemediationService): void {
  const tag = 'remediation';
  const p = (params: Record<string, string>, k: string) => params[k] ?? '';
  route(app, { method: 'GET', url: '/api/periods/:periodId/units/:unitId/remediation', summary: "A unit's remediation plan", tag, auth: 'user', response: remediationPlan }, ({ actor, params }) =>
    remediation.plan(actor, p(params, 'periodId'), p(params, 'unitId')),
  );
  route(app, { method: 'GET', url: '/api/periods/:periodId/remediation', summary: "Every unit's plan in numbers: points to regain, rows filled, statuses, overdue, last change", tag, auth: 'user', response: remediationOverview }, ({ actor, params }) =>
    remediation.overview(actor, p(params, 'periodId')),
  );
  route(
    app,
    { method: 'PATCH', url: '/api/remediation/:rowId', summary: 'Fill a plan row (409 with both versions when stale)', tag, auth: 'user', body: patchRemediationRow, response: remediationRow },
    async ({ actor, params, body, reply }) => {
      const result = await remediation.patch(actor, p(params, 'rowId'), body);
      if (result.ok) return result.row;
      return reply.code(409).send({
        error: { code: 'conflict', message: { vi: 'Người khác vừa sửa dòng này; hãy xem lại trước khi lưu', en: 'Someone else changed this row; review it before saving' }, details: { mine: result.mine, theirs: result.theirs } },
      });
    },
  );
  route(app, { method: 'POST', url: '/api/remediation/:rowId/progress', summary: 'Add a progress note', tag, auth: 'user', body: addProgress, response: remediationRow }, ({ actor, params, body }) =>
    remediation.addProgress(actor, p(params, 'rowId'), body.note, body.status),
  );
  route(app, { method: 'GET', url: '/api/periods/:periodId/remediation.xlsx', summary: "Every unit's remediation plan in one spreadsheet (.xlsx)", tag, auth: 'user' }, async ({ actor, params, reply }) => {
    const doc = await remediation.allDocument(actor, p(params, 'periodId'));
    return reply.header('content-type', MIME.xlsx).header('content-disposition', contentDisposition(doc.fileName)).send(doc.bytes);
  });
  for (const kind of ['docx', 'xlsx'] as const) {
    route(app, { method: 'GET', url: `/api/periods/:periodId/units/:unitId/remediation.${kind}`, summary: `Remediation plan (.${kind})`, tag, auth: 'user' }, async ({ actor, params, reply }) => {
      const doc = await remediation.document(actor, p(params, 'periodId'), p(params, 'unitId'), kind);
      return reply.header('content-type', MIME[kind]).header('content-disposition', contentDisposition(doc.fileName)).send(doc.bytes);
    });
  }
}
