// Shared by the self-assessment benchmarks: a generated 150-leaf criteria set, an open period
// over the demo departments with editors, and a real server on loopback (in this process, or
// `chiso serve` as a child process so clients and server do not share a CPU budget).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Framework, FrameworkNode } from '../../src/core/framework';
import { points, type Points } from '../../src/core/points';
import type { Rubric } from '../../src/core/rubric/types';
import { openDatabase } from '../../src/db/connection';
import { migrateToLatest } from '../../src/db/migrate';
import type { DatabaseKind } from '../../src/db/types';
import { seedOnFirstStart } from '../../src/features/demo/seed';
import type { Config } from '../../src/config';
import { hashPassword } from '../../src/features/sessions/password';
import { buildApp, type BuiltApp } from '../../src/server/app';
import { buildServices, type Services } from '../../src/server/services';
import { spawnServer, type ChildServer } from './child-server';
import { createTestDatabase, TEST_POSTGRES_URL, type TestDatabase } from '../../test/support/databases';
import { DEMO_PASSWORD, testConfig } from '../../test/support/app';

/** 8 fields × 3 criteria × 6–7 leaves = 150 leaves, mixed rubric shapes, max 150. */
export function benchFramework(): Framework {
  const fields: FrameworkNode[] = [];
  let leafCount = 0;
  for (let f = 1; f <= 8 && leafCount < 150; f++) {
    const criteria: FrameworkNode[] = [];
    for (let c = 1; c <= 3; c++) {
      const leaves: FrameworkNode[] = [];
      const n = f <= 6 ? 6 : 7;
      for (let l = 1; l <= n && leafCount < 150; l++, leafCount++) {
        const code = `${f}.${c}.${l}`;
        const kind = leafCount % 4;
        const rubric: Rubric =
          kind === 0
            ? { type: 'yes-no' }
            : kind === 1
              ? { type: 'proportional' }
              : kind === 2
                ? { type: 'levels', levels: [{ id: 'a', label: 'Đầy đủ', points: points(1) }, { id: 'b', label: 'Một phần', points: 5000 as Points }, { id: 'c', label: 'Không', points: points(0) }] }
                : { type: 'manual' };
        leaves.push({ id: code, code, name: `Tiêu chí thành phần ${code} về cải cách hành chính`, max: points(1), children: [], rubric, evidence: 'Kế hoạch, báo cáo của cơ quan' });
      }
      const max = points(leaves.length);
      criteria.push({ id: `${f}.${c}`, code: `${f}.${c}`, name: `Tiêu chí ${f}.${c}`, max, children: leaves });
    }
    const max = (criteria.reduce((s, x) => s + x.max, 0) as Points);
    fields.push({ id: String(f), code: String(f), name: `LĨNH VỰC ${f}`, max, children: criteria });
  }
  return { formatVersion: 1, id: 'bench-150', name: 'Bộ tiêu chí 150 tiêu chí thành phần (benchmark)', unitType: 'department', year: 2026, version: '1', naPolicy: 'exclude', bands: [], nodes: fields };
}

export interface BenchSetup {
  database: TestDatabase;
  config: Config;
  services: Services;
  periodId: string;
  /** Editors spread over the participating units, each with an account of their own. */
  editors: { username: string; unitId: string }[];
  /** DATABASE_URL, CHISO_DATA_DIR… that make `chiso serve` open this same database. */
  serverEnv: Record<string, string>;
  dispose(): Promise<void>;
}

/**
 * A migrated, seeded database with the 150-leaf set, an open period over the demo departments
 * and `editorCount` editors (default one per unit; more are spread round-robin over the units).
 */
