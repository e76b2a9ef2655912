import type { FastifyInstance, FastifyReply } from 'fastify';
import { chartQuery, gapChart, publicLink, publicResults, radarChart, rankingChart, resultsView, trendChart, unitResult } from '../../shared/api/results';
import { z } from 'zod';
import { contentDisposition } from '../../storage/file-name';
import { route } from '../common/http';
import { gapChart as gapData, radarChart as radarData, rankingChart as rankingData } from './present';
import type { ResultsService } from './service';

/**
 * Sends JSON text serialised (and kept) by the service as it is: the ranking of 4 000 units is
 * 1.3 MB, and writing it again for every request would cost more than everything else.
 */
function sendJson<T>(reply: FastifyReply, json: string): T {
  return reply.type('application/json; charset=utf-8').send(json) as unknown as T;
}

const text = z.string().max(300).optional();
const annexQuery = z.strictObject({ decisionNumber: text, decisionSymbol: text, decisionDate: text, decisionIssuer: text });

const MIME = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };

export function resultRoutes(app: FastifyInstance, results: ResultsService): void {
  const tag = 'results';
  const p = (params: Record<string, string>, k: string) => params[k] ?? '';
  route(app, { method: 'GET', url: '/api/periods/:periodId/results', summary: 'Rankings, bands, field gaps, change since last year', tag, auth: 'user', response: resultsView }, async ({ actor, params, reply }) =>
    sendJson(reply, await results.viewJson(actor, p(params, 'periodId'))),
  );
  route(app, { method: 'GET', url: '/api/periods/:periodId/results/units/:unitId', summary: "A unit's result at every node", tag, auth: 'user', response: unitResult }, ({ actor, params }) =>
    results.unit(actor, p(params, 'periodId'), p(params, 'unitId')),
  );
  route(app, { method: 'GET', url: '/api/periods/:periodId/results/charts/ranking', summary: 'Ranking bars', tag, auth: 'user', query: chartQuery, response: rankingChart }, ({ actor, params, query }) =>
    results.forChart(actor, p(params, 'periodId'), query.unitId).then((r) => rankingData(r)),
  );
  route(app, { method: 'GET', url: '/api/periods/:periodId/results/charts/radar', summary: 'Radar per field', tag, auth: 'user', query: chartQuery, response: radarChart }, ({ actor, params, query }) =>
    results.forChart(actor, p(params, 'periodId'), query.unitId).then((r) => radarData(r, query.unitId)),
  );
  route(app, { method: 'GET', url: '/api/periods/:periodId/results/charts/gap', summary: 'Self vs appraisal gap per field', tag, auth: 'user', query: chartQuery, response: gapChart }, ({ actor, params, query }) =>
    results.forChart(actor, p(params, 'periodId'), query.unitId).then((r) => gapData(r, query.unitId)),
  );
  route(app, { method: 'GET', url: '/api/periods/:periodId/results/charts/trend', summary: 'Index over the years', tag, auth: 'user', query: chartQuery, response: trendChart }, ({ actor, params, query }) =>
    results.trend(actor, p(params, 'periodId'), query.unitId),
  );
  for (const kind of ['xlsx', 'docx'] as const) {
    // The annex takes the decision it is attached to (decisionNumber, decisionSymbol, decisionDate, decisionIssuer).
    const query = kind === 'docx' ? annexQuery : z.object({});
    route(app, { method: 'GET', url: `/api/periods/:periodId/results/ranking.${kind}`, summary: `Ranking table (.${kind})`, tag, auth: 'user', query }, async ({ actor, params, query: q, reply }) => {
      const doc = await results.document(actor, p(params, 'periodId'), kind, q);
      return reply.header('content-type', MIME[kind]).header('content-disposition', contentDisposition(doc.fileName)).send(doc.bytes);
    });
  }
  route(app, { method: 'POST', url: '/api/periods/:periodId/results/public-link', summary: 'Unguessable link to the published results', tag, auth: 'user', response: publicLink }, ({ actor, params }) =>
    results.publicLink(actor, p(params, 'periodId')),
  );
  route(app, { method: 'GET', url: '/api/public/results/:token', summary: 'Published results (no login)', tag, auth: 'public', response: publicResults }, async ({ params, reply }) =>
    sendJson(reply, await results.publicResultsJson(p(params, 'token'))),
  );
  // Background rebuilds finish (and no new one starts) before the database is closed.
  app.addHook('onClose', () => results.settle({ close: true }));
}
