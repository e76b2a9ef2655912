/**
 * An app on a real database for HTTP tests through `app.inject`:
 *
 *   describeEachApp('units API', (getApp) => {
 *     it('lists', async () => {
 *       const t = getApp();
 *       const admin = await t.login('admin');
 *       const res = await t.inject(admin, 'GET', '/api/units');
 *     });
 *   });
 *
 * Each test gets a fresh database (see databases.ts) seeded with the demo province (all demo
 * accounts use DEMO_PASSWORD) and the tiny criteria set in test/support/frameworks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe } from 'vitest';
import { loadConfig, type Config } from '../../src/config';
import type { DatabaseKind } from '../../src/db/types';
import { seedOnFirstStart } from '../../src/features/demo/seed';
import { buildApp } from '../../src/server/app';
import type { Services } from '../../src/server/services';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from './databases';

export const DEMO_PASSWORD = 'demo-password-123';

export interface Session {
  cookie: string;
  csrfToken: string;
  userId: string;
}

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  database: TestDatabase;
  config: Config;
  login(username: string, password?: string, ip?: string): Promise<Session>;
  inject(session: Session | null, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  const dataDir = mkdtempSync(join(tmpdir(), 'chiso-test-'));
  return loadConfig(
    {
      CHISO_DATA_DIR: dataDir,
      CHISO_DEMO: '1',
      CHISO_DEMO_PASSWORD: DEMO_PASSWORD,
      CHISO_FRAMEWORKS_DIR: join(import.meta.dirname, 'frameworks'),
      CHISO_WEB_DIST: join(dataDir, 'no-web-dist'),
      LOG_LEVEL: 'silent',
      ...overrides,
    },
    process.cwd(),
  );
}

export async function createTestApp(kind: DatabaseKind, overrides: Record<string, string> = {}): Promise<TestApp & { dispose(): Promise<void> }> {
  const database = await createTestDatabase(kind);
  const config = testConfig(overrides);
  const { app, services } = await buildApp(config, database);
  await services.frameworks.syncFromDirectory(config.frameworksDir);
  await seedOnFirstStart(database.db, database.kind, config, services);
  await app.ready();
  const t: TestApp = {
    app,
    services,
    database,
    config,
    async login(username, password = DEMO_PASSWORD, ip = '127.0.0.1') {
      const res = await app.inject({ method: 'POST', url: '/api/session/login', payload: { username, password }, remoteAddress: ip });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'chiso_sid');
      const body = res.json<{ csrfToken: string; user: { id: string } }>();
      return { cookie: `chiso_sid=${cookie!.value}`, csrfToken: body.csrfToken, userId: body.user.id };
    },
    inject(session, method, url, body) {
      const headers: Record<string, string> = {};
      if (session) {
        headers.cookie = session.cookie;
        headers['x-csrf-token'] = session.csrfToken;
      }
      return app.inject({ method, url, headers, ...(body !== undefined ? { payload: body as object } : {}) });
    },
  };
  return {
    ...t,
    dispose: async () => {
      await app.close();
      await database.dispose();
      rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

export function describeEachApp(name: string, fn: (getApp: () => TestApp, kind: DatabaseKind) => void, overrides: Record<string, string> = {}): void {
  for (const kind of DATABASE_KINDS) {
    describe(`${name} [${kind}]`, () => {
      let current: (TestApp & { dispose(): Promise<void> }) | undefined;
      beforeEach(async () => {
        current = await createTestApp(kind, overrides);
      });
      afterEach(async () => {
        await current?.dispose();
        current = undefined;
      });
      fn(() => {
        if (!current) throw new Error('getApp() called outside a test');
        return current;
      }, kind);
    });
  }
}
