import type { FastifyInstance } from 'fastify';
import { putSurveyFigure, surveyFigure, surveyImportResult, surveyView } from '../../shared/api/surveys';
import { fileField } from '../common/file-field';
import { route } from '../common/http';
import type { SurveysService } from './service';
import { readSurveyTable } from './spreadsheet';

export function surveyRoutes(app: FastifyInstance, surveys: SurveysService): void {
  const tag = 'surveys';
  const p = (params: Record<string, string>, k: string) => params[k] ?? '';
  route(app, { method: 'GET', url: '/api/periods/:periodId/surveys', summary: 'Survey figures, their sources and the points they give', tag, auth: 'user', response: surveyView }, ({ actor, params }) =>
    surveys.view(actor, p(params, 'periodId')),
  );
  route(
    app,
    { method: 'POST', url: '/api/periods/:periodId/surveys/import', summary: 'Import survey results (.csv/.xlsx: unit_code, criterion_code, group, score|percent); all-or-nothing', tag, auth: 'user', multipart: true, response: surveyImportResult },
    async ({ actor, params, request, reply }) => {
      const file = await fileField(request);
      const table = await readSurveyTable(file.filename, await file.toBuffer());
      const result = await surveys.import(actor, p(params, 'periodId'), file.filename, table);
      if (result.errors.length > 0) void reply.code(400);
      return result;
    },
  );
  route(app, { method: 'PUT', url: '/api/periods/:periodId/surveys/figures', summary: 'Enter one survey figure', tag, auth: 'user', body: putSurveyFigure, response: surveyFigure }, ({ actor, params, body }) =>
    surveys.put(actor, p(params, 'periodId'), body),
  );
  route(app, { method: 'DELETE', url: '/api/survey-figures/:id', summary: 'Delete a survey figure', tag, auth: 'user' }, async ({ actor, params }) => {
    await surveys.remove(actor, p(params, 'id'));
    return undefined;
  });
}
