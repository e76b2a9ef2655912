// Before every /api request: find the session behind the cookie and, for anything that changes
// state, require the CSRF token of that session in `x-csrf-token`. Login is exempt (it has no
// session yet; SameSite=Lax stops cross-site posts carrying the cookie anyway).
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../features/common/errors';
import { SESSION_COOKIE } from '../features/sessions/routes';
import type { SessionsService } from '../features/sessions/service';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const CSRF_EXEMPT = new Set(['/api/session/login']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function installSessionHook(app: FastifyInstance, sessions: SessionsService): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionHash', null);
  app.addHook('preHandler', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const live = await sessions.resolve(request.cookies[SESSION_COOKIE]);
    request.actor = live?.actor ?? null;
    request.sessionHash = live?.idHash ?? null;
    const path = request.url.split('?')[0] ?? '';
    if (live && !SAFE.has(request.method) && !CSRF_EXEMPT.has(path)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, live.csrfToken)) {
        throw new AppError('forbidden', {
          vi: 'Thiếu hoặc sai mã chống giả mạo (CSRF). Hãy tải lại trang',
          en: 'Missing or wrong CSRF token. Reload the page',
        });
      }
    }
  });
}
