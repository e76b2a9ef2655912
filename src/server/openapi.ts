// GET /api/docs: an OpenAPI 3.1 document generated from the routes' zod schemas, so the
// description cannot drift from what the server validates.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errorBody } from '../shared/api/common';
import { declaredRoutes } from '../features/common/http';

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): unknown {
  return z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' });
}

export function buildOpenApi(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of declaredRoutes) {
    const path = r.url.replace(/:(\w+)/g, '{$1}');
    const params = [...r.url.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    const query = r.query ? jsonSchema(r.query, 'input') : undefined;
    const queryParams =
      query && typeof query === 'object' && 'properties' in query
        ? Object.entries((query as { properties: Record<string, unknown> }).properties).map(([name, schema]) => ({ name, in: 'query', required: false, schema }))
        : [];
    const op: Record<string, unknown> = {
      summary: r.summary,
      tags: [r.tag],
      ...(r.auth === 'user' ? { security: [{ session: [] }] } : {}),
      parameters: [...params, ...queryParams],
      responses: {
        ...(r.response
          ? { '200': { description: 'OK', content: { 'application/json': { schema: jsonSchema(r.response, 'output') } } } }
          : { '204': { description: 'No content' } }),
        default: { description: 'Error', content: { 'application/json': { schema: jsonSchema(errorBody, 'output') } } },
      },
    };
    if (r.body) op.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(r.body, 'input') } } };
    if (r.multipart) {
      op.requestBody = {
        required: true,
        content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } } },
      };
    }
    paths[path] = { ...(paths[path] ?? {}), [r.method.toLowerCase()]: op };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Chỉ số API', version, description: 'Chỉ số cải cách hành chính / PAR Index' },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'chiso_sid', description: 'Non-GET requests also need header x-csrf-token' },
      },
    },
    paths,
  };
}

export function openApiRoute(app: FastifyInstance, version: string): void {
  let cached: Record<string, unknown> | undefined;
  app.get('/api/docs', () => (cached ??= buildOpenApi(version)));
}
