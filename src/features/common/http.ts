// The one way a feature declares an HTTP route: method, url, zod schemas for what comes in and
// goes out, and whether a session is needed. Parsing happens here so handlers receive typed
// data; the same declarations generate the OpenAPI document (src/server/openapi.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Actor } from '../access/policy';
import { unauthenticated } from './errors';

export interface RouteSpec<B extends z.ZodType, Q extends z.ZodType, R extends z.ZodType> {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  summary: string;
  tag: string;
  /** 'public' = no session needed; 'user' = any logged-in, active user. */
  auth: 'public' | 'user';
  body?: B;
  query?: Q;
  /** Documented response; undefined = 204 No Content. */
  response?: R;
  /** Non-JSON bodies (multipart) are documented by hand. */
  multipart?: boolean;
}

export interface RouteContext<B, Q> {
  body: B;
  query: Q;
  params: Record<string, string>;
  /** Present when auth = 'user'. */
  actor: Actor;
  request: FastifyRequest;
  reply: FastifyReply;
}

type Out<T extends z.ZodType> = z.output<T>;

/** Every declared route, for the OpenAPI document. */
export const declaredRoutes: RouteSpec<z.ZodType, z.ZodType, z.ZodType>[] = [];

export function route<B extends z.ZodType, Q extends z.ZodType, R extends z.ZodType>(
  app: FastifyInstance,
  spec: RouteSpec<B, Q, R>,
  handler: (ctx: RouteContext<Out<B>, Out<Q>>) => Promise<Out<R> | undefined>,
): void {
  if (!declaredRoutes.some((r) => r.method === spec.method && r.url === spec.url)) {
    declaredRoutes.push(spec);
  }
  app.route({
    method: spec.method,
    url: spec.url,
    handler: async (request, reply) => {
      const actor = request.actor;
      if (spec.auth === 'user' && !actor) throw unauthenticated();
      // Parse errors are ZodErrors; the error handler names the field and answers 400.
      const body = (spec.body ? spec.body.parse(request.body ?? {}) : undefined) as Out<B>;
      const query = (spec.query ? spec.query.parse(request.query ?? {}) : undefined) as Out<Q>;
      const result = await handler({
        body,
        query,
        params: request.params as Record<string, string>,
        actor: actor as Actor,
        request,
        reply,
      });
      if (result === undefined) {
        if (!reply.sent) return reply.code(204).send();
        return reply;
      }
      return result;
    },
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** Hash of the session cookie, when the request carries a live session. */
    sessionHash: string | null;
  }
}
