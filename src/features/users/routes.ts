import type { FastifyInstance } from 'fastify';
import { user } from '../../shared/api/session';
import { createUser, patchUser, resetPassword, userList } from '../../shared/api/users';
import { editableRoutes } from '../common/editable-routes';
import { route } from '../common/http';
import type { UsersService } from './service';

export function userRoutes(app: FastifyInstance, users: UsersService): void {
  route(app, { method: 'GET', url: '/api/users', summary: 'List users', tag: 'users', auth: 'user', response: userList }, ({ actor }) =>
    users.list(actor),
  );
  editableRoutes(
    app,
    { url: '/api/users', tag: 'users', create: { summary: 'Create a user', body: createUser }, update: { summary: 'Change or disable a user', body: patchUser }, response: user },
    users,
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
