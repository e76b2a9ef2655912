// The two routes of a list whose items people create and change: POST <collection> answers
// 201 with the new item, PATCH <collection>/:id answers the changed item. Units and users
// declare them alike; each service decides who may do what and validates the rules.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { Actor } from '../access/policy';
import { route } from './http';

export interface EditableService<C, P, R> {
  create(actor: Actor, input: C): Promise<R>;
  update(actor: Actor, id: string, patch: P): Promise<R>;
}

export interface EditableRoutesSpec<C extends z.ZodType, P extends z.ZodType, R extends z.ZodType> {
  /** The collection, e.g. '/api/units'. */
  url: string;
  tag: string;
  create: { summary: string; body: C };
  update: { summary: string; body: P };
  /** One item, as both routes answer it. */
  response: R;
}

export function editableRoutes<C extends z.ZodType, P extends z.ZodType, R extends z.ZodType>(
  app: FastifyInstance,
  spec: EditableRoutesSpec<C, P, R>,
  service: EditableService<z.output<C>, z.output<P>, z.output<R>>,
): void {
  route(app, { method: 'POST', url: spec.url, summary: spec.create.summary, tag: spec.tag, auth: 'user', body: spec.create.body, response: spec.response }, async ({ actor, body, reply }) => {
    const created = await service.create(actor, body);
    void reply.code(201);
    return created;
  });
  route(app, { method: 'PATCH', url: `${spec.url}/:id`, summary: spec.update.summary, tag: spec.tag, auth: 'user', body: spec.update.body, response: spec.response }, ({ actor, body, params }) =>
    service.update(actor, params.id ?? '', body),
  );
}
