import type { FastifyInstance } from 'fastify';
import { confirmImport, confirmResult, importMatch, importView, matchQuery } from '../../shared/api/imports';
import { fileField } from '../common/file-field';
import { route } from '../common/http';
import type { ImportsService } from './service';

export function importRoutes(app: FastifyInstance, imports: ImportsService): void {
  // The reading threads end with the server (a started worker would otherwise outlive it).
  app.addHook('onClose', () => imports.close());
  route(
    app,
    {
      method: 'POST',
      url: '/api/imports',
      summary: 'Upload a document (.docx, .xlsx, .pdf, .txt, .tsv) and get the parsed preview, kept as a draft',
      tag: 'imports',
      auth: 'user',
      multipart: true,
      response: importView,
    },
    async ({ actor, request, reply }) => {
      const file = await fileField(request);
      // Bounded by the multipart fileSize limit (CHISO_MAX_UPLOAD_MB); over it → 413.
      const bytes = await file.toBuffer();
      const view = await imports.upload(actor, file.filename || 'upload', bytes);
      void reply.code(201);
      return view;
    },
  );
  route(app, { method: 'GET', url: '/api/imports/:id', summary: 'A draft import and its preview', tag: 'imports', auth: 'user', response: importView }, ({ actor, params }) =>
    imports.get(actor, params.id ?? ''),
  );
  route(
    app,
    { method: 'GET', url: '/api/imports/:id/match', summary: "How the rows match a period's criteria set", tag: 'imports', auth: 'user', query: matchQuery, response: importMatch },
    ({ actor, params, query }) => imports.matchForPeriod(actor, params.id ?? '', query.periodId),
  );
  route(
    app,
    { method: 'POST', url: '/api/imports/:id/confirm', summary: "Confirm into a criteria set or into a unit's self-assessment", tag: 'imports', auth: 'user', body: confirmImport, response: confirmResult },
    ({ actor, params, body }) => imports.confirm(actor, params.id ?? '', body),
  );
  route(app, { method: 'POST', url: '/api/imports/:id/discard', summary: 'Discard a draft import', tag: 'imports', auth: 'user' }, async ({ actor, params }) => {
    await imports.discard(actor, params.id ?? '');
    return undefined;
  });
}