export async function setupAssessmentDatabase(kind: DatabaseKind, env: Record<string, string> = {}, editorCount?: number): Promise<BenchSetup> {
  let database: TestDatabase & { dispose(): Promise<void> };
  let tmp: string | undefined;
  let databaseUrl: string;
  if (kind === 'sqlite') {
    tmp = mkdtempSync(join(tmpdir(), 'chiso-bench-'));
    databaseUrl = `sqlite:${join(tmp, 'chiso.db')}`;
    const handle = openDatabase({ kind: 'sqlite', file: join(tmp, 'chiso.db') });
    await migrateToLatest(handle.db);
    database = { ...handle, dispose: () => handle.close() };
  } else {
    database = await createTestDatabase('postgres');
    // libpq-style `options` sets search_path on every connection of the server's pool too.
    databaseUrl = `${TEST_POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${database.schema}`)}`;
  }
  const config = testConfig({ ...env, LOG_LEVEL: 'silent' });
  const services = buildServices(database.db, config);
  await services.frameworks.syncFromDirectory(config.frameworksDir);
  await seedOnFirstStart(database.db, database.kind, config, services);
  const fw = benchFramework();
  const max = fw.nodes.reduce((s, n) => s + n.max, 0);
  await database.db
    .insertInto('frameworks')
    .values({ id: 'bench-150@1', framework_key: fw.id, name: fw.name, unit_type: 'department', year: 2026, version: '1', content: JSON.stringify(fw), leaf_count: 150, max_points: max, source_file: null, created_at: new Date().toISOString() })
    .execute();
  const units = await services.units.list({ id: 'system', username: 'system', role: 'admin', unitId: null, scopes: null }, { type: 'department', active: true });
  const period = await services.periods.create(null, {
    name: 'Benchmark 2026',
    kind: 'yearly',
    year: 2026,
    unitType: 'department',
    frameworkId: 'bench-150@1',
    dataStart: '2026-01-01',
    dataEnd: '2026-10-15',
    selfAssessmentDeadline: '2099-12-01',
    appraisalStart: '2099-12-02',
    appraisalEnd: '2099-12-31',
    unitIds: units.map((u) => u.id),
  });
  await services.periods.transition(null, period.id, 'open');
  const editors: { username: string; unitId: string }[] = [];
  // scrypt is slow on purpose: hash the shared password once for every bench account.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (let i = 0; i < (editorCount ?? units.length); i++) {
    const u = units[i % units.length]!;
    const username = `bench-editor-${i}`;
    await services.users.create(null, { username, displayName: `Biên tập ${i}`, role: 'unit-editor', unitId: u.id, password: DEMO_PASSWORD }, { passwordHash });
    editors.push({ username, unitId: u.id });
  }
  const serverEnv: Record<string, string> = {
    CHISO_DATA_DIR: config.dataDir,
    DATABASE_URL: databaseUrl,
    CHISO_DEMO_PASSWORD: DEMO_PASSWORD,
    CHISO_FRAMEWORKS_DIR: config.frameworksDir,
    CHISO_WEB_DIST: config.webDist,
    ...env,
  };
  return {
    database,
    config,
    services,
    periodId: period.id,
    editors,
    serverEnv,
    dispose: async () => {
      await database.dispose();
      rmSync(config.dataDir, { recursive: true, force: true });
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    },
  };
}

export interface BenchServer {
  url: string;
  built: BuiltApp;
  database: TestDatabase;
  periodId: string;
  /** One editor per participating unit. */
  editors: { username: string; unitId: string }[];
  close(): Promise<void>;
}

/** The app in this process (for benchmarks that call services directly). */
export async function startAssessmentServer(kind: DatabaseKind, env: Record<string, string> = {}): Promise<BenchServer> {
  const setup = await setupAssessmentDatabase(kind, env);
  const built = await buildApp(setup.config, setup.database);
  await built.app.listen({ port: 0, host: '127.0.0.1' });
  const port = (built.app.server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    built,
    database: setup.database,
    periodId: setup.periodId,
    editors: setup.editors,
    close: async () => {
      await built.app.close();
      await setup.dispose();
    },
  };
}

export interface SpawnedAssessmentServer extends BenchSetup {
  server: ChildServer;
  close(): Promise<void>;
}

/** `chiso serve` in a child process on the prepared database; this process only plays clients. */
export async function spawnAssessmentServer(kind: DatabaseKind, env: Record<string, string> = {}, editorCount?: number): Promise<SpawnedAssessmentServer> {
  const setup = await setupAssessmentDatabase(kind, env, editorCount);
  let server: ChildServer;
  try {
    server = await spawnServer(setup.serverEnv);
  } catch (error) {
    await setup.dispose();
    throw error;
  }
  return {
    ...setup,
    server,
    close: async () => {
      await server.close();
      await setup.dispose();
    },
  };
}
