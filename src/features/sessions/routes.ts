import type { FastifyInstance } from 'fastify';
import { changeOwnPassword, loginRequest, loginResponse, patchMe, sessionInfo, user } from '../../shared/api/session';
import { route } from '../common/http';
import type { UsersService } from '../users/service';
import type { SessionsService } from './service';

export const SESSION_COOKIE = 'chiso_sid';

export function sessionRoutes(
  app: FastifyInstance,
  sessions: SessionsService,
  users: UsersService,
  cookie: { secure: boolean; maxAgeSeconds: number },
): void {
  route(
    app,
    { method: 'GET', url: '/api/session', summary: 'Current user and CSRF token', tag: 'session', auth: 'public', response: sessionInfo },
    async ({ request }) => {
      const live = await sessions.resolve(request.cookies[SESSION_COOKIE]);
      return { user: live?.user ?? null, csrfToken: live?.csrfToken ?? null };
    },
  );

  route(
    app,
    { method: 'POST', url: '/api/session/login', summary: 'Log in', tag: 'session', auth: 'public', body: loginRequest, response: loginResponse },
    async ({ body, request, reply }) => {
      const result = await sessions.login(body.username, body.password, request.ip, request.cookies[SESSION_COOKIE]);
      void reply.setCookie(SESSION_COOKIE, result.sessionId, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: cookie.secure,
        maxAge: cookie.maxAgeSeconds,
      });
      return { user: result.user, csrfToken: result.csrfToken };
    },
  );

  route(
    app,
    { method: 'POST', url: '/api/session/logout', summary: 'Log out', tag: 'session', auth: 'public' },
    async ({ request, reply }) => {
      await sessions.logout(request.cookies[SESSION_COOKIE]);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return undefined;
    },
  );

  route(
    app,
    { method: 'POST', url: '/api/me/password', summary: 'Change own password', tag: 'session', auth: 'user', body: changeOwnPassword },
    async ({ actor, body, request }) => {
      await users.changeOwnPassword(actor, request.sessionHash, body);
      return undefined;
    },
  );

  route(
    app,
    { method: 'PATCH', url: '/api/me', summary: 'Own preferences', tag: 'session', auth: 'user', body: patchMe, response: user },
    ({ actor, body }) => users.patchMe(actor, body),
  );
}

