// Serves the built web app (web/dist) with a fallback to index.html for client-side routes.
// Without a build, a small page says how to make one instead of a bare 404.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { errorBody } from './errors';

const NOT_BUILT = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Chỉ số</title>
<body style="font-family:sans-serif;max-width:40em;margin:3em auto">
<h1>Chỉ số</h1>
<p>Giao diện web chưa được build. Chạy <code>npm run build</code> rồi khởi động lại (<code>npm start</code>).
API vẫn hoạt động tại <a href="/api/health">/api/health</a>.</p>
<p>The web app has not been built. Run <code>npm run build</code>, then restart (<code>npm start</code>).
The API is up at <a href="/api/health">/api/health</a>; its description is at <a href="/api/docs">/api/docs</a>.</p>
</body></html>`;

export async function installStatic(app: FastifyInstance, webDist: string): Promise<void> {
  const built = existsSync(join(webDist, 'index.html'));
  if (built) {
    // wildcard: files are looked up on disk per request, so a rebuild of web/dist (new hashed
    // asset names) is served without a restart; a missing file falls through to the handler below.
    // Files under assets/ carry a content hash in their names: a browser may keep them for good
    // and a second visit asks for none of the ~30 chunks again (index.html itself is revalidated).
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: true,
      index: ['index.html'],
      setHeaders: (reply, path) => {
        if (/[\\/]assets[\\/]/.test(path)) reply.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') {
      return reply.code(404).send(errorBody('not-found', `Không có địa chỉ ${request.method} ${request.url}`, `No route ${request.method} ${request.url}`));
    }
    // A missing bundle file is a 404, not the app page (a browser would try to run HTML as JS).
    if ((request.method !== 'GET' && request.method !== 'HEAD') || request.url.startsWith('/assets/')) {
      return reply.code(404).send(errorBody('not-found', 'Không tìm thấy', 'Not found'));
    }
    if (!built) return reply.code(200).type('text/html; charset=utf-8').send(NOT_BUILT);
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
