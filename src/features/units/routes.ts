import type { FastifyInstance } from 'fastify';
import { createUnit, patchUnit, unit, unitImportResult, unitList, unitQuery, unitTypeList } from '../../shared/api/units';
import { fileField } from '../common/file-field';
import { editableRoutes } from '../common/editable-routes';
import { route } from '../common/http';
import { readUnitRows } from './spreadsheet';
import type { UnitsService } from './service';

export function unitRoutes(app: FastifyInstance, units: UnitsService): void {
  route(app, { method: 'GET', url: '/api/unit-types', summary: 'Unit types', tag: 'units', auth: 'user', response: unitTypeList }, () => units.types());
  route(
    app,
    { method: 'GET', url: '/api/units', summary: 'List units', tag: 'units', auth: 'user', query: unitQuery, response: unitList },
    ({ actor, query }) => units.list(actor, { type: query.type, active: query.active === undefined ? undefined : query.active === 'true' }),
  );
  editableRoutes(app, { url: '/api/units', tag: 'units', create: { summary: 'Create a unit', body: createUnit }, update: { summary: 'Change a unit', body: patchUnit }, response: unit }, units);
  route(
    app,
    {
      method: 'POST',
      url: '/api/units/import',
      summary: 'Import units from .xlsx or .csv (code, name, type, parent_code); all-or-nothing',
      tag: 'units',
      auth: 'user',
      multipart: true,
      response: unitImportResult,
    },
    async ({ actor, request, reply }) => {
      const file = await fileField(request);
      const buffer = await file.toBuffer();
      const rows = await readUnitRows(file.filename, buffer);
      const result = await units.import(actor, rows);
      if (result.errors.length > 0) void reply.code(400);
      return result;
    },
  );
}
