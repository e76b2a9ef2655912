// Shared by the server benchmarks: a real app listening on loopback, on SQLite (temp file) or
// PostgreSQL (a throw-away schema in the `test` database).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createTestDatabase, type TestDatabase } from '../../test/support/databases';
import { DEMO_PASSWORD, testConfig } from '../../test/support/app';
import { seedOnFirstStart } from '../../src/features/demo/seed';
import { buildApp } from '../../src/server/app';
import { openDatabase } from '../../src/db/connection';
import { migrateToLatest } from '../../src/db/migrate';
import type { DatabaseKind } from '../../src/db/types';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(kind: DatabaseKind): Promise<RunningServer> {
  let database: TestDatabase & { dispose(): Promise<void> };
  let tmp: string | undefined;
  if (kind === 'sqlite') {
    // A file, not :memory:, so WAL and the page cache behave as in production.
    tmp = mkdtempSync(join(tmpdir(), 'chiso-bench-'));
    const handle = openDatabase({ kind: 'sqlite', file: join(tmp, 'chiso.db') });
    await migrateToLatest(handle.db);
    database = { ...handle, dispose: () => handle.close() };
  } else {
    database = await createTestDatabase('postgres');
  }
  const config = testConfig();
  const { app, services } = await buildApp(config, database);
  await services.frameworks.syncFromDirectory(config.frameworksDir);
  await seedOnFirstStart(database.db, database.kind, config, services);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await database.dispose();
      rmSync(config.dataDir, { recursive: true, force: true });
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    },
  };
}

export async function login(url: string, username: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${url}/api/session/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const body = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
