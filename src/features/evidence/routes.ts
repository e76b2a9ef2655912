import type { FastifyInstance } from 'fastify';
import { createEvidence, evidence, evidenceList, patchEvidence } from '../../shared/api/evidence';
import { contentDisposition } from '../../storage/file-name';
import { AppError } from '../common/errors';
import { fileField } from '../common/file-field';
import { route } from '../common/http';
import type { EvidenceService } from './service';

function fieldValue(fields: Record<string, unknown>, name: string): string | undefined {
  const f = fields[name] as { type?: string; value?: unknown } | undefined;
  return f && f.type === 'field' && typeof f.value === 'string' ? f.value : undefined;
}

export function evidenceRoutes(app: FastifyInstance, service: EvidenceService): void {
  const tag = 'evidence';
  route(app, { method: 'GET', url: '/api/assessments/:id/evidence', summary: "The assessment's evidence library", tag, auth: 'user', response: evidenceList }, ({ actor, params }) =>
    service.list(actor, params.id ?? ''),
  );
  route(
    app,
    {
      method: 'POST',
      url: '/api/assessments/:id/evidence',
      summary: 'Add evidence: multipart `file` (optional fields title, documentDate first) or JSON link / citation',
      tag,
      auth: 'user',
      multipart: true,
      response: evidence,
    },
    async ({ actor, params, request, reply }) => {
      const id = params.id ?? '';
      if (!request.isMultipart()) {
        const created = await service.create(actor, id, createEvidence.parse(request.body ?? {}));
        void reply.code(201);
        return created;
      }
      const file = await fileField(request, { limits: { fileSize: service.maxUploadBytes, files: 1 } });
      const date = fieldValue(file.fields, 'documentDate');
      if (date !== undefined && date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
        file.file.resume();
        throw new AppError('validation', { vi: 'documentDate: cần dạng YYYY-MM-DD', en: 'documentDate: expected YYYY-MM-DD' }, 'documentDate');
      }
      const title = fieldValue(file.fields, 'title');
      const result = await service.upload(
        actor,
        id,
        file.file,
        { fileName: file.filename, ...(title !== undefined ? { title } : {}), ...(date ? { documentDate: date } : {}) },
        () => file.file.truncated,
      );
      void reply.code(result.created ? 201 : 200);
      return result.evidence;
    },
  );
  route(app, { method: 'PATCH', url: '/api/evidence/:id', summary: 'Correct title or document date', tag, auth: 'user', body: patchEvidence, response: evidence }, ({ actor, params, body }) =>
    service.patch(actor, params.id ?? '', body),
  );
  route(app, { method: 'DELETE', url: '/api/evidence/:id', summary: 'Delete unused evidence', tag, auth: 'user' }, async ({ actor, params }) => {
    await service.remove(actor, params.id ?? '');
    return undefined;
  });
  route(app, { method: 'GET', url: '/api/evidence/:id/file', summary: 'Download the evidence file (?inline=1: shown in the page for PDF and images)', tag, auth: 'user' }, async ({ actor, params, request, reply }) => {
    const f = await service.file(actor, params.id ?? '');
    // Appraisers preview PDFs and images in the page (issue 6); everything else downloads.
    const inline = (request.query as { inline?: string } | undefined)?.inline === '1' && /^(application\/pdf|image\/(jpeg|png|gif|webp))$/.test(f.mime);
    // Awaiting the reply waits until the stream is sent, so route() sees it as answered.
    await reply
      .header('content-type', f.mime)
      .header('content-length', String(f.size))
      .header('content-disposition', contentDisposition(f.fileName, inline ? 'inline' : 'attachment'))
      .header('x-content-type-options', 'nosniff')
      .send(f.stream);
    return undefined;
  });
}
