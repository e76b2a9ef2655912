// Shared by the server benchmarks: `chiso serve` as a child process listening on loopback, on
// SQLite (temp file) or PostgreSQL (a throw-away schema in the `test` database).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseKind } from '../../src/db/types';
import { TEST_POSTGRES_URL } from '../../test/support/databases';
import { DEMO_PASSWORD } from '../../test/support/app';
import { spawnServer, type ChildServer } from './child-server';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * `chiso serve` in a child process on a fresh database (SQLite file, or a throw-away PostgreSQL
 * schema), which migrates and seeds the demo province itself on first start. The benchmark
 * process only plays clients, so their CPU is not counted as server latency.
 */
export async function startServer(kind: DatabaseKind): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'chiso-bench-'));
  let dropSchema: (() => Promise<void>) | undefined;
  const env: Record<string, string> = {
    CHISO_DATA_DIR: dataDir,
    CHISO_DEMO: '1',
    CHISO_DEMO_PASSWORD: DEMO_PASSWORD,
    CHISO_FRAMEWORKS_DIR: join(import.meta.dirname, '..', '..', 'test', 'support', 'frameworks'),
    CHISO_WEB_DIST: join(dataDir, 'no-web-dist'),
  };
  if (kind === 'postgres') {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = async (q: string) => {
      const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await c.connect();
      try {
        await c.query(q);
      } finally {
        await c.end();
      }
    };
    await admin(`CREATE SCHEMA ${schema}`);
    dropSchema = () => admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    env.DATABASE_URL = `${TEST_POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  }
  const cleanup = async () => {
    await dropSchema?.();
    rmSync(dataDir, { recursive: true, force: true });
  };
  let server: ChildServer;
  try {
    server = await spawnServer(env);
  } catch (error) {
    await cleanup();
    throw error;
  }
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await cleanup();
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
