// The Fastify application, assembled from a Config and an open database. Tests build it on a
// real database and call `app.inject`; `chiso serve` builds it and listens (src/server/start.ts).
// First import on purpose: it records the engine's built-ins before pdfjs replaces them.
import { restoreNativeBuiltins } from './native-builtins';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config';
import type { DatabaseHandle } from '../db/connection';
import { assessmentRoutes } from '../features/assessments/routes';
import { auditRoutes } from '../features/audit/routes';
import { evidenceRoutes } from '../features/evidence/routes';
import { frameworkRoutes } from '../features/frameworks/routes';
import { healthRoutes } from '../features/health/routes';
import { homeRoutes } from '../features/home/routes';
import { notificationRoutes } from '../features/notifications/routes';
import { importRoutes } from '../features/imports/routes';
import { periodDeadlineRoutes } from '../features/periods/deadline-routes';
import { periodRoutes } from '../features/periods/routes';
import { unitRoutes } from '../features/units/routes';
import { sessionRoutes } from '../features/sessions/routes';
import { userRoutes } from '../features/users/routes';
import { handleError } from './errors';
import { openApiRoute } from './openapi';
import { cycleRoutes } from './cycle';
import { buildServices, type Services } from './services';
import { installSessionHook } from './session-hook';
import { installStatic } from './static';
import { VERSION } from './version';

// Every module above is evaluated by now, pdfjs-dist included: undo its polyfills at once.
restoreNativeBuiltins();

export interface BuiltApp {
  app: FastifyInstance;
  services: Services;
}

/** JSON bodies are small; files come as multipart with their own (larger) limit. */
const JSON_BODY_LIMIT = 1024 * 1024;

export async function buildApp(config: Config, handle: DatabaseHandle): Promise<BuiltApp> {
  restoreNativeBuiltins();
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: true,
    // Fastify drops unknown query keys only if told; our zod schemas reject them instead.
    routerOptions: { ignoreTrailingSlash: true },
  });
  const services = buildServices(handle.db, config, app.log);

  app.setErrorHandler(handleError);
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 10 } });
  installSessionHook(app, services.sessions);

  healthRoutes(app, handle.db, handle.kind, VERSION);
  sessionRoutes(app, services.sessions, services.users, {
    secure: config.cookieSecure,
    maxAgeSeconds: Math.floor(config.sessionTtlMs / 1000),
  });
  userRoutes(app, services.users);
  unitRoutes(app, services.units);
  frameworkRoutes(app, services.frameworks);
  periodRoutes(app, services.periods);
  periodDeadlineRoutes(app, services.periodDeadlines);
  auditRoutes(app, services.audit);
  homeRoutes(app, services.home);
  assessmentRoutes(app, services);
  evidenceRoutes(app, services.evidence);
  notificationRoutes(app, services.notifications);
  importRoutes(app, services.imports);
  cycleRoutes(app, services.cycle);
  openApiRoute(app, VERSION);
  await installStatic(app, config.webDist);
  return { app, services };
}
