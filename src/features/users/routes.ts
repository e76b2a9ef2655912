import type { FastifyInstance } from 'fastify';
import { user } from '../../shared/api/session';
import { createUser, patchUser, resetPassword, userList } from '../../shared/api/users';
import { route } from '../common/http';
import type { UsersService } from './service';

export function userRoutes(app: FastifyInstance, users: UsersService): void {
  route(app, { method: 'GET', url: '/api/users', summary: 'List users', tag: 'users', auth: 'user', response: userList }, ({ actor }) =>
    users.list(actor),
  );
  route(
    app,
    { method: 'POST', url: '/api/users', summary: 'Create a user', tag: 'users', auth: 'user', body: createUser, response: user },
    async ({ actor, body, reply }) => {
      const created = await users.create(actor, body);
      void reply.code(201);
      return created;
    },
  );
  route(
    app,
    { method: 'PATCH', url: '/api/users/:id', summary: 'Change or disable a user', tag: 'users', auth: 'user', body: patchUser, response: user },
    ({ actor, body, params }) => users.update(actor, params.id ?? '', body),
  );
  route(
    app,
    { method: 'POST', url: '/api/users/:id/password', summary: 'Set a user’s password (admin)', tag: 'users', auth: 'user', body: resetPassword },
    async ({ actor, body, params }) => {
      await users.resetPassword(actor, params.id ?? '', body.password);
      return undefined;
    },
  );
}
